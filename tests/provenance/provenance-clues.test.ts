import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/model/corpus.ts";
import { findPreviewDomains } from "../../src/provenance/find-preview-domains.ts";
import { findProvenanceClues } from "../../src/provenance/find-provenance-clues.ts";
import { findSetting } from "../../src/provenance/find-setting.ts";
import { traceProvenance } from "../../src/provenance/trace-provenance.ts";
import { KNOWN_OUTLETS, buildSeedLikeFixture } from "../fixtures/seed-like-corpus.ts";

/** ~2 MB on one line, a quote every 100 characters (20,000 quotes), an occasion and a domain early. */
function oneLineArticle(): { text: string; spans: { start: number; end: number }[] } {
  const head = "www.example.org Minister Li Shangfu spoke at the 11th Moscow Conference on International Security on Tuesday. ";
  const unit = "He said “we will continue to strengthen the mechanism” and officials agreed to it. ";
  const text = head + unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf("“"); at >= 0 && spans.length < 20_000; at = text.indexOf("“", at + 1)) {
    spans.push({ start: at, end: text.indexOf("”", at) + 1 });
  }
  return { text, spans };
}

describe("issue 9 defect 6: provenance over a 2 MB one-line article is linear", () => {
  it("findSetting per quote and findPreviewDomains over all quotes finish well within a generous bound", () => {
    const { text, spans } = oneLineArticle();
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(text.includes("\n")).toBe(false);
    const started = performance.now();
    // before the fix each call searched the rest of the text (and previews re-read the whole line):
    // 17.6 s and 9.3 s per match on such an article; now each quote costs its window only
    const settings = spans.map((s) => findSetting(text, s.start, s.end, { speaker: "Li Shangfu" }));
    const previews = findPreviewDomains(text, spans.map((s) => s.start));
    const clues = findProvenanceClues(text, spans);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(30);
    expect(settings[0]).toBe("at the 11th Moscow Conference on International Security");
    expect(settings.at(-1)).toBeNull();
    // the one domain shares its line with text, so it is no bare domain line
    expect(previews).toEqual([]);
    expect(clues).toHaveLength(spans.length);
    expect(clues[0]?.setting[0]?.phrase).toBe("at the 11th Moscow Conference on International Security");
  }, 120_000);

  it("finds a bare domain line before a quote on a long text with many lines", () => {
    const filler = "Officials met in the capital to discuss trade.\n".repeat(40_000);
    const text = `${filler}www.laprensalatina.com\n“Quote one,” he said.\n${filler}`;
    const at = text.indexOf("“");
    const starts = [at, ...Array.from({ length: 5000 }, (_, i) => i * 300)].sort((a, b) => a - b);
    const found = findPreviewDomains(text, starts);
    expect(found).toEqual([{ domain: "laprensalatina.com", evidence: "www.laprensalatina.com", start: text.indexOf("www.") }]);
  });
});

describe("issue 9 defect 6: clues stored with a mention are used, not recomputed from the text", () => {
  it("uses a mention's stored setting and preview clues instead of reading the article again", () => {
    const fixture = buildSeedLikeFixture();
    const plain = traceProvenance(fixture.corpus, fixture.match, { knownOutlets: KNOWN_OUTLETS });
    const family = fixture.match.families.find((f) => f.id === fixture.ids.sco);
    if (!family) throw new Error("fixture has no SCO family");
    const canonical = family.canonicalMentionId;
    const corpus: Corpus = {
      articles: fixture.corpus.articles,
      mentions: fixture.corpus.mentions.map((m) => (m.id !== canonical ? m : {
        ...m,
        // clues that the text does not hold: if provenance read the text again it could not see them
        clues: {
          setting: [{ phrase: "at the Stored Clue Summit", distance: 0, own: true, sentenceStart: m.start, sentenceEnd: m.end }],
          previews: [{ domain: "stored-clue.example", evidence: "www.stored-clue.example", start: 0 }],
        },
      })),
    };
    const stored = traceProvenance(corpus, fixture.match, { knownOutlets: KNOWN_OUTLETS });
    const before = plain.find((p) => p.familyId === family.id);
    const after = stored.find((p) => p.familyId === family.id);
    expect(before?.setting).toBe("at the 11th Moscow Conference on International Security");
    expect(after?.setting).toBe("at the Stored Clue Summit");
    expect(after?.chain.map((l) => l.evidence)).toContain("www.stored-clue.example");
    expect(before?.chain.map((l) => l.evidence)).not.toContain("www.stored-clue.example");
  });

  it("mentions stored without clues get the same provenance as with clues computed at store time", () => {
    const fixture = buildSeedLikeFixture();
    const articles = new Map(fixture.corpus.articles.map((a) => [a.id, a]));
    const withClues: Corpus = {
      articles: fixture.corpus.articles,
      mentions: fixture.corpus.mentions.map((m) => ({ ...m, clues: findProvenanceClues(articles.get(m.articleId)?.text ?? "", [m])[0] ?? null })),
    };
    expect(traceProvenance(withClues, fixture.match, { knownOutlets: KNOWN_OUTLETS }))
      .toEqual(traceProvenance(fixture.corpus, fixture.match, { knownOutlets: KNOWN_OUTLETS }));
  });
});
