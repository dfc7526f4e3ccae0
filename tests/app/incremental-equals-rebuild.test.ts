import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toComparableFamilies } from "../helpers/to-comparable-families.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import type { Store } from "../../src/store/open-store.ts";
import type { MatchableMention, MatchResult } from "../../src/model/family.ts";
import { generateNoisyMentionCorpus } from "../../bench/generate-noisy-mention-corpus.ts";
import { makeArticleBundles } from "../../bench/make-article-bundles.ts";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = ["000", "001", "002", "003", "004"].map((n) => path.join("seeds", `${n}.txt`));
const opened: TestStore[] = [];
afterAll(async () => {
  for (const t of opened) await t.cleanup();
});

/** The database-backed path on both databases: the embedded one always, the server with TEST_DATABASE_URL. */
const kinds: ("embedded" | "server")[] = ["embedded", ...(process.env.TEST_DATABASE_URL ? ["server" as const] : [])];

async function open(kind: "embedded" | "server"): Promise<TestStore> {
  const t = await openTestStore({ kind });
  opened.push(t);
  return t;
}

async function close(t: TestStore): Promise<void> {
  await t.cleanup();
  opened.splice(opened.indexOf(t), 1);
}


async function ingestOneByOne(store: Store, order: readonly string[]): Promise<void> {
  for (const [i, file] of order.entries()) {
    await ingestFiles(store, { paths: [file], cwd: root });
    const run = await updateMatches(store, { rebuild: false });
    // after the first match the candidate index serves every incremental run
    if (i > 0) expect(run.scoped?.fresh).toBeGreaterThan(0);
  }
}

describe.each(kinds)("incremental matching equals the rebuild (issues 4, 15), on the %s database", (kind) => {
  it("seeds ingested one by one in two different orders: the incremental families equal `match --rebuild`", async () => {
    const results = [];
    for (const order of [seeds, [...seeds].reverse()]) {
      const t = await open(kind);
      await ingestOneByOne(t.store, order);
      const incremental = toComparableFamilies((await t.store.loadMatch()).result);
      await updateMatches(t.store, { rebuild: true });
      const rebuilt = toComparableFamilies((await t.store.loadMatch()).result);
      expect(incremental).toEqual(rebuilt);
      results.push(rebuilt);
      await close(t);
    }
    expect(results[0]).toEqual(results[1]);
    // the three cross-outlet statements of the seeds are there
    const multi = (results[0] ?? []).filter((f) => f.members.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it("after a --force re-ingest (mentions deleted and re-inserted), the saved families are whole again", async () => {
    // Regression: `ingest --force` on a matched corpus failed ("saveMatch: ... violates foreign key
    // constraint quote_family_canonical_mention_id_fkey"): re-extraction deleted the article's
    // mentions, which left their families half there (canonical mention gone, members missing),
    // and the incremental match saved them back as they were loaded.
    const t = await open(kind);
    await ingestFiles(t.store, { paths: seeds, cwd: root });
    await updateMatches(t.store, { rebuild: false });
    const before = await t.store.loadMatch();
    await ingestFiles(t.store, { paths: [seeds[1]!], cwd: root, force: true });
    const run = await updateMatches(t.store, { rebuild: false });
    expect(run.scoped?.fresh).toBeGreaterThan(0);
    const after = await t.store.loadMatch();
    expect(toComparableFamilies(after.result)).toEqual(toComparableFamilies(before.result));
    expect(after.provenance).toEqual(before.provenance);
    const corpus = await t.store.loadCorpus();
    expect(after.result.families.flatMap((f) => f.members).length).toBe(corpus.mentions.length);
    await close(t);
  }, 180_000);

  it("a bare surname is read within its own story: a full name printed months later in an article sharing a stock phrase changes nothing, one within days changes it in both paths", async () => {
    // Regression (issue 11 #4, issue 15 #1: bench:workers, 2,000 articles in 20 steps, 2-4
    // families that `match --rebuild` grouped differently): stories were chained, through shared
    // wordings (no date limit) and name words within 14 days, into one component holding 768 of
    // 799 articles. A new article naming "Paigeplair Nastat" in full then confirmed a bare "Nastat"
    // quoted 18 months earlier (so his fragment no longer joined Nufane Vaizol's quote) in a
    // rebuild, while the incremental match's scope, which loads the new article's neighbours, never
    // loaded that fragment. Stories are now read between two articles, not chained.
    const q = (id: string, article: string, date: string, outlet: string, speaker: string, text: string): MatchableMention => ({
      id, articleId: article, outlet, date, pageDate: date, text, kind: "direct", speaker, speakerType: "person", speakerMention: speaker,
      source: null, articleCredits: [], repeatOf: null,
    });
    const stock = "we will never give up on the people of this town";
    const batches = [
      [
        q("a1", "art-a", "2020-09-01", "Alpha", "Nastat", "protect the river valley from the new pipeline and keep"),
        q("a2", "art-a", "2020-09-01", "Alpha", "Zed Quorn", stock),
        q("b1", "art-b", "2020-09-02", "Beta", "Nufane Vaizol", "Our plan will protect the river valley from the new pipeline and keep every family safe this winter"),
      ],
      // 18 months later: the same stock phrase of the same speaker, and the bare surname in full
      [
        q("c1", "art-c", "2022-03-01", "Gamma", "Zed Quorn", stock),
        q("c2", "art-c", "2022-03-01", "Gamma", "Paigeplair Nastat", "the budget vote next week decides the future of our schools"),
      ],
    ];
    // three days later: the full name is in the fragment's story (it is Paigeplair Nastat, not Nufane Vaizol)
    const later = [q("d1", "art-d", "2020-09-04", "Delta", "Paigeplair Nastat", "taxes on farms must fall before the harvest season begins")];
    const partition = (r: MatchResult, text: Map<string, string>) =>
      r.families.map((f) => f.members.map((m) => text.get(m.mentionId) ?? m.mentionId).sort().join(" | ")).sort();
    const fragmentFamily = (families: string[]) => families.find((f) => f.split(" | ").includes("protect the river valley from the new pipeline and keep")) ?? "";
    for (const steps of [batches, [...batches, later]]) {
      const t = await open(kind);
      for (const batch of steps) {
        await t.store.saveArticles(makeArticleBundles(batch));
        await updateMatches(t.store, { rebuild: false });
      }
      const text = new Map((await t.store.loadCorpus()).mentions.map((m) => [m.id, m.text]));
      const incremental = partition((await t.store.loadMatch()).result, text);
      await updateMatches(t.store, { rebuild: true });
      const rebuilt = partition((await t.store.loadMatch()).result, text);
      await close(t);
      expect(incremental).toEqual(rebuilt);
      // the fragment joins Vaizol's quote while its bare surname is unconfirmed in its story
      const joined = fragmentFamily(rebuilt).includes("Our plan will protect");
      expect(joined).toBe(steps.length === 2);
    }
  }, 300_000);

  it("a noisy generated corpus stored in many small batches: the index-backed incremental families are `match --rebuild`'s, and a small batch loads only what it touches", async () => {
    // the noise of real news (speaker problems, surnames, fragments, scare quotes, headlines,
    // distractors, stock phrases), so that every matching rule runs across the batches.
    // Regression (issue 15 #1, docs/scaling.md): 20 small incremental matches of the workers'
    // corpus left 14-40 families that a rebuild groups differently. Causes: a fragment's "rare"
    // words were counted over the run (a scope counts fewer wordings than the corpus), and a
    // scare quote joined the largest family so far (an incremental run holds old families whole).
    const corpus = generateNoisyMentionCorpus({ size: 1200, seed: 15 });
    const bundles = makeArticleBundles(corpus.mentions);
    const batches = [bundles.slice(0, 120)];
    for (let i = 120; i < bundles.length; i += 12) batches.push(bundles.slice(i, i + 12));
    const t = await open(kind);
    const scoped: number[] = [];
    for (const batch of batches) {
      await t.store.saveArticles(batch);
      const run = await updateMatches(t.store, { rebuild: false });
      if (run.scoped) scoped.push(run.scoped.mentions);
    }
    const incremental = (await t.store.loadMatch()).result;
    await updateMatches(t.store, { rebuild: true });
    const rebuilt = (await t.store.loadMatch()).result;
    await close(t);
    const partition = (r: MatchResult) => new Set(r.families.map((f) => f.members.map((m) => m.mentionId).sort().join(" ")));
    const [a, b] = [partition(incremental), partition(rebuilt)];
    // the same families: every one of them holds the same mentions
    expect([...a].filter((x) => !b.has(x))).toEqual([]);
    expect(a.size).toBe(b.size);
    // What the scope does not see (README, "Corpus scale"): a bare surname whose full name only a
    // story outside the scope gives keeps its own name, so a family's id, speaker or canonical may
    // differ (measured: 9 of 708 families, in both databases)
    const rebuiltFamilies = new Set(toComparableFamilies(rebuilt).map((f) => JSON.stringify(f)));
    const differing = toComparableFamilies(incremental).filter((f) => !rebuiltFamilies.has(JSON.stringify(f)));
    expect(differing.length).toBeLessThanOrEqual(Math.ceil(b.size / 50));
    // every run went through the index; a batch of 12 articles loaded a small part of the corpus
    expect(scoped.length).toBe(batches.length);
    expect(Math.max(...scoped.slice(-3))).toBeLessThan(corpus.mentions.length / 4);
  }, 600_000);
});
