import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

// The migration SQL is written by hand (no schema engine offline). These tests fail when it and
// prisma/schema.prisma disagree: every model is written and read back through the generated
// client, with every scalar field set, on a freshly migrated database.

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

const schemaText = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
const modelNames = [...schemaText.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

describe("prisma/schema.prisma and the migration SQL", () => {
  it("write and read back a row of every model through the generated client", async () => {
    const prisma = await getStoreInternals(t.store).prisma();
    const day = new Date("2023-08-15T00:00:00Z");
    const at = new Date("2023-09-25T10:11:12.345Z");
    const written: Record<string, unknown> = {};
    written.Outlet = await prisma.outlet.create({ data: { id: "o-1", name: "La Prensa Latina", normalisedName: "la prensa latina", domain: "laprensalatina.com", kind: "newspaper", country: "US" } });
    written.Article = await prisma.article.create({ data: {
      id: "a-1", key: "https://x/1", url: "https://x/1", urlOrigin: "manifest", file: "000.txt", format: "txt", outletId: "o-1",
      outletOrigin: "manifest", title: "T", titleOrigin: "manifest", publishedAt: day, publishedAtOrigin: "date-line", eventDate: day,
      eventDateOrigin: "relative-weekday", byline: "By X", dateline: "Moscow, Aug 15 (EFE).-", datelinePlace: "Moscow",
      datelineDate: day, datelineWire: "EFE", language: "en", mined: true, versionCount: 1, createdAt: at, updatedAt: at,
    } });
    written.ArticleVersion = await prisma.articleVersion.create({ data: {
      id: "v-1", articleId: "a-1", seq: 1, contentHash: "c", rawHash: "r", format: "txt", sourcePath: "seeds/000.txt", text: "text",
      raw: "raw", cleanBody: "body", regions: [{ kind: "body", start: 0, end: 4, reason: "x" }], metadata: { a: 1 }, extracted: true,
      ingestedAt: at, extractedAt: at,
    } });
    await prisma.article.update({ where: { id: "a-1" }, data: { latestVersionId: "v-1" } });
    written.IngestMessage = await prisma.ingestMessage.create({ data: { versionId: "v-1", position: 0, severity: "warning", code: "c", message: "m", stage: "ingest", rangeStart: 1, rangeEnd: 2 } });
    written.CreditedSource = await prisma.creditedSource.create({ data: { id: "src-1", name: "TASS", normalisedName: "tass", outletId: "o-1" } });
    written.ArticleCredit = await prisma.articleCredit.create({ data: { versionId: "v-1", articleId: "a-1", position: 0, sourceId: "src-1", name: "EFE", mention: "(EFE)", kind: "credit_line", start: 1, end: 2, url: "https://o" } });
    written.Speaker = await prisma.speaker.create({ data: { id: "s-1", name: "Li Shangfu", normalisedName: "li shangfu", role: "minister", type: "person" } });
    written.SpeakerAlias = await prisma.speakerAlias.create({ data: { speakerId: "s-1", alias: "Li" } });
    written.Mention = await prisma.mention.create({ data: {
      id: "m-1", versionId: "v-1", articleId: "a-1", outletId: "o-1", localId: "q1", text: "We will", start: 1, end: 8, kind: "direct",
      speakerId: "s-1", speakerName: "Li Shangfu", speakerMention: "he", speakerStart: 0, speakerEnd: 2, speakerRole: "minister",
      speakerType: "person", cue: "said", cueStart: 9, cueEnd: 13, sourceId: "src-1", sourceMention: "according to TASS",
      sourceStart: 14, sourceEnd: 30, sourceScope: "carried", repeatOfId: null, confidence: 0.75, rule: "direct.trailing-cue",
    } });
    await prisma.mention.create({ data: { id: "m-2", versionId: "v-1", articleId: "a-1", localId: "q2", text: "We", start: 1, end: 3, kind: "partial", repeatOfId: "m-1", confidence: 0.5, rule: "r" } });
    written.QuoteFamily = await prisma.quoteFamily.create({ data: { id: "qf-1", position: 0, speakerId: "s-1", speakerName: "Li Shangfu", canonicalMentionId: "m-1", canonicalVariantId: "var-1", fingerprint: "f", baseId: "qf-0", outletCount: 2 } });
    written.Variant = await prisma.variant.create({ data: { familyId: "qf-1", id: "var-1", position: 0, isCanonical: true, text: "We will", normalised: "we will", fidelity: 1, similarity: 1 } });
    written.FamilyMembership = await prisma.familyMembership.create({ data: { familyId: "qf-1", mentionId: "m-1", variantId: "var-1", position: 0, link: "normalised_equal", fidelity: 0.99, similarity: 0.98 } });
    written.VariantChange = await prisma.variantChange.create({ data: { familyId: "qf-1", variantId: "var-1", position: 0, type: "editorial_insertion", from: "", to: "[x]", severity: "medium" } });
    written.MembershipChange = await prisma.membershipChange.create({ data: { familyId: "qf-1", mentionId: "m-1", position: 0, type: "case", from: "We", to: "we", severity: "low" } });
    written.Provenance = await prisma.provenance.create({ data: { familyId: "qf-1", speakerName: "Li Shangfu", setting: "at the conference", origin: "TASS", originSourceId: "src-1", firstArticleId: "a-1", firstMentionId: "m-1", firstOutlet: "La Prensa Latina", firstDate: day } });
    written.ChainLink = await prisma.chainLink.create({ data: { familyId: "qf-1", position: 0, from: "La Prensa Latina", to: "EFE", evidence: "(EFE)", articleId: "a-1" } });
    written.OccurrenceFlag = await prisma.occurrenceFlag.create({ data: { familyId: "qf-1", mentionId: "m-1", position: 0, flag: "page_date_mismatch" } });
    // the migration inserts the one row
    written.StoreState = await prisma.storeState.update({ where: { id: 1 }, data: { corpusRevision: 7n, matchedRevision: 5n, keyIndexReady: false } });
    written.MentionKey = await prisma.mentionKey.create({ data: { key: -123456789, mentionId: "m-1" } });
    written.StoryKey = await prisma.storyKey.create({ data: { key: -123456789, day, mentionId: "m-1" } });
    written.MatchPending = await prisma.matchPending.create({ data: { mentionId: "m-1" } });

    expect(Object.keys(written).sort()).toEqual([...modelNames].sort());

    const read: Record<string, unknown> = {
      Outlet: await prisma.outlet.findUniqueOrThrow({ where: { id: "o-1" } }),
      Article: await prisma.article.findUniqueOrThrow({ where: { id: "a-1" } }),
      ArticleVersion: await prisma.articleVersion.findUniqueOrThrow({ where: { id: "v-1" } }),
      IngestMessage: await prisma.ingestMessage.findFirstOrThrow(),
      CreditedSource: await prisma.creditedSource.findUniqueOrThrow({ where: { id: "src-1" } }),
      ArticleCredit: await prisma.articleCredit.findFirstOrThrow(),
      Speaker: await prisma.speaker.findUniqueOrThrow({ where: { normalisedName: "li shangfu" } }),
      SpeakerAlias: await prisma.speakerAlias.findFirstOrThrow(),
      Mention: await prisma.mention.findUniqueOrThrow({ where: { id: "m-1" } }),
      QuoteFamily: await prisma.quoteFamily.findUniqueOrThrow({ where: { id: "qf-1" } }),
      Variant: await prisma.variant.findUniqueOrThrow({ where: { familyId_id: { familyId: "qf-1", id: "var-1" } } }),
      FamilyMembership: await prisma.familyMembership.findFirstOrThrow(),
      VariantChange: await prisma.variantChange.findFirstOrThrow(),
      MembershipChange: await prisma.membershipChange.findFirstOrThrow(),
      Provenance: await prisma.provenance.findUniqueOrThrow({ where: { familyId: "qf-1" } }),
      ChainLink: await prisma.chainLink.findFirstOrThrow(),
      OccurrenceFlag: await prisma.occurrenceFlag.findFirstOrThrow(),
      StoreState: await prisma.storeState.findUniqueOrThrow({ where: { id: 1 } }),
      MentionKey: await prisma.mentionKey.findFirstOrThrow(),
      StoryKey: await prisma.storyKey.findFirstOrThrow(),
      MatchPending: await prisma.matchPending.findFirstOrThrow(),
    };
    // the Article row was updated after create (latest version)
    expect(read.Article).toEqual({ ...(written.Article as object), latestVersionId: "v-1", updatedAt: (read.Article as { updatedAt: Date }).updatedAt });
    for (const name of modelNames.filter((n) => n !== "Article")) expect(read[name], name).toEqual(written[name]);

    // relations navigate both ways (what Studio shows)
    const family = await prisma.quoteFamily.findUniqueOrThrow({
      where: { id: "qf-1" },
      include: { memberships: { include: { mention: { include: { outlet: true, source: true, article: true } }, changes: true } }, provenance: true, chain: true, flags: true, variants: { include: { changes: true } } },
    });
    expect(family.memberships[0]?.mention.outlet?.name).toBe("La Prensa Latina");
    expect(family.memberships[0]?.mention.source?.name).toBe("TASS");
    expect(family.memberships[0]?.changes).toHaveLength(1);
    expect(family.variants[0]?.changes).toHaveLength(1);
    const repeat = await prisma.mention.findUniqueOrThrow({ where: { id: "m-2" }, include: { repeatOf: true } });
    expect(repeat.repeatOf?.id).toBe("m-1");
    const version = await prisma.articleVersion.findUniqueOrThrow({ where: { id: "v-1" }, include: { latestOf: true, messages: true, credits: true, mentions: true } });
    expect([version.latestOf?.id, version.messages.length, version.credits.length, version.mentions.length]).toEqual(["a-1", 1, 1, 2]);

    // enum values are stored as the issues' vocabulary
    const raw = await getStoreInternals(t.store).query<{ link: string; type: string; flag: string; kind: string }>(
      `SELECT (SELECT link::text FROM family_membership) AS link, (SELECT type::text FROM variant_change) AS type,
              (SELECT flag::text FROM occurrence_flag) AS flag, (SELECT kind::text FROM article_credit) AS kind`);
    expect(raw[0]).toEqual({ link: "normalised-equal", type: "editorial-insertion", flag: "page-date-mismatch", kind: "credit-line" });
  });

  it("has exactly the tables of the schema's models (plus Prisma's bookkeeping)", async () => {
    const tables = await getStoreInternals(t.store).query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
    const mapped = [...schemaText.matchAll(/@@map\("(\w+)"\)/g)].map((m) => m[1]!);
    expect(tables.map((r) => r.tablename)).toEqual(["_prisma_migrations", ...mapped].sort());
  });

  it("indexes every foreign key (an index whose leading columns are the key's columns)", async () => {
    const unindexed = await getStoreInternals(t.store).query<{ conname: string }>(`
      SELECT c.conname FROM pg_constraint c
       WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
         AND NOT EXISTS (
           SELECT 1 FROM pg_index i
            WHERE i.indrelid = c.conrelid
              AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)`);
    expect(unindexed).toEqual([]);
  });

  it("has the trigram index on variant wordings and it serves a fuzzy lookup", async () => {
    const q = getStoreInternals(t.store).query;
    const idx = await q<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'variant_normalised_trgm_idx'`);
    expect(idx[0]?.indexdef).toMatch(/USING gin \(normalised gin_trgm_ops\)/);
    const hit = await q<{ id: string }>(`SELECT id FROM variant WHERE normalised % $1 ORDER BY similarity(normalised, $1) DESC`, ["we wil"]);
    expect(hit.map((h) => h.id)).toEqual(["var-1"]);
  });
});
