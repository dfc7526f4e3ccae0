import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatchResult } from "../../src/model/family.ts";
import type { FamilyProvenance } from "../../src/model/provenance.ts";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

let t: TestStore;
let m: string[] = [];
let articleIds: string[] = [];
beforeAll(async () => {
  t = await openTestStore();
  const results = await t.store.saveArticles([
    makeArticleBundle({ file: "001.txt", outlet: "Persian News", text: 'Li said "find a wider space to hold drills" per TASS.', quotes: [{ text: "find a wider space to hold drills", speaker: "Li Shangfu", source: "TASS" }] }),
    makeArticleBundle({ file: "004.txt", outlet: "Middle East Monitor", text: 'Li said "find a larger space to hold drills [of nuclear weapons]".', quotes: [{ text: "find a larger space to hold drills [of nuclear weapons]", speaker: "Li Shangfu" }] }),
  ]);
  articleIds = results.map((r) => r.articleId);
  const corpus = await t.store.loadCorpus();
  m = corpus.mentions.map((x) => x.id);
});
afterAll(async () => {
  await t?.cleanup();
});

function fixture(): { result: MatchResult; provenance: FamilyProvenance[] } {
  const [m1, m2] = [m[0]!, m[1]!];
  const result: MatchResult = {
    families: [{
      id: "qf-drills", speaker: "Li Shangfu", canonicalMentionId: m1, canonicalVariantId: "v-a",
      variants: [
        { id: "v-a", text: "find a wider space to hold drills", normalised: "find a wider space to hold drills", fidelity: 1, similarity: 1, changes: [] },
        { id: "v-b", text: "find a larger space to hold drills [of nuclear weapons]", normalised: "find a larger space to hold drills [of nuclear weapons]", fidelity: 0.8, similarity: 0.7123456789,
          changes: [
            { type: "substitution", from: "wider", to: "larger", severity: "medium" },
            { type: "editorial-insertion", from: "", to: "[of nuclear weapons]", severity: "medium" },
          ] },
      ],
      members: [
        { mentionId: m1, variantId: "v-a", link: "canonical", fidelity: 1, similarity: 1, changes: [] },
        { mentionId: m2, variantId: "v-b", link: "variant", fidelity: 0.8, similarity: 0.7123456789,
          changes: [{ type: "substitution", from: "wider", to: "larger", severity: "medium" }, { type: "editorial-insertion", from: "", to: "[of nuclear weapons]", severity: "medium" }] },
      ],
    }, {
      id: "qf-solo", speaker: null, canonicalMentionId: m2, canonicalVariantId: "v-c",
      variants: [{ id: "v-c", text: "x", normalised: "x", fidelity: 1, similarity: 1, changes: [] }],
      members: [{ mentionId: m2, variantId: "v-c", link: "normalised-equal", fidelity: 1, similarity: 1, changes: [{ type: "case", from: "X", to: "x", severity: "low" }] }],
    }],
  };
  const provenance: FamilyProvenance[] = [{
    familyId: "qf-drills", speaker: "Li Shangfu", setting: "at the Moscow Conference",
    firstAppearance: { articleId: articleIds[0]!, mentionId: m1, outlet: "Persian News", date: "2023-08-15" },
    origin: "TASS",
    chain: [{ from: "Persian News", to: "TASS", evidence: "per TASS", articleId: articleIds[0]! }],
    flags: { [m2]: ["source-dropped", "altered-under-same-source"], [m1]: ["page-date-mismatch"] },
  }];
  return { result, provenance };
}

describe("saveMatch / loadMatch", () => {
  it("round-trips the match result and provenance", async () => {
    const { result, provenance } = fixture();
    await t.store.saveMatch(result, provenance);
    const loaded = await t.store.loadMatch();
    expect(loaded.result).toEqual(result);
    expect(loaded.provenance).toEqual(provenance);
    const q = getStoreInternals(t.store).query<{ n: number }>;
    expect((await q(`SELECT count(*)::int AS n FROM family_membership`))[0]?.n).toBe(3);
    expect((await q(`SELECT count(*)::int AS n FROM membership_change`))[0]?.n).toBe(3);
    // linked to the stored speaker and credited source
    const links = await getStoreInternals(t.store).query<{ speaker: string; origin: string }>(
      `SELECT s.name AS speaker, cs.name AS origin FROM quote_family f JOIN speaker s ON s.id = f.speaker_id
         JOIN provenance p ON p.family_id = f.id JOIN credited_source cs ON cs.id = p.origin_source_id`);
    expect(links).toEqual([{ speaker: "Li Shangfu", origin: "TASS" }]);
    expect((await t.store.summary()).families).toBe(2);
  });

  it("a rebuild replaces everything", async () => {
    const { result } = fixture();
    const only = { families: [result.families[1]!] };
    await t.store.saveMatch(only, []);
    const loaded = await t.store.loadMatch();
    expect(loaded).toEqual({ result: only, provenance: [] });
    const q = getStoreInternals(t.store).query<{ n: number }>;
    for (const table of ["variant_change", "chain_link", "occurrence_flag", "provenance"]) {
      expect((await q(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n, table).toBe(0);
    }
  });

  it("is atomic: a result pointing at an unknown mention writes nothing and keeps the old match", async () => {
    const before = await t.store.loadMatch();
    const { result, provenance } = fixture();
    result.families[0]!.members[1]!.mentionId = "m-does-not-exist";
    await expect(t.store.saveMatch(result, provenance)).rejects.toThrow(/saveMatch: .*run the match again/);
    expect(await t.store.loadMatch()).toEqual(before);
  });

  it("refuses provenance for a family that is not in the result", async () => {
    await expect(t.store.saveMatch({ families: [] }, fixture().provenance)).rejects.toThrow("provenance for unknown family qf-drills");
  });
});
