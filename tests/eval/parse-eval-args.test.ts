import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "../../eval/parse-eval-args.ts";

describe("parseEvalArgs", () => {
  it("reads --data, --limit, --json, --errors", () => {
    expect(parseEvalArgs(["--data", "x.jsonl", "--limit", "5", "--json", "--errors", "3"])).toEqual({ data: "x.jsonl", limit: 5, json: true, errors: 3, noGroup: false, speakers: null });
    expect(parseEvalArgs(["--data", "x.jsonl"])).toEqual({ data: "x.jsonl", limit: undefined, json: false, errors: 0, noGroup: false, speakers: null });
  });
  it("reads --no-group (score each quote as its own attribution)", () => {
    expect(parseEvalArgs(["--data", "x.jsonl", "--no-group"]).noGroup).toBe(true);
  });
  it("rejects a missing --data, a non-number and unknown options with the usage", () => {
    expect(() => parseEvalArgs([])).toThrow(/--data is required[\s\S]*usage:/);
    expect(() => parseEvalArgs(["--data", "x", "--limit", "ten"])).toThrow(/whole number/);
    expect(() => parseEvalArgs(["--data", "x", "--bogus"])).toThrow(/usage:/);
  });
});
