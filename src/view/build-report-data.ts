import type { OutletKind } from "../model/article.ts";
import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { isAlteredOccurrence } from "./is-altered-occurrence.ts";
import { buildFamilyView, type FamilyView, type ViewInput } from "./build-family-view.ts";
import { rankSeverity } from "./rank-severity.ts";
import { makeSlugs } from "./make-slugs.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";

/** What the report stage reads: the corpus, its families, their provenance and the clock. */
export interface ReportInput extends ViewInput {
  /** ISO timestamp written into the reports (injected: the stage reads no clock) */
  generatedAt: string;
}

/** The report model: exactly what report.json holds (see schemas/report.schema.json). */
export interface ReportData {
  schemaVersion: 1;
  /** when the report was made (injected clock) */
  generatedAt: string;
  /** the latest page date in the corpus (YYYY-MM-DD), null when no article has one */
  corpusAsOf: string | null;
  summary: { articles: number; outlets: number; mentions: number; families: number };
  families: FamilyReport[];
  outlets: OutletSummary[];
  origins: OriginSummary[];
  speakers: SpeakerSummary[];
}

/** A family in the report: its view and its rank (1-based) on the index. */
export interface FamilyReport extends FamilyView {
  rank: number;
}

export interface OutletSummary {
  name: string;
  /** the outlet's page: outlets/<slug>.html / .md (makeSlugs) */
  slug: string;
  domain: string | null;
  kind: OutletKind;
  country: string | null;
  articles: number;
  families: number;
  mentions: number;
  /** mentions with a medium or high change to the quoted words (isQuoteDrift) */
  alteredMentions: number;
  flaggedMentions: number;
  /** its mentions' flags counted (in the order of OCCURRENCE_FLAGS' names, sorted) */
  flagCounts: { flag: OccurrenceFlag; count: number }[];
}

export interface OriginSummary { name: string; families: number; creditingMentions: number }
export interface SpeakerSummary {
  name: string;
  /** the speaker's page: speakers/<slug>.html / .md (makeSlugs) */
  slug: string;
  families: number;
  mentions: number;
}

/**
 * Assembles the report model from the stage inputs (pure, deterministic): families ranked by
 * spread (distinct outlets), then highest drift severity, then mention count, then id; outlets,
 * origins and speakers sorted by weight then name. Mentions the corpus lacks are skipped.
 * Each family is its view (buildFamilyView), the one the audit shows.
 */
export function buildReportData(input: ReportInput): ReportData {
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));
  const provenance = new Map<string, FamilyProvenance>(input.provenance.map((p) => [p.familyId, p]));

  const families = input.match.families.map((family): FamilyReport => {
    const { id, ...view } = buildFamilyView(family, provenance.get(family.id), articles, mentions);
    return { id, rank: 0, ...view }; // rank second, as report.json has always written it
  });
  families.sort((a, b) =>
    b.spread - a.spread ||
    rankSeverity(b.maxSeverity) - rankSeverity(a.maxSeverity) ||
    b.mentionCount - a.mentionCount ||
    compareStrings(a.id, b.id));
  families.forEach((family, index) => { family.rank = index + 1; });

  const outletNames = new Set(input.corpus.articles.map((a) => nameOutlet(a)));
  const pageDates = input.corpus.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null).sort();
  return {
    schemaVersion: 1,
    generatedAt: input.generatedAt,
    corpusAsOf: pageDates.at(-1) ?? null,
    summary: {
      articles: input.corpus.articles.length,
      outlets: outletNames.size,
      mentions: input.corpus.mentions.length,
      families: families.length,
    },
    families,
    outlets: summariseOutlets(input.corpus.articles, families),
    origins: summariseOrigins(families),
    speakers: summariseSpeakers(families),
  };
}

function summariseOutlets(articles: readonly CorpusArticle[], families: readonly FamilyReport[]): OutletSummary[] {
  const byKey = new Map<string, OutletSummary>();
  for (const article of [...articles].sort((a, b) => compareStrings(a.id, b.id))) {
    const name = nameOutlet(article);
    const key = makeNameKey(name);
    const entry = byKey.get(key) ?? {
      name, slug: "", domain: article.outlet?.domain ?? null, kind: article.outlet?.kind ?? "unknown",
      country: article.outlet?.country ?? null,
      articles: 0, families: 0, mentions: 0, alteredMentions: 0, flaggedMentions: 0, flagCounts: [],
    };
    entry.articles++;
    byKey.set(key, entry);
  }
  for (const family of families) {
    const carried = new Set<string>();
    for (const occurrence of family.occurrences) {
      if (occurrence.outlet === null) continue;
      const entry = byKey.get(makeNameKey(occurrence.outlet));
      if (!entry) continue;
      entry.mentions++;
      if (isAlteredOccurrence(occurrence)) entry.alteredMentions++;
      if (occurrence.flags.length > 0) entry.flaggedMentions++;
      for (const flag of occurrence.flags) {
        const counted = entry.flagCounts.find((c) => c.flag === flag);
        if (counted) counted.count++;
        else entry.flagCounts.push({ flag, count: 1 });
      }
      carried.add(makeNameKey(occurrence.outlet));
    }
    for (const key of carried) {
      const entry = byKey.get(key);
      if (entry) entry.families++;
    }
  }
  const outlets = [...byKey.values()].sort((a, b) => b.families - a.families || b.articles - a.articles || compareStrings(a.name, b.name));
  const slugs = makeSlugs(outlets.map((o) => o.name));
  for (const outlet of outlets) {
    outlet.slug = slugs.get(makeNameKey(outlet.name)) ?? "";
    outlet.flagCounts.sort((a, b) => compareStrings(a.flag, b.flag));
  }
  return outlets;
}

function summariseOrigins(families: readonly FamilyReport[]): OriginSummary[] {
  const byKey = new Map<string, OriginSummary>();
  for (const family of families) {
    if (family.origin !== null) {
      const key = makeNameKey(family.origin);
      const entry = byKey.get(key) ?? { name: family.origin, families: 0, creditingMentions: 0 };
      entry.families++;
      byKey.set(key, entry);
    }
  }
  for (const family of families) {
    for (const occurrence of family.occurrences) {
      const entry = occurrence.source ? byKey.get(makeNameKey(occurrence.source.name)) : undefined;
      if (entry) entry.creditingMentions++;
    }
  }
  return [...byKey.values()].sort((a, b) => b.families - a.families || b.creditingMentions - a.creditingMentions || compareStrings(a.name, b.name));
}

function summariseSpeakers(families: readonly FamilyReport[]): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  for (const family of families) {
    if (family.speaker === null) continue;
    const key = makeNameKey(family.speaker);
    const entry = byKey.get(key) ?? { name: family.speaker, slug: "", families: 0, mentions: 0 };
    entry.families++;
    entry.mentions += family.mentionCount;
    byKey.set(key, entry);
  }
  const speakers = [...byKey.values()].sort((a, b) => b.families - a.families || b.mentions - a.mentions || compareStrings(a.name, b.name));
  const slugs = makeSlugs(speakers.map((sp) => sp.name));
  for (const speaker of speakers) speaker.slug = slugs.get(makeNameKey(speaker.name)) ?? "";
  return speakers;
}
