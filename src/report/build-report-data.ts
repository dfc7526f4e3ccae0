import type { OutletKind } from "../model/article.ts";
import type { Corpus, CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { Change, ChangeType, LinkType, MatchResult, QuoteFamily, Severity } from "../model/family.ts";
import type { ChainLink, FamilyProvenance, FirstAppearance, OccurrenceFlag } from "../model/provenance.ts";
import type { QuoteKind, SourceScope } from "../model/quote.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import { pickArticleDate } from "../provenance/pick-article-date.ts";
import { computeWordDiff, type DiffSegment } from "./compute-word-diff.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { compareDates } from "../model/compare-dates.ts";
import { isQuoteDrift } from "./is-quote-drift.ts";

/** What the report stage reads: the corpus, its families, their provenance and the clock. */
export interface ReportInput {
  corpus: Corpus;
  match: MatchResult;
  provenance: FamilyProvenance[];
  /** ISO timestamp written into the reports (injected: the stage reads no clock) */
  generatedAt: string;
}

/** The report model: exactly what report.json holds (see schemas/report.schema.json). */
export interface ReportData {
  schemaVersion: 1;
  generatedAt: string;
  summary: { articles: number; outlets: number; mentions: number; families: number };
  families: FamilyReport[];
  outlets: OutletSummary[];
  origins: OriginSummary[];
  speakers: SpeakerSummary[];
}

export interface FamilyReport {
  id: string;
  rank: number;
  speaker: string | null;
  setting: string | null;
  origin: string | null;
  spread: number;
  mentionCount: number;
  /** highest severity among changes to the quoted words (isQuoteDrift), null when none */
  maxSeverity: Severity | null;
  canonical: {
    mentionId: string; articleId: string; variantId: string; text: string;
    outlet: string | null; publishedAt: string | null; date: string | null;
  };
  firstAppearance: FirstAppearance;
  chain: ChainLink[];
  outlets: string[];
  changeClasses: { type: ChangeType; severity: Severity; count: number }[];
  flagCounts: { flag: OccurrenceFlag; count: number }[];
  variants: VariantReport[];
  occurrences: OccurrenceReport[];
}

export interface VariantReport {
  id: string;
  text: string;
  normalised: string;
  isCanonical: boolean;
  fidelity: number;
  similarity: number;
  changes: Change[];
  diff: DiffSegment[];
  mentionIds: string[];
  outlets: string[];
}

export interface OccurrenceReport {
  mentionId: string;
  articleId: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  eventDate: string | null;
  date: string | null;
  text: string;
  kind: QuoteKind;
  link: LinkType;
  variantId: string;
  speaker: string | null;
  source: { name: string; mention: string; scope: SourceScope } | null;
  similarity: number;
  fidelity: number;
  changes: Change[];
  flags: OccurrenceFlag[];
}

export interface OutletSummary {
  name: string;
  domain: string | null;
  kind: OutletKind;
  country: string | null;
  articles: number;
  families: number;
  mentions: number;
  /** mentions with a medium or high change to the quoted words (isQuoteDrift) */
  alteredMentions: number;
  flaggedMentions: number;
}

export interface OriginSummary { name: string; families: number; creditingMentions: number }
export interface SpeakerSummary { name: string; families: number; mentions: number }

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/**
 * Assembles the report model from the stage inputs (pure, deterministic): families ranked by
 * spread (distinct outlets), then highest drift severity, then mention count, then id; outlets,
 * origins and speakers sorted by weight then name. Mentions the corpus lacks are skipped.
 */
export function buildReportData(input: ReportInput): ReportData {
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));
  const provenance = new Map<string, FamilyProvenance>(input.provenance.map((p) => [p.familyId, p]));

  const families = input.match.families.map((family) =>
    buildFamily(family, provenance.get(family.id), articles, mentions));
  families.sort((a, b) =>
    b.spread - a.spread ||
    severityRank(b.maxSeverity) - severityRank(a.maxSeverity) ||
    b.mentionCount - a.mentionCount ||
    compareStrings(a.id, b.id));
  families.forEach((family, index) => { family.rank = index + 1; });

  const outletNames = new Set(input.corpus.articles.map((a) => nameOutlet(a)));
  return {
    schemaVersion: 1,
    generatedAt: input.generatedAt,
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

function buildFamily(
  family: QuoteFamily,
  provenance: FamilyProvenance | undefined,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
): FamilyReport {
  const occurrences: OccurrenceReport[] = [];
  const memberIndex = new Map<string, number>();
  for (const member of family.members) {
    memberIndex.set(member.mentionId, memberIndex.size);
    const mention = mentions.get(member.mentionId);
    if (!mention) continue;
    const article = articles.get(mention.articleId);
    occurrences.push({
      mentionId: mention.id,
      articleId: mention.articleId,
      outlet: article ? nameOutlet(article) : null,
      url: article?.url ?? null,
      title: article?.title ?? null,
      publishedAt: article?.publishedAt ?? null,
      eventDate: article?.eventDate ?? null,
      date: pickArticleDate(article),
      text: mention.text,
      kind: mention.kind,
      link: member.link,
      variantId: member.variantId,
      speaker: mention.speaker?.name ?? null,
      source: mention.source ? { name: mention.source.name, mention: mention.source.mention, scope: mention.source.scope } : null,
      similarity: member.similarity,
      fidelity: member.fidelity,
      changes: member.changes,
      flags: provenance?.flags[member.mentionId] ?? [],
    });
  }
  // Timeline order: date (undated last), the canonical mention first among equals, then the
  // matcher's member order (date, mention id), then mention id.
  const isCanonical = (o: OccurrenceReport): number => (o.mentionId === family.canonicalMentionId ? 0 : 1);
  occurrences.sort((a, b) =>
    compareDates(a.date, b.date) || isCanonical(a) - isCanonical(b) ||
    (memberIndex.get(a.mentionId) ?? 0) - (memberIndex.get(b.mentionId) ?? 0) || compareStrings(a.mentionId, b.mentionId));

  const outlets = unique(occurrences.map((o) => o.outlet).filter((o): o is string => o !== null));
  const canonicalVariant = family.variants.find((v) => v.id === family.canonicalVariantId) ?? family.variants[0];
  const canonicalMention = mentions.get(family.canonicalMentionId);
  const canonicalArticle = canonicalMention ? articles.get(canonicalMention.articleId) : undefined;
  const canonicalText = canonicalMention?.text ?? canonicalVariant?.text ?? "";

  const variants: VariantReport[] = family.variants.map((variant) => {
    const carriers = occurrences.filter((o) => o.variantId === variant.id);
    const isCanonical = variant.id === family.canonicalVariantId;
    return {
      id: variant.id,
      text: variant.text,
      normalised: variant.normalised,
      isCanonical,
      fidelity: variant.fidelity,
      similarity: variant.similarity,
      changes: variant.changes,
      diff: computeWordDiff(canonicalVariant?.text ?? canonicalText, variant.text),
      mentionIds: carriers.map((o) => o.mentionId),
      outlets: unique(carriers.map((o) => o.outlet).filter((o): o is string => o !== null)),
    };
  });
  variants.sort((a, b) => Number(b.isCanonical) - Number(a.isCanonical) || b.fidelity - a.fidelity || compareStrings(a.id, b.id));

  const changeCounts = new Map<string, { type: ChangeType; severity: Severity; count: number }>();
  let maxSeverity: Severity | null = null;
  for (const occurrence of occurrences) {
    for (const change of occurrence.changes) {
      const key = `${change.type}\u0000${change.severity}`;
      const entry = changeCounts.get(key);
      if (entry) entry.count++;
      else changeCounts.set(key, { type: change.type, severity: change.severity, count: 1 });
      if (isQuoteDrift(occurrence.link, change) && severityRank(change.severity) > severityRank(maxSeverity)) maxSeverity = change.severity;
    }
  }
  const flagCounts = new Map<OccurrenceFlag, number>();
  for (const occurrence of occurrences) {
    for (const flag of occurrence.flags) flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + 1);
  }

  return {
    id: family.id,
    rank: 0,
    speaker: provenance?.speaker ?? family.speaker,
    setting: provenance?.setting ?? null,
    origin: provenance?.origin ?? null,
    spread: outlets.length,
    mentionCount: occurrences.length,
    maxSeverity,
    canonical: {
      mentionId: family.canonicalMentionId,
      articleId: canonicalMention?.articleId ?? "",
      variantId: family.canonicalVariantId,
      text: canonicalText,
      outlet: canonicalArticle ? nameOutlet(canonicalArticle) : null,
      publishedAt: canonicalArticle?.publishedAt ?? null,
      date: pickArticleDate(canonicalArticle),
    },
    firstAppearance: provenance?.firstAppearance ?? { articleId: "", mentionId: family.canonicalMentionId, outlet: null, date: null },
    chain: provenance?.chain ?? [],
    outlets,
    changeClasses: [...changeCounts.values()].sort((a, b) =>
      severityRank(b.severity) - severityRank(a.severity) || b.count - a.count || compareStrings(a.type, b.type)),
    flagCounts: [...flagCounts].map(([flag, count]) => ({ flag, count })).sort((a, b) => compareStrings(a.flag, b.flag)),
    variants,
    occurrences,
  };
}

function summariseOutlets(articles: readonly CorpusArticle[], families: readonly FamilyReport[]): OutletSummary[] {
  const byKey = new Map<string, OutletSummary>();
  for (const article of [...articles].sort((a, b) => compareStrings(a.id, b.id))) {
    const name = nameOutlet(article);
    const key = makeNameKey(name);
    const entry = byKey.get(key) ?? {
      name, domain: article.outlet?.domain ?? null, kind: article.outlet?.kind ?? "unknown",
      country: article.outlet?.country ?? null,
      articles: 0, families: 0, mentions: 0, alteredMentions: 0, flaggedMentions: 0,
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
      if (occurrence.changes.some((c) => c.severity !== "low" && isQuoteDrift(occurrence.link, c))) entry.alteredMentions++;
      if (occurrence.flags.length > 0) entry.flaggedMentions++;
      carried.add(makeNameKey(occurrence.outlet));
    }
    for (const key of carried) {
      const entry = byKey.get(key);
      if (entry) entry.families++;
    }
  }
  return [...byKey.values()].sort((a, b) => b.families - a.families || b.articles - a.articles || compareStrings(a.name, b.name));
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
    const entry = byKey.get(key) ?? { name: family.speaker, families: 0, mentions: 0 };
    entry.families++;
    entry.mentions += family.mentionCount;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.families - a.families || b.mentions - a.mentions || compareStrings(a.name, b.name));
}

function severityRank(severity: Severity | null): number {
  return severity === null ? 0 : SEVERITY_RANK[severity];
}



function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = makeNameKey(value);
    if (!seen.has(key)) { seen.add(key); out.push(value); }
  }
  return out;
}
