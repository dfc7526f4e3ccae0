import { describe, expect, it } from "vitest";
import { decideMatchRun } from "../../src/match/decide-match-run.ts";
import { matchMentions } from "../../src/match/match-mentions.ts";
import { DRILLS_001, mention, WEIGHTY } from "./seed-mentions.ts";

const a = mention("a", "art-1", "One", "2023-08-15", WEIGHTY, "Kazem Jalali");
const b = mention("b", "art-2", "Two", "2023-08-16", WEIGHTY, "Kazem Jalali");
const c = mention("c", "art-3", "Three", "2023-08-17", WEIGHTY, "Kazem Jalali");
const other = mention("x", "art-4", "Four", "2023-08-17", DRILLS_001, "Kazem Jalali");

describe("decideMatchRun (the one rebuild policy)", () => {
  const previous = matchMentions([a, b]);
  it("rebuilds without a previous match or when a matched quote left the corpus", () => {
    expect(decideMatchRun(null, [a]).kind).toBe("rebuild");
    expect(decideMatchRun({ families: [] }, [a]).kind).toBe("rebuild");
    expect(decideMatchRun(previous, [a])).toEqual({ kind: "rebuild", reason: "a matched quote left the corpus" });
  });
  it("keeps the previous result when nothing is new, else adds the new mentions", () => {
    expect(decideMatchRun(previous, [b, a])).toEqual({ kind: "keep" });
    const run = decideMatchRun(previous, [a, b, other, c]);
    expect(run.kind === "incremental" ? run.fresh : null).toEqual(["c", "x"]);
  });
  it("marks a previous member renamed when a new article of the story names its bare surname in full (it becomes a confident person)", () => {
    // session 23: such a change rebuilt every family of the run ("a bare surname's story
    // changed"; at 100k mentions an hourly ingest's whole scope); now only the renamed member's
    // family is clustered again (matchIncremental)
    const bare = mention("w1", "art-5", "Five", "2023-08-15", DRILLS_001, "Weber");
    const first = matchMentions([bare]);
    const full = mention("w2", "art-6", "Six", "2023-08-16", WEIGHTY, "Anna Weber");
    const run = decideMatchRun(first, [bare, full]);
    expect(run.kind === "incremental" ? { fresh: run.fresh, renamed: run.renamed, speaker: run.byId.get("w1")?.speaker } : run)
      .toEqual({ fresh: ["w2"], renamed: ["w1"], speaker: "Anna Weber" });
    // the same full name in another story (months later) confirms nothing: nothing renamed
    const later = mention("w3", "art-7", "Seven", "2024-03-01", WEIGHTY, "Anna Weber");
    const patched = decideMatchRun(first, [bare, later]);
    expect(patched.kind === "incremental" ? patched.renamed : patched).toEqual([]);
  });
});
