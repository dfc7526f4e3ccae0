import { describe, expect, it } from "vitest";
import { generateNoisyMentionCorpus, NOISE_KINDS, type NoiseKind } from "../../bench/generate-noisy-mention-corpus.ts";

describe("generateNoisyMentionCorpus (issue 11 #7)", () => {
  const corpus = generateNoisyMentionCorpus({ size: 6000, seed: 3 });
  const n = corpus.mentions.length;
  const share = (kind: NoiseKind): number => {
    const bit = 1 << NOISE_KINDS.indexOf(kind);
    let count = 0;
    for (const t of corpus.tags) if ((t & bit) !== 0) count++;
    return count / n;
  };

  it("gives the asked size, and the same corpus for the same seed", () => {
    expect(n).toBe(6000);
    const again = generateNoisyMentionCorpus({ size: 6000, seed: 3 });
    expect(again.mentions.slice(0, 50)).toEqual(corpus.mentions.slice(0, 50));
    expect([...again.truth]).toEqual([...corpus.truth]);
  });
  it("puts a speaker problem on about a quarter of mentions, half of each kind", () => {
    expect(share("speaker-none-or-role")).toBeGreaterThan(0.1);
    expect(share("speaker-none-or-role")).toBeLessThan(0.17);
    expect(share("speaker-other-person")).toBeGreaterThan(0.1);
    expect(share("speaker-other-person")).toBeLessThan(0.15);
  });
  it("tags the wrong persons written by name at the quote (about 10 % of them, as on BASIL) as other-named-at-quote", () => {
    expect(share("other-named-at-quote") / share("speaker-other-person")).toBeGreaterThan(0.05);
    expect(share("other-named-at-quote") / share("speaker-other-person")).toBeLessThan(0.15);
    const named = 1 << NOISE_KINDS.indexOf("other-named-at-quote");
    const other = 1 << NOISE_KINDS.indexOf("speaker-other-person");
    corpus.mentions.forEach((m, i) => {
      const t = corpus.tags[i] ?? 0;
      if ((t & named) !== 0) expect(m.speakerMention).toBe(m.speaker);
      if ((t & named) !== 0) expect(t & other).not.toBe(0);
      if ((t & other) !== 0 && (t & named) === 0) expect(m.speakerMention).not.toBe(m.speaker);
    });
  });
  it("carries every noise kind", () => {
    for (const kind of NOISE_KINDS) expect(share(kind), kind).toBeGreaterThan(kind === "other-named-at-quote" ? 0.005 : 0.02);
  });
  it("draws fragments of 2-10 words and scare quotes of 1-2 words", () => {
    corpus.mentions.forEach((m, i) => {
      const words = m.text.split(" ").length;
      if (corpus.how[i] === "fragment") expect(words).toBeGreaterThanOrEqual(2);
      if (corpus.how[i] === "fragment") expect(words).toBeLessThanOrEqual(10);
      if (corpus.how[i] === "scare-quote") expect(words).toBeLessThanOrEqual(2);
    });
  });
  it("keeps a statement's mentions within one story: dates at most 7 days apart", () => {
    const days = new Map<number, number[]>();
    corpus.mentions.forEach((m, i) => days.set(corpus.truth[i] ?? -1, [...(days.get(corpus.truth[i] ?? -1) ?? []), Date.parse(m.date ?? "")]));
    for (const list of days.values()) expect((Math.max(...list) - Math.min(...list)) / 86_400_000).toBeLessThanOrEqual(7);
  });
  it("puts a headline in an article that quotes the same statement", () => {
    const articlesOf = new Map<number, string[]>();
    corpus.mentions.forEach((m, i) => {
      if (corpus.how[i] !== "headline") articlesOf.set(corpus.truth[i] ?? -1, [...(articlesOf.get(corpus.truth[i] ?? -1) ?? []), m.articleId]);
    });
    let headlines = 0;
    corpus.mentions.forEach((m, i) => {
      if (corpus.how[i] !== "headline") return;
      headlines++;
      expect(articlesOf.get(corpus.truth[i] ?? -1)).toContain(m.articleId);
    });
    expect(headlines).toBeGreaterThan(0);
  });
  it("gives some people the same family name in unrelated stories, and writes some by the surname alone", () => {
    expect(share("family-name-shared")).toBeGreaterThan(0.1);
    const surnameOnly = corpus.mentions.filter((_, i) => ((corpus.tags[i] ?? 0) & (1 << NOISE_KINDS.indexOf("surname-only"))) !== 0);
    expect(surnameOnly.every((m) => m.speaker !== null && !m.speaker.includes(" "))).toBe(true);
  });
  it("tags as refused-by-rule what issue 11's rules keep apart on purpose: every wrong person named at the quote, scare quotes and headlines with a speaker problem; never a whole quote of the right person", () => {
    const has = (i: number, kind: NoiseKind): boolean => ((corpus.tags[i] ?? 0) & (1 << NOISE_KINDS.indexOf(kind))) !== 0;
    let scareWithProblem = 0;
    corpus.mentions.forEach((_, i) => {
      if (has(i, "other-named-at-quote")) expect(has(i, "refused-by-rule")).toBe(true);
      const problem = has(i, "speaker-none-or-role") || has(i, "speaker-other-person");
      if ((corpus.how[i] === "scare-quote" || corpus.how[i] === "headline") && problem) {
        scareWithProblem++;
        expect(has(i, "refused-by-rule")).toBe(true);
      }
      if (!problem && corpus.how[i] !== "fragment" && corpus.how[i] !== "scare-quote" && corpus.how[i] !== "headline") expect(has(i, "refused-by-rule")).toBe(false);
      if (has(i, "clean")) expect(has(i, "refused-by-rule")).toBe(false);
    });
    expect(scareWithProblem).toBeGreaterThan(0);
  });
});
