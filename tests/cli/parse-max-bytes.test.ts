import { describe, expect, it } from "vitest";
import { parseMaxBytes } from "../../src/cli/parse-max-bytes.ts";

describe("parseMaxBytes (--max-bytes of ingest and extract)", () => {
  it("takes a whole number of bytes up to one article's most", () => {
    expect(parseMaxBytes(undefined)).toBeUndefined();
    expect(parseMaxBytes("1")).toBe(1);
    expect(parseMaxBytes("10000000")).toBe(10_000_000);
  });

  it.each(["0", "-5", "1.5", "1e6", "abc", "", "12abc"])("refuses %j as a usage error", (value) => {
    expect(() => parseMaxBytes(value)).toThrow(/--max-bytes must be a positive whole number of bytes/);
  });

  it("refuses a limit over 10,000,000 with what to do instead (regression: a 60 MB file took over 120 s and 2.9 GB)", () => {
    expect(() => parseMaxBytes("100000000")).toThrow(/over the most one article may have \(10000000 bytes.*\.jsonl file with one article per line/);
  });
});
