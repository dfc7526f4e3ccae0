import { describe, expect, it } from "vitest";
import { parseMatchArgs } from "../../eval/parse-match-args.ts";

describe("parseMatchArgs", () => {
  it("reads --data, --json, --explain and --prefix", () => {
    expect(parseMatchArgs(["--data", "d", "--json", "--explain"])).toEqual({ data: "d", json: true, explain: true, prefix: "basil_dev" });
    expect(parseMatchArgs(["--data", "d", "--prefix", "basil_test"]).prefix).toBe("basil_test");
  });
  it("requires --data and refuses unknown options and a prefix that is a path", () => {
    expect(() => parseMatchArgs([])).toThrow(/--data is required/);
    expect(() => parseMatchArgs(["--data", "d", "--bogus"])).toThrow(/usage: npm run eval:match/);
    expect(() => parseMatchArgs(["--data", "d", "--prefix", "../x"])).toThrow(/file-name prefix/);
  });
});
