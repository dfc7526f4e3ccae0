import type { OutletKind } from "../model/article.ts";
import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { buildFamilyView, type FamilyView, type ViewInput } from "./build-family-view.ts";
import { createReportTally } from "./tally-report.ts";
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
 * What the index pages need of a family (and all a report keeps of it while it streams):
 * FamilyReport has all of these.
 */
export interface FamilySummary {
  id: string;
  rank: number;
  speaker: string | null;
  spread: number;
  mentionCount: number;
  maxSeverity: FamilyView["maxSeverity"];
  origin: string | null;
  flagCounts: FamilyView["flagCounts"];
  outlets: string[];
  canonical: { text: string };
}

/** The report model with compact families: what the index pages and the page context read. */
export interface ReportIndex extends Omit<ReportData, "families"> {
  families: FamilySummary[];
}

/**
 * Assembles the report model from the stage inputs (pure, deterministic): families ranked by
 * spread (distinct outlets), then highest drift severity, then mention count, then id; outlets,
 * origins and speakers sorted by weight then name (createReportTally, which the streamed report
 * uses batch by batch). Mentions the corpus lacks are skipped. Each family is its view
 * (buildFamilyView), the one the audit shows.
 */
export function buildReportData(input: ReportInput): ReportData {
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));
  const provenance = new Map<string, FamilyProvenance>(input.provenance.map((p) => [p.familyId, p]));
  const tally = createReportTally(input.generatedAt);
  tally.addArticles([...input.corpus.articles].sort((a, b) => compareStrings(a.id, b.id)));
  const views = new Map<string, FamilyView>();
  for (const family of input.match.families) views.set(family.id, buildFamilyView(family, provenance.get(family.id), articles, mentions));
  tally.addFamilies([...views.values()]);
  const index = tally.finish(input.corpus.mentions.length);
  const families = index.families.map((summary): FamilyReport => {
    const { id, ...view } = views.get(summary.id)!;
    return { id, rank: summary.rank, ...view }; // rank second, as report.json has always written it
  });
  return { ...index, families };
}
