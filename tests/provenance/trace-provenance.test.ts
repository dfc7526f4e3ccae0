import { describe, expect, it } from "vitest";
import type { Corpus, CorpusArticle, CorpusMention } from "../../src/model/corpus.ts";
import type { MatchResult } from "../../src/model/family.ts";
import { traceProvenance } from "../../src/provenance/trace-provenance.ts";
import {
  ARTICLE_004, KNOWN_OUTLETS, M000_PREVIEW, M000_SCO, M001_DRILLS, M001_JALALI, M001_SCO, M004_DRILLS, M004_JALALI,
  M004_SCO, buildSeedLikeFixture,
} from "../fixtures/seed-like-corpus.ts";

function trace(corpus?: Corpus, match?: MatchResult) {
  const fixture = buildSeedLikeFixture();
  const result = traceProvenance(corpus ?? fixture.corpus, match ?? fixture.match, { knownOutlets: KNOWN_OUTLETS });
  const byId = (id: string) => {
    const found = result.find((p) => p.familyId === id);
    if (!found) throw new Error(`no provenance for ${id}`);
    return found;
  };
  return { result, byId, ids: fixture.ids };
}

describe("traceProvenance on the seed-like fixture", () => {
  it("returns one entry per family, sorted by family id, deterministically", () => {
    const { result } = trace();
    expect(result.map((p) => p.familyId)).toEqual([...result.map((p) => p.familyId)].sort());
    expect(result).toHaveLength(5);
    expect(trace().result).toEqual(result);
  });

  it("SCO quote: speaker, setting, first appearance in 000, origin TASS", () => {
    const { byId, ids } = trace();
    const p = byId(ids.sco);
    expect(p.speaker).toBe("Li Shangfu");
    expect(p.setting).toBe("at the 11th Moscow Conference on International Security");
    expect(p.firstAppearance).toEqual({ articleId: "art-000", mentionId: M000_SCO.id, outlet: "Pakistan Defence", date: "2023-08-15" });
    expect(p.origin).toBe("TASS");
  });

  it("SCO chain: Pakistan Defence -> La Prensa Latina -> EFE, Persian News -> TASS, Middle East Monitor -> TASS", () => {
    const { byId, ids } = trace();
    const chain = byId(ids.sco).chain.map((l) => [l.from, l.to, l.evidence]);
    expect(chain).toEqual([
      ["Pakistan Defence", "La Prensa Latina", "www.laprensalatina.com"],
      ["La Prensa Latina", "EFE", "(EFE)"],
      ["Persian News", "Fars", "Original News:"],
      ["Persian News", "TASS", "according to TASS"],
      ["Middle East Monitor", "TASS", "according to the state-run Russian Tass agency"],
    ]);
  });

  it("names an unknown link-preview domain by the domain itself", () => {
    const fixture = buildSeedLikeFixture();
    const p = traceProvenance(fixture.corpus, fixture.match, { knownOutlets: [] }).find((x) => x.familyId === fixture.ids.sco);
    expect(p?.chain.slice(0, 2).map((l) => `${l.from} -> ${l.to}`)).toEqual([
      "Pakistan Defence -> laprensalatina.com", "laprensalatina.com -> EFE",
    ]);
  });

  it("without relay evidence the wire credit hangs off the outlet (000's TASS-credited second quote)", () => {
    const { byId, ids } = trace();
    expect(byId(ids.remain).chain.map((l) => `${l.from} -> ${l.to}`)).toEqual(["Pakistan Defence -> EFE", "Pakistan Defence -> TASS"]);
  });

  it("flags: source-dropped (004's Jalali), page-date-mismatch (001), altered-under-same-source (004's drills drift only)", () => {
    const { byId, ids } = trace();
    const sco = byId(ids.sco).flags;
    // regression (issue 13): 000's article is credited as a whole by its "(EFE)" dateline
    expect(sco[M000_SCO.id]).toEqual([]);
    expect(sco[M000_PREVIEW.id]).toEqual([]);
    expect(sco[M001_SCO.id]).toEqual(["page-date-mismatch"]);
    // regression (issue 13): a British spelling alone is not an alteration
    expect(sco[M004_SCO.id]).toEqual([]);
    const drills = byId(ids.drills);
    expect(drills.origin).toBe("TASS");
    expect(drills.flags[M001_DRILLS.id]).toEqual(["page-date-mismatch"]);
    expect(drills.flags[M004_DRILLS.id]).toEqual(["altered-under-same-source"]);
    const jalali = byId(ids.jalali);
    expect(jalali.origin).toBe("Sputnik");
    expect(jalali.flags[M004_JALALI.id]).toEqual(["source-dropped"]);
    expect(jalali.flags[M001_JALALI.id]).toEqual(["page-date-mismatch"]);
    expect(jalali.setting).toBeNull(); // Li's conference is not lent to Jalali
  });

  it("source-changed: a mention crediting another agency than the family's origin", () => {
    const fixture = buildSeedLikeFixture();
    const mentions = fixture.corpus.mentions.map((m): CorpusMention =>
      m.id === M004_SCO.id && m.source ? { ...m, source: { ...m.source, name: "Xinhua", mention: "Xinhua reported" } } : m);
    const { byId, ids } = trace({ ...fixture.corpus, mentions });
    const p = byId(ids.sco);
    expect(p.origin).toBe("TASS");
    expect(p.flags[M004_SCO.id]).toEqual(["source-changed"]);
  });

  it("origin ties go to the source credited first in member order", () => {
    const fixture = buildSeedLikeFixture();
    const mentions = fixture.corpus.mentions.map((m): CorpusMention =>
      m.id === M004_DRILLS.id && m.source ? { ...m, source: { ...m.source, name: "Anadolu" } } : m);
    const { byId, ids } = trace({ ...fixture.corpus, mentions });
    expect(byId(ids.drills).origin).toBe("TASS");
    expect(byId(ids.drills).flags[M004_DRILLS.id]).toEqual(["source-changed"]);
  });

  it("predates-source: an occurrence published before the earliest occurrence of the outlet it credits", () => {
    const fixture = buildSeedLikeFixture();
    // 004 credits "Persian News" (in the corpus, carrying the drills quote from 2023-09-25) on 2023-08-16.
    const articles = fixture.corpus.articles.map((a): CorpusArticle =>
      a.id === ARTICLE_004.id ? { ...a, credits: [{ name: "Persian News", mention: "via Persian News", kind: "credit-line", start: 0, end: 0 }] } : a);
    const { byId, ids } = trace({ ...fixture.corpus, articles });
    expect(byId(ids.drills).flags[M004_DRILLS.id]).toEqual(["altered-under-same-source", "predates-source"]);
    expect(byId(ids.drills).chain.map((l) => `${l.from} -> ${l.to}`)).toContain("Middle East Monitor -> Persian News");
  });

  it("page-date-mismatch only beyond the tolerance (7 days by default)", () => {
    const fixture = buildSeedLikeFixture();
    const articles = fixture.corpus.articles.map((a): CorpusArticle =>
      a.id === "art-001" ? { ...a, publishedAt: "2023-08-22" } : a);
    expect(trace({ ...fixture.corpus, articles }).byId(fixture.ids.jalali).flags[M001_JALALI.id]).toEqual([]);
    const later = fixture.corpus.articles.map((a): CorpusArticle =>
      a.id === "art-001" ? { ...a, publishedAt: "2023-08-23" } : a);
    expect(trace({ ...fixture.corpus, articles: later }).byId(fixture.ids.jalali).flags[M001_JALALI.id]).toEqual(["page-date-mismatch"]);
  });

  it("a family whose mentions are missing from the corpus still gets an entry, without throwing", () => {
    const fixture = buildSeedLikeFixture();
    const { result } = trace({ articles: [], mentions: [] }, fixture.match);
    expect(result).toHaveLength(5);
    for (const p of result) {
      expect(p.origin).toBeNull();
      expect(p.chain).toEqual([]);
    }
  });
});
