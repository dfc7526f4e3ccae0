import { describe, expect, it } from "vitest";
import { decideMatchRun } from "../../src/match/decide-match-run.ts";
import { createInMemoryMatcher } from "../../src/match/in-memory/create-in-memory-matcher.ts";
import { matchIncremental } from "../../src/match/match-incremental.ts";
import { matchMentions } from "../../src/match/match-mentions.ts";
import type { Matcher } from "../../src/match/matcher.ts";
import type { MatchResult } from "../../src/model/family.ts";
import { DRILLS_001, mention, WEIGHTY } from "./seed-mentions.ts";

const familyIds = (r: MatchResult): string[][] =>
  r.families.map((f) => f.members.map((m) => m.mentionId).sort()).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));

const a = mention("a", "art-1", "One", "2023-08-15", WEIGHTY, "Kazem Jalali");
const b = mention("b", "art-2", "Two", "2023-08-16", WEIGHTY, "Kazem Jalali");
const c = mention("c", "art-3", "Three", "2023-08-17", WEIGHTY, "Kazem Jalali");
const other = mention("x", "art-4", "Four", "2023-08-17", DRILLS_001, "Kazem Jalali");

describe("constraints (mustLink / cannotLink between mention ids)", () => {
  it("mustLink joins two mentions that would otherwise stay apart", () => {
    expect(familyIds(matchMentions([a, other]))).toEqual([["a"], ["x"]]);
    expect(familyIds(matchMentions([a, other], { constraints: { mustLink: [["a", "x"]] } }))).toEqual([["a", "x"]]);
  });

  it("cannotLink keeps apart two mentions that would join (same wording, same speaker)", () => {
    expect(familyIds(matchMentions([a, b]))).toEqual([["a", "b"]]);
    expect(familyIds(matchMentions([a, b], { constraints: { cannotLink: [["a", "b"]] } }))).toEqual([["a"], ["b"]]);
  });

  it("cannotLink holds transitively: a third copy joins one side, never bridges both", () => {
    expect(familyIds(matchMentions([a, b, c]))).toEqual([["a", "b", "c"]]);
    const split = familyIds(matchMentions([a, b, c], { constraints: { cannotLink: [["a", "c"]] } }));
    expect(split).toHaveLength(2);
    expect(split.find((f) => f.includes("a"))).not.toContain("c");
    expect(split.flat().sort()).toEqual(["a", "b", "c"]);
  });

  it("cannotLink holds through a mustLink: b stays apart from a when b may not join x and x must join a", () => {
    const constraints = { mustLink: [["a", "x"]] as const, cannotLink: [["x", "b"]] as const };
    expect(familyIds(matchMentions([a, b, other], { constraints }))).toEqual([["a", "x"], ["b"]]);
  });

  it("incremental matching honours them too, and rebuilds when a constraint contradicts the stored families", () => {
    const constraints = { cannotLink: [["a", "b"]] as const };
    const first = matchMentions([a, b]);
    expect(decideMatchRun(first, [a, b], constraints)).toEqual({ kind: "rebuild", reason: "a constraint contradicts the stored families" });
    const fixed = matchIncremental(first, [a, b], { constraints });
    expect(fixed).toEqual(matchMentions([a, b], { constraints }));
    expect(familyIds(fixed)).toEqual([["a"], ["b"]]);
    const withC = matchIncremental(fixed, [a, b, c], { constraints });
    expect(withC).toEqual(matchMentions([a, b, c], { constraints }));
  });
});

describe("the Matcher seam", () => {
  it("clusters with whatever backend is given: candidate search and verification are the backend's", () => {
    const inMemory = createInMemoryMatcher();
    const offered: [number, number][] = [];
    const spy: Matcher<ReturnType<typeof inMemory.index>> = {
      name: "spy",
      index: (keys, options, incremental) => inMemory.index(keys, options, incremental),
      candidates: (key, index, out) => {
        const before = out.length;
        inMemory.candidates(key, index, out);
        for (const j of out.slice(before)) offered.push([key, j]);
      },
      verify: (x, y, options) => inMemory.verify(x, y, options),
    };
    // a variant wording (one word apart) is a second key: found as a candidate, then verified
    const variant = mention("v", "art-7", "Seven", "2023-08-16", WEIGHTY.replace("depth", "strength"), "Kazem Jalali");
    expect(matchMentions([a, variant, other], { matcher: spy })).toEqual(matchMentions([a, variant, other]));
    expect(familyIds(matchMentions([a, variant, other]))).toEqual([["a", "v"], ["x"]]);
    expect(offered).toEqual([[0, 1]]);
    const nothing: Matcher<ReturnType<typeof inMemory.index>> = { ...spy, name: "nothing", verify: () => null };
    expect(familyIds(matchMentions([a, variant, other], { matcher: nothing }))).toEqual([["a"], ["v"], ["x"]]);
  });
});
