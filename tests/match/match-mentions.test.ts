import { describe, expect, it } from "vitest";
import { matchMentions } from "../../src/match/match-mentions.ts";
import type { MatchableMention, MatchResult, QuoteFamily } from "../../src/model/family.ts";
import { CLAIM_001, CONTINUE_001, DRILLS_001, mention, seedMentions, WEIGHTY } from "./seed-mentions.ts";

const familyOf = (r: MatchResult, mentionId: string): QuoteFamily => {
  const f = r.families.find((x) => x.members.some((m) => m.mentionId === mentionId));
  if (f === undefined) throw new Error(`no family for ${mentionId}`);
  return f;
};
const memberOf = (f: QuoteFamily, mentionId: string) => f.members.find((m) => m.mentionId === mentionId);

describe("matchMentions on the seeds", () => {
  const result = matchMentions(seedMentions());

  it("every mention has exactly one family", () => {
    const ids = result.families.flatMap((f) => f.members.map((m) => m.mentionId)).sort();
    expect(ids).toEqual(seedMentions().map((m) => m.id).sort());
  });

  it("the SCO quote is one family across 000, 001 and 004, the preview partial, 001/004 only spelling apart", () => {
    const f = familyOf(result, "m-001-2");
    expect(f.members.map((m) => m.mentionId).sort()).toEqual(["m-000-1", "m-000-3", "m-001-1", "m-001-2", "m-004-1"]);
    expect(memberOf(f, "m-000-3")?.link).toBe("partial");
    expect(memberOf(f, "m-000-3")?.changes.map((c) => c.type)).toEqual(["truncation"]);
    expect(memberOf(f, "m-001-1")?.link).toBe("paraphrase");
    expect(f.speaker).toBe("Li Shangfu");
    const v001 = f.variants.find((v) => v.id === memberOf(f, "m-001-2")?.variantId);
    const v004 = f.variants.find((v) => v.id === memberOf(f, "m-004-1")?.variantId);
    expect(v001).toBeDefined();
    expect(v004).toBeDefined();
    expect(v001?.id).not.toBe(v004?.id);
  });

  it("the drills quote is one family: substitution and editorial insertion", () => {
    const f = familyOf(result, "m-001-3");
    expect(f.members.map((m) => m.mentionId).sort()).toEqual(["m-001-3", "m-004-2"]);
    const other = f.members.find((m) => m.link !== "canonical");
    expect(other?.link).toBe("variant");
    expect(other?.changes.map((c) => c.type)).toEqual(["substitution", "editorial-insertion"]);
    expect(other?.fidelity).toBeLessThan(1);
    expect(other?.similarity).toBeGreaterThan(0.9);
  });

  it("Jalali's weighty exhibition is one family, verbatim", () => {
    const f = familyOf(result, "m-001-6");
    expect(f.members.map((m) => [m.mentionId, m.link])).toEqual([["m-001-6", "canonical"], ["m-004-5", "verbatim"]]);
  });

  it("no family mixes speakers; the other quotes stay single-article families", () => {
    for (const f of result.families) {
      const speakers = new Set(f.members.map((m) => seedMentions().find((x) => x.id === m.mentionId)?.speaker).filter((s) => s !== null));
      expect(speakers.size).toBeLessThanOrEqual(1);
    }
    for (const id of ["m-000-2", "m-001-4", "m-001-5", "m-001-7", "m-004-3", "m-004-4"]) expect(familyOf(result, id).members).toHaveLength(1);
    expect(result.families).toHaveLength(9);
  });

  it("canonical: the earliest date; 001 (event date 15 Aug) before 004 (16 Aug)", () => {
    expect(familyOf(result, "m-001-3").canonicalMentionId).toBe("m-001-3");
    expect(memberOf(familyOf(result, "m-004-2"), "m-004-2")?.link).toBe("variant");
  });

  it("same data, same ids and families, whatever the input order", () => {
    const reversed = matchMentions([...seedMentions()].reverse());
    expect(reversed).toEqual(result);
    expect(result.families.every((f) => /^qf-[0-9a-z]{12}$/.test(f.id))).toBe(true);
  });
});

describe("matchMentions rules", () => {
  it("re-publications 41 days later still join by default; a 30-day window keeps them apart", () => {
    // (identical wordings of one speaker share a key and always join: the window limits comparisons)
    const ms = [mention("a", "x", "A", "2023-08-15", WEIGHTY, "Kazem Jalali"), mention("b", "y", "B", "2023-09-25", WEIGHTY.replace("weighty", "heavy"), "Kazem Jalali")];
    expect(matchMentions(ms).families).toHaveLength(1);
    expect(matchMentions(ms, { windowDays: 30 }).families).toHaveLength(2);
  });

  it("never merges two known speakers, even for identical words", () => {
    const ms = [mention("a", "x", "A", "2023-08-15", WEIGHTY, "Kazem Jalali"), mention("b", "y", "B", "2023-08-15", WEIGHTY, "Li Shangfu")];
    expect(matchMentions(ms).families).toHaveLength(2);
  });

  it("regression: an unknown-speaker mention does not bridge two speakers", () => {
    const ms = [
      mention("a", "x", "A", "2023-08-15", WEIGHTY, "Kazem Jalali"),
      mention("b", "y", "B", "2023-08-15", WEIGHTY, null),
      mention("c", "z", "C", "2023-08-15", WEIGHTY.replace("weighty", "heavy"), "Li Shangfu"),
    ];
    const r = matchMentions(ms);
    expect(r.families).toHaveLength(2);
    expect(familyOf(r, "b").speaker).toBe("Kazem Jalali");
    expect(familyOf(r, "c").members).toHaveLength(1);
  });

  it("short generic quotes do not form families", () => {
    const ms = Array.from({ length: 50 }, (_, i) => mention(`m${i}`, `a${i}`, `O${i}`, "2023-08-15", "We will see", "Donald Trump"));
    const r = matchMentions(ms);
    expect(r.families).toHaveLength(50);
    expect(new Set(r.families.map((f) => f.id)).size).toBe(50);
  });

  it("different statements sharing many words stay apart", () => {
    const ms = [
      mention("a", "x", "A", "2023-08-15", DRILLS_001, "Li Shangfu"),
      mention("b", "y", "B", "2023-08-15", "Beijing is ready to hold talks with all countries about arms control and to find space for cooperation in the field of trade", "Li Shangfu"),
    ];
    expect(matchMentions(ms).families).toHaveLength(2);
  });

  it("a repeatOf joins the family of the mention it repeats, even when too short to match", () => {
    const ms = [mention("a", "x", "A", "2023-08-15", CONTINUE_001, "Li Shangfu"), mention("b", "x", "A", "2023-08-15", "We will continue...", "Li Shangfu", { repeatOf: "a" })];
    const r = matchMentions(ms);
    expect(r.families).toHaveLength(1);
    expect(memberOf(familyOf(r, "b"), "b")?.link).toBe("partial");
  });

  it("canonical ties on date go to the outlet the others credit", () => {
    const ms = [
      mention("a", "x", "Relay", "2023-08-15", WEIGHTY, "Kazem Jalali", { source: "Sputnik" }),
      mention("z", "y", "Sputnik", "2023-08-15", WEIGHTY.replace("It is", "It's"), "Kazem Jalali"),
    ];
    expect(matchMentions(ms).families[0]?.canonicalMentionId).toBe("z");
  });

  it("undated mentions come last for the canonical choice", () => {
    const ms = [mention("a", "x", "A", null, WEIGHTY, "Kazem Jalali"), mention("b", "y", "B", "2023-09-01", `${WEIGHTY}.`, "Kazem Jalali")];
    expect(matchMentions(ms).families[0]?.canonicalMentionId).toBe("b");
  });

  it("links: normalised-equal records its typography changes", () => {
    const ms = [mention("a", "x", "A", "2023-08-15", WEIGHTY, "Kazem Jalali"), mention("b", "y", "B", "2023-08-16", WEIGHTY.replace(",", ",").toUpperCase(), "Kazem Jalali")];
    const b = memberOf(matchMentions(ms).families[0] as QuoteFamily, "b");
    expect(b?.link).toBe("normalised-equal");
    // the unchanged comma splits the upper-cased text into two case changes
    expect(b?.changes.map((c) => c.type)).toEqual(["case", "case"]);
    expect(b?.fidelity).toBeGreaterThan(0.9);
  });

  it("links: split pieces and the merged whole", () => {
    const whole = "We will continue to strengthen the mechanism of security cooperation within the SCO and we will actively deepen defense collaboration with Iran and Belarus";
    const ms = [
      mention("w", "x", "A", "2023-08-14", whole, "Li Shangfu"),
      mention("p1", "y", "B", "2023-08-15", "We will continue to strengthen the mechanism of security cooperation within the SCO", "Li Shangfu"),
      mention("p2", "y", "B", "2023-08-15", "we will actively deepen defense collaboration with Iran and Belarus", "Li Shangfu"),
    ];
    const f = matchMentions(ms).families;
    expect(f).toHaveLength(1);
    expect(f[0]?.members.map((m) => [m.mentionId, m.link])).toEqual([["w", "canonical"], ["p1", "split"], ["p2", "split"]]);
  });

  it("regression: a quote merging two separately reported statements does not fuse their families", () => {
    const s1 = "We will continue to strengthen the mechanism of security cooperation within the SCO";
    const s2 = "we will actively deepen defense collaboration with Iran and Belarus";
    const ms = [
      mention("s1a", "a", "A", "2023-08-15", s1, "Li Shangfu"), mention("s1b", "b", "B", "2023-08-15", s1, "Li Shangfu"),
      mention("s2a", "c", "C", "2023-08-15", s2, "Li Shangfu"), mention("s2b", "d", "D", "2023-08-15", s2, "Li Shangfu"),
      mention("m", "e", "E", "2023-08-16", `${s1} and ${s2}`, "Li Shangfu"),
    ];
    const r = matchMentions(ms);
    expect(r.families).toHaveLength(2);
    expect(familyOf(r, "s1a").id).not.toBe(familyOf(r, "s2a").id);
    // the longer quote is the reference (the fullest wording; issue 13), the single statement's copies are parts of it
    const withM = familyOf(r, "m");
    expect(withM.canonicalMentionId).toBe("m");
    expect(memberOf(withM, "s1a")?.link).toBe("partial");
  });

  it("paraphrase needs the same known speaker", () => {
    const ms = [mention("q", "x", "A", "2023-08-15", CONTINUE_001, "Li Shangfu"), mention("c", "y", "B", "2023-08-15", CLAIM_001, "Sergei Shoigu", { kind: "indirect" })];
    expect(matchMentions(ms).families).toHaveLength(2);
  });

  it("a truncated teaser and a sub-span join; members sorted by date then id", () => {
    const ms: MatchableMention[] = [
      mention("c", "z", "C", "2023-08-20", "joint military drills and exercises with all countries, as well as find a wider space", "Li Shangfu"),
      mention("a", "x", "A", "2023-08-15", DRILLS_001, "Li Shangfu"),
      mention("b", "y", "B", "2023-08-16", "Beijing is ready to hold joint military drills and exercises…", null),
    ];
    const f = matchMentions(ms).families;
    expect(f).toHaveLength(1);
    expect(f[0]?.members.map((m) => [m.mentionId, m.link])).toEqual([["a", "canonical"], ["b", "partial"], ["c", "partial"]]);
  });
});
