import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CorpusArticle, CorpusMention } from "../../src/model/corpus.ts";
import type { Change, FamilyMember, LinkType, QuoteFamily } from "../../src/model/family.ts";
import type { ArticleCredit } from "../../src/model/quote.ts";
import { flagOccurrences } from "../../src/provenance/flag-occurrences.ts";
import { OCCURRENCE_FLAGS } from "../../src/provenance/occurrence-flags.ts";

const QUOTE = "We are ready to talk";

interface Occ { id: string; source?: string; credits?: ArticleCredit["kind"][]; link?: LinkType; changes?: Change[]; page?: string; event?: string }

/** One family of one quote, one article per occurrence (outlet = id). */
function flag(occurrences: Occ[], origin: string | null = "Reuters") {
  const articles = new Map<string, CorpusArticle>();
  const mentions = new Map<string, CorpusMention>();
  const members: FamilyMember[] = [];
  occurrences.forEach((o, i) => {
    const credits: ArticleCredit[] = (o.credits ?? []).map((kind) => ({ name: "EFE", mention: "(EFE)", kind, start: 0, end: 5 }));
    articles.set(`a-${o.id}`, {
      id: `a-${o.id}`, versionId: `v-${o.id}`, file: `${o.id}.txt`, url: null, title: null,
      outlet: { name: o.id, domain: null, kind: "newspaper", country: null },
      publishedAt: o.page ?? "2024-01-02", eventDate: o.event ?? "2024-01-02", language: "en", credits, text: QUOTE,
    });
    mentions.set(`m-${o.id}`, {
      id: `m-${o.id}`, articleId: `a-${o.id}`, localId: "q1", text: QUOTE, start: 0, end: QUOTE.length, kind: "direct",
      speaker: null, cue: null, repeatOf: null, confidence: 1, rule: "test",
      source: o.source ? { name: o.source, mention: `according to ${o.source}`, start: 0, end: 1, scope: "sentence" } : null,
    });
    members.push({ mentionId: `m-${o.id}`, variantId: "v", link: o.link ?? (i === 0 ? "canonical" : "verbatim"), fidelity: 1, similarity: 1, changes: o.changes ?? [] });
  });
  const family: QuoteFamily = { id: "qf", speaker: null, canonicalMentionId: "m-A", canonicalVariantId: "v", variants: [], members };
  const flags = flagOccurrences(family, { articles, mentions, origin });
  return (id: string) => flags[`m-${id}`];
}

const larger: Change = { type: "substitution", from: "wider", to: "larger", severity: "medium" };
const spelling: Change = { type: "spelling", from: "organization", to: "organisation", severity: "low" };

describe("flagOccurrences (issue 13 definitions)", () => {
  it("source-dropped: no source while another outlet names one, whatever the wording", () => {
    const flags = flag([{ id: "A", source: "Reuters" }, { id: "B" }, { id: "C", link: "variant", changes: [larger] }]);
    expect(flags("A")).toEqual([]);
    expect(flags("B")).toEqual(["source-dropped"]);
    expect(flags("C")).toContain("source-dropped");
  });

  it("regression: an article credited as a whole by its wire dateline is not source-dropped", () => {
    const flags = flag([{ id: "A", source: "Reuters" }, { id: "B", credits: ["wire"] }]);
    expect(flags("B")).toEqual([]);
  });

  it("no flag when no occurrence names a source", () => {
    const flags = flag([{ id: "A" }, { id: "B" }], null);
    expect(flags("A")).toEqual([]);
    expect(flags("B")).toEqual([]);
  });

  it("altered-and-uncredited: drift and no source", () => {
    const flags = flag([{ id: "A", source: "Reuters" }, { id: "B", link: "variant", changes: [larger] }, { id: "C", link: "variant", changes: [spelling] }]);
    expect(flags("B")).toEqual(["source-dropped", "altered-and-uncredited"]);
    expect(flags("C")).toEqual(["source-dropped"]); // a spelling variant is not an alteration
  });

  it("altered-under-same-source only for drift, not for low classes", () => {
    const flags = flag([
      { id: "A", source: "Reuters" },
      { id: "B", source: "Reuters", link: "variant", changes: [larger] },
      { id: "C", source: "Reuters", link: "variant", changes: [spelling] },
      { id: "D", source: "Reuters", link: "partial", changes: [{ type: "truncation", from: "to talk", to: "...", severity: "medium" }] },
    ]);
    expect(flags("B")).toEqual(["altered-under-same-source"]);
    expect(flags("C")).toEqual([]);
    expect(flags("D")).toEqual([]); // the cut of a partial quote is its own, not drift
  });

  it("source-changed: credits another source than the origin", () => {
    expect(flag([{ id: "A", source: "Reuters" }, { id: "B", source: "Reuters" }, { id: "C", source: "AP" }])("C")).toEqual(["source-changed"]);
  });

  it("predates-source: printed before the outlet it credits", () => {
    const flags = flag([{ id: "Reuters", page: "2024-01-05", event: "2024-01-05" }, { id: "B", source: "Reuters", page: "2024-01-03", event: "2024-01-03" }]);
    expect(flags("B")).toContain("predates-source");
  });

  it("page-date-mismatch: page more than 7 days after the event", () => {
    expect(flag([{ id: "A", page: "2024-02-20", event: "2024-01-02" }])("A")).toEqual(["page-date-mismatch"]);
  });
});

describe("the flag table is the one vocabulary", () => {
  const names = OCCURRENCE_FLAGS.map((row) => row.flag);
  const root = new URL("../../", import.meta.url);
  it("every flag has a one-line definition", () => {
    for (const row of OCCURRENCE_FLAGS) expect(row.definition, row.flag).toMatch(/^[a-z][^\n]+$/);
  });
  it("schemas/report.schema.json's flag enum lists the table's flags, in its order", () => {
    const schema = JSON.parse(readFileSync(new URL("schemas/report.schema.json", root), "utf8")) as { definitions: { flag: { enum: string[] } } };
    expect(schema.definitions.flag.enum).toEqual(names);
  });
  it("the Prisma enum FlagType stores the table's flags, and a migration adds each", () => {
    const prisma = readFileSync(new URL("prisma/schema.prisma", root), "utf8");
    const body = /^enum FlagType \{([^}]*)\}/m.exec(prisma)?.[1] ?? "";
    const stored = body.split("\n").map((l) => /@map\("([^"]+)"\)/.exec(l)?.[1]).filter((v): v is string => v !== undefined);
    expect(stored).toEqual(names);
    const migration = readFileSync(new URL("prisma/migrations/20261202300000_drift_classes_and_flags/migration.sql", root), "utf8");
    expect(migration).toContain(`ALTER TYPE "FlagType" ADD VALUE IF NOT EXISTS 'altered-and-uncredited'`);
  });
  it("the README lists every flag with its definition", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    for (const row of OCCURRENCE_FLAGS) expect(readme, row.flag).toContain(`| \`${row.flag}\` | ${row.definition} |`);
  });
});
