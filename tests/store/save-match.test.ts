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

  it("rewrites only the families that changed; the others keep their rows (no rewrite on a no-op save)", async () => {
    const { result, provenance } = fixture();
    await t.store.saveMatch(result, provenance);
    const q = getStoreInternals(t.store).query<{ family_id: string; xmin: string }>;
    // xmin is the transaction that wrote a row version: unchanged means the row was not rewritten
    const rowVersions = async (): Promise<Map<string, string>> => new Map(
      (await q(`SELECT family_id, xmin::text AS xmin FROM family_membership ORDER BY family_id, mention_id`))
        .map((r) => [r.family_id, r.xmin]),
    );
    const first = await rowVersions();

    await t.store.saveMatch(result, provenance); // same match again
    expect(await rowVersions()).toEqual(first);
    expect(await t.store.loadMatch()).toEqual({ result, provenance });

    // a changed drill family (one more change) and a new family before both: only those are written
    const changed = fixture();
    changed.result.families[0]!.members[1]!.changes.push({ type: "case", from: "Find", to: "find", severity: "low" });
    const fresh = { ...changed.result.families[1]!, id: "qf-new" };
    changed.result.families.unshift(fresh);
    await t.store.saveMatch(changed.result, changed.provenance);
    const second = await rowVersions();
    expect(second.get("qf-solo")).toBe(first.get("qf-solo"));
    expect(second.get("qf-drills")).not.toBe(first.get("qf-drills"));
    expect(second.has("qf-new")).toBe(true);
    // positions follow the new order, and the whole match reads back as given
    expect(await t.store.loadMatch()).toEqual({ result: changed.result, provenance: changed.provenance });

    // a family that disappears is deleted with everything below it
    await t.store.saveMatch(result, provenance);
    expect(await t.store.loadMatch()).toEqual({ result, provenance });
    expect((await rowVersions()).get("qf-solo")).toBe(first.get("qf-solo"));
  });

  it("a family read back by loadMatch fingerprints like the one given (so incremental saves stay small)", async () => {
    const { result, provenance } = fixture();
    await t.store.saveMatch(result, provenance);
    const loaded = await t.store.loadMatch();
    const versions = async () => (await getStoreInternals(t.store).query<{ x: string }>(`SELECT string_agg(xmin::text, ',' ORDER BY family_id, id) AS x FROM variant`))[0]?.x;
    const was = await versions();
    await t.store.saveMatch(loaded.result, loaded.provenance);
    expect(await versions()).toBe(was);
  });

  it("refuses provenance for a family that is not in the result", async () => {
    await expect(t.store.saveMatch({ families: [] }, fixture().provenance)).rejects.toThrow("provenance for unknown family qf-drills");
  });
});
