import { describe, expect, it } from "vitest";
import { auditQuote } from "../../src/audit/audit-quote.ts";
import { M000_PREVIEW, M004_JALALI } from "../fixtures/seed-like-corpus.ts";
import { makeSeedLikeReportInput } from "../view/report-test-input.ts";

const input = makeSeedLikeReportInput();

describe("auditQuote", () => {
  it("finds the drills family from a variant fragment: speaker, origin, two outlets, substitution + editorial insertion", () => {
    const result = auditQuote({ text: "find a larger space to hold drills" }, input);
    const family = result.family;
    expect(family?.id).toBe(input.ids.drills);
    expect(family?.speaker).toEqual({ name: "Li Shangfu" });
    expect(family?.origin).toEqual({ name: "TASS" });
    expect(new Set(family?.occurrences.map((o) => o.outlet))).toEqual(new Set(["Persian News", "Middle East Monitor"]));
    const types = family?.occurrences.flatMap((o) => o.changes.map((c) => c.type));
    expect(types).toContain("substitution");
    expect(types).toContain("editorial-insertion");
    expect(family?.verdict.startsWith("altered in 1 of 2 outlets — Middle East Monitor: substitution wider -> larger, editorial insertion")).toBe(true);
    // every word is in the variant ("... to find a larger space for cooperation ... hold joint
    // military drills"), not all in the query's order: a good fit under 1, far ahead of the rest
    expect(result.candidates[0]?.id).toBe(input.ids.drills);
    expect(result.candidates[0]?.text).toBe(family?.canonical.text);
    expect(result.candidates[0]?.score).toBeGreaterThan(0.7);
    expect(result.candidates[1]?.score).toBeLessThan(0.3);
    expect(auditQuote({ text: family?.canonical.text ?? "" }, input).candidates[0]?.score).toBe(1);
  });

  it("tolerates misspellings and a different word order", () => {
    expect(auditQuote({ text: "find a lerger spase to hold drils" }, input).family?.id).toBe(input.ids.drills);
    expect(auditQuote({ text: "weighty exhibitoin" }, input).family?.id).toBe(input.ids.jalali);
    expect(auditQuote({ text: "drills hold Beijing ready" }, input).family?.id).toBe(input.ids.drills);
  });

  it("SCO quote: three outlets, 000's preview linked partial, origin TASS, a spelling change, 000's EFE credit in the chain", () => {
    const family = auditQuote({ text: "We will continue to strengthen the mechanism" }, input).family;
    expect(family?.id).toBe(input.ids.sco);
    expect(new Set(family?.occurrences.map((o) => o.outlet)).size).toBe(3);
    expect(family?.occurrences.find((o) => o.mentionId === M000_PREVIEW.id)?.link).toBe("partial");
    expect(family?.origin?.name).toBe("TASS");
    expect(family?.occurrences.flatMap((o) => o.changes).some((c) => c.type === "spelling")).toBe(true);
    expect(family?.chain).toContainEqual({ from: "La Prensa Latina", to: "EFE", evidence: "(EFE)" });
    expect(family?.chain).toContainEqual({ from: "Pakistan Defence", to: "La Prensa Latina", evidence: "www.laprensalatina.com" });
  });

  it("Jalali: 004's occurrence flagged source-dropped", () => {
    const family = auditQuote({ text: "It is a weighty exhibition" }, input).family;
    expect(family?.occurrences.find((o) => o.mentionId === M004_JALALI.id)?.flags).toEqual(["source-dropped"]);
    // regression (issue 13): "both outlets", not "all 2 outlets"
    expect(family?.verdict).toMatch(/^verbatim in both outlets\. Flags: .*source-dropped \(Middle East Monitor\)/);
  });

  it("produces exactly the issue-5 JSON shape, with issue 14's fields (keys and order)", () => {
    const result = auditQuote({ text: "find a larger space to hold drills" }, input);
    expect(Object.keys(result)).toEqual(["query", "lookup", "familyCount", "minScore", "family", "candidates"]);
    expect(Object.keys(result.family ?? {})).toEqual(["id", "canonical", "speaker", "speakers", "origin", "chain", "occurrences", "verdict"]);
    expect(Object.keys(result.family?.canonical ?? {})).toEqual(["text", "outlet", "publishedAt", "reason"]);
    expect(Object.keys(result.family?.chain[0] ?? {})).toEqual(["from", "to", "evidence"]);
    expect(Object.keys(result.family?.occurrences[0] ?? {})).toEqual([
      "mentionId", "articleId", "outlet", "title", "url", "file", "publishedAt", "text", "kind", "link", "source",
      "similarity", "fidelity", "changes", "flags",
    ]);
    expect(Object.keys(result.family?.occurrences[0]?.source ?? {})).toEqual(["name", "mention"]);
    expect(Object.keys(result.candidates[0] ?? {})).toEqual(["id", "text", "score"]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("no match: family null and the nearest candidates, best first", () => {
    const result = auditQuote({ text: "the weather in Paris is nice today" }, input);
    expect(result.family).toBeNull();
    expect(result.candidates.length).toBeGreaterThan(0);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeLessThan(0.5);
    expect(auditQuote({ text: "SCO" }, input).family).toBeNull(); // one short word claims nothing
    expect(auditQuote({ text: "" }, input)).toEqual({
      query: "", lookup: "text", familyCount: input.match.families.length, minScore: 0.5, family: null, candidates: [],
    });
  });

  it("finds by family id, and lists prefix candidates for an unknown id", () => {
    expect(auditQuote({ familyId: input.ids.jalali }, input).family?.id).toBe(input.ids.jalali);
    const unknown = auditQuote({ familyId: "qf-" }, input);
    expect(unknown.family).toBeNull();
    expect(unknown.candidates).toHaveLength(5);
    const nope = auditQuote({ familyId: "qf-nope" }, input);
    expect(nope.candidates).toEqual([]);
    // regression (issue 14): an unknown id is told apart from an empty corpus by the family count
    expect(nope).toMatchObject({ lookup: "id", familyCount: input.match.families.length });
  });

  it("a found answer lists the runners-up with their scores, the chosen family first (issue 14)", () => {
    const result = auditQuote({ text: "weighty exhibition" }, input);
    expect(result.candidates[0]?.id).toBe(result.family?.id);
    expect(result.candidates.length).toBeGreaterThan(1);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("every occurrence names its outlet, title, page date and a way back: the url, or the file relative to the corpus", () => {
    const family = auditQuote({ text: "find a larger space to hold drills" }, input).family;
    for (const o of family?.occurrences ?? []) {
      const article = input.corpus.articles.find((a) => a.id === o.articleId);
      expect(o.title).toBe(article?.title ?? null);
      expect(o.file).toBe(article?.file.split("/").pop()); // "seeds/001.txt" stored without a corpus path
      expect(o.url ?? o.file).not.toBe("");
    }
    const absolute = {
      ...input,
      corpus: { ...input.corpus, articles: input.corpus.articles.map((a) => ({ ...a, file: `/home/someone/corpus/${a.file}`, corpusPath: `sub/${a.id}.txt` })) },
    };
    for (const o of auditQuote({ text: "find a larger space to hold drills" }, absolute).family?.occurrences ?? []) {
      expect(o.file).toBe(`sub/${o.articleId}.txt`);
    }
  });
});
