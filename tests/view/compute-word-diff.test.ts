import { describe, expect, it } from "vitest";
import { computeWordDiff } from "../../src/view/compute-word-diff.ts";

describe("computeWordDiff", () => {
  it("marks the words that differ, whitespace kept, adjacent runs of one op merged", () => {
    const diff = computeWordDiff("find a wider space to hold drills", "find a larger space to hold drills");
    expect(diff).toEqual([
      { op: "equal", text: "find a " },
      { op: "delete", text: "wider" },
      { op: "insert", text: "larger" },
      { op: "equal", text: " space to hold drills" },
    ]);
    expect(diff.filter((s) => s.op !== "insert").map((s) => s.text).join("")).toBe("find a wider space to hold drills");
  });

  it("gives one equal run for equal texts and nothing for two empty ones", () => {
    expect(computeWordDiff("We will continue", "We will continue")).toEqual([{ op: "equal", text: "We will continue" }]);
    expect(computeWordDiff("", "")).toEqual([]);
  });
});
