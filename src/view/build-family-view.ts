import type { Corpus, CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { Change, ChangeType, FamilySpeakerVote, LinkType, MatchResult, QuoteFamily, Severity } from "../model/family.ts";
import { countFamilySpeakers } from "../provenance/count-family-speakers.ts";
import type { ChainLink, FamilyProvenance, FirstAppearance, OccurrenceFlag } from "../model/provenance.ts";
import type { QuoteKind, SourceScope } from "../model/quote.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import { nameArticleFile } from "../provenance/name-article-file.ts";
import { pickArticleDate } from "../provenance/pick-article-date.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { compareDates } from "../model/compare-dates.ts";
import { isQuoteDrift } from "../drift/is-quote-drift.ts";
import { chooseReferenceWording, type ReferenceCandidate } from "../drift/choose-reference-wording.ts";
import { computeWordDiff, type DiffSegment } from "./compute-word-diff.ts";
import { rankSeverity } from "./rank-severity.ts";

/** What a view is built from: the corpus, its families and their provenance. */
export interface ViewInput {
  corpus: Corpus;
  match: MatchResult;
  provenance: FamilyProvenance[];
}

export interface FamilyView {
  id: string;
  speaker: string | null;
  /** every distinct speaker the members name, most members first, with who disagrees (countFamilySpeakers) */
  speakers: FamilySpeakerVote[];
  setting: string | null;
  origin: string | null;
  spread: number;
  mentionCount: number;
  /** highest severity among changes to the quoted words (isQuoteDrift), null when none */
  maxSeverity: Severity | null;
  /** the reference wording every change is measured from, and why it was chosen */
  canonical: {
    mentionId: string; articleId: string; variantId: string; text: string;
    outlet: string | null; publishedAt: string | null; date: string | null;
    reason: string;
  };
  firstAppearance: FirstAppearance;
  chain: ChainLink[];
  outlets: string[];
  changeClasses: { type: ChangeType; severity: Severity; count: number }[];
  flagCounts: { flag: OccurrenceFlag; count: number }[];
  variants: VariantView[];
  occurrences: OccurrenceView[];
}

export interface VariantView {
  id: string;
  text: string;
  normalised: string;
  isCanonical: boolean;
  /** every carrier is a paraphrase: shown with its similarity, without a word diff or changes */
  isParaphrase: boolean;
  fidelity: number;
  similarity: number;
  changes: Change[];
  diff: DiffSegment[];
  mentionIds: string[];
  outlets: string[];
}

export interface OccurrenceView {
  mentionId: string;
  articleId: string;
  outlet: string | null;
  url: string | null;
  /** the article's file relative to the corpus root (nameArticleFile), null when the corpus lacks the article */
  file: string | null;
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

/**
 * One family as reports and audits show it: its occurrences in timeline order (by page date) with their outlet,
 * dates, source, link, changes and flags; its variants with their word diff from the canonical
 * wording; change class counts and the highest drift severity (isQuoteDrift).
 */
export function buildFamilyView(
  family: QuoteFamily,
  provenance: FamilyProvenance | undefined,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
): FamilyView {
  const occurrences = viewOccurrences(family, provenance, articles, mentions);
  const outlets = unique(occurrences.map((o) => o.outlet).filter((o): o is string => o !== null));
  const canonicalVariant = family.variants.find((v) => v.id === family.canonicalVariantId) ?? family.variants[0];
  const canonicalMention = mentions.get(family.canonicalMentionId);
  const canonicalArticle = canonicalMention ? articles.get(canonicalMention.articleId) : undefined;
  const canonicalText = canonicalMention?.text ?? canonicalVariant?.text ?? "";
  const variants = viewVariants(family, occurrences, canonicalVariant?.text ?? canonicalText);
  const { changeClasses, maxSeverity } = countChanges(occurrences);
  const flagCounts = new Map<OccurrenceFlag, number>();
  for (const occurrence of occurrences) {
    for (const flag of occurrence.flags) flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + 1);
  }

  return {
    id: family.id,
    speaker: provenance?.speaker ?? family.speaker,
    speakers: countFamilySpeakers(family, articles, mentions),
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
      reason: explainReference(family, articles, mentions),
    },
    firstAppearance: provenance?.firstAppearance ?? { articleId: "", mentionId: family.canonicalMentionId, outlet: null, date: null },
    chain: provenance?.chain ?? [],
    outlets,
    changeClasses,
    flagCounts: [...flagCounts].map(([flag, count]) => ({ flag, count })).sort((a, b) => compareStrings(a.flag, b.flag)),
    variants,
    occurrences,
  };
}

/** The members the corpus holds, with their articles, in timeline order. */
function viewOccurrences(
  family: QuoteFamily,
  provenance: FamilyProvenance | undefined,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
): OccurrenceView[] {
  const occurrences: OccurrenceView[] = [];
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
      file: article ? nameArticleFile(article) : null,
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
      // a paraphrase is the outlet's own wording: its similarity says how near it is, a word list says nothing
      changes: member.link === "paraphrase" ? [] : member.changes,
      flags: provenance?.flags[member.mentionId] ?? [],
    });
  }
  // Timeline order: page date (undated last; what a reader saw when), then the event date, the
  // canonical mention first among equals, then the matcher's member order (date, mention id),
  // then mention id.
  const isCanonical = (o: OccurrenceView): number => (o.mentionId === family.canonicalMentionId ? 0 : 1);
  occurrences.sort((a, b) =>
    compareDates(a.publishedAt, b.publishedAt) || compareDates(a.eventDate, b.eventDate) || isCanonical(a) - isCanonical(b) ||
    (memberIndex.get(a.mentionId) ?? 0) - (memberIndex.get(b.mentionId) ?? 0) || compareStrings(a.mentionId, b.mentionId));
  return occurrences;
}

/** Each variant with its word diff from the canonical wording and its carriers; canonical first, then by fidelity. */
function viewVariants(family: QuoteFamily, occurrences: readonly OccurrenceView[], canonicalText: string): VariantView[] {
  const variants: VariantView[] = family.variants.map((variant) => {
    const carriers = occurrences.filter((o) => o.variantId === variant.id);
    const isCanonical = variant.id === family.canonicalVariantId;
    const isParaphrase = !isCanonical && carriers.length > 0 && carriers.every((o) => o.link === "paraphrase");
    return {
      id: variant.id,
      text: variant.text,
      normalised: variant.normalised,
      isCanonical,
      isParaphrase,
      fidelity: variant.fidelity,
      similarity: variant.similarity,
      changes: isParaphrase ? [] : variant.changes,
      diff: isParaphrase ? [{ op: "equal", text: variant.text }] : computeWordDiff(canonicalText, variant.text),
      mentionIds: carriers.map((o) => o.mentionId),
      outlets: unique(carriers.map((o) => o.outlet).filter((o): o is string => o !== null)),
    };
  });
  return variants.sort((a, b) => Number(b.isCanonical) - Number(a.isCanonical) || b.fidelity - a.fidelity || compareStrings(a.id, b.id));
}

/** Changes counted by class and severity (most severe first), and the highest drift severity (isQuoteDrift). */
function countChanges(occurrences: readonly OccurrenceView[]): Pick<FamilyView, "changeClasses" | "maxSeverity"> {
  const changeCounts = new Map<string, { type: ChangeType; severity: Severity; count: number }>();
  let maxSeverity: Severity | null = null;
  for (const occurrence of occurrences) {
    for (const change of occurrence.changes) {
      const key = `${change.type}\u0000${change.severity}`;
      const entry = changeCounts.get(key);
      if (entry) entry.count++;
      else changeCounts.set(key, { type: change.type, severity: change.severity, count: 1 });
      if (isQuoteDrift(occurrence.link, change) && rankSeverity(change.severity) > rankSeverity(maxSeverity)) maxSeverity = change.severity;
    }
  }
  const changeClasses = [...changeCounts.values()].sort((a, b) =>
    rankSeverity(b.severity) - rankSeverity(a.severity) || b.count - a.count || compareStrings(a.type, b.type));
  return { changeClasses, maxSeverity };
}

/**
 * Why the family's canonical mention is its reference wording (chooseReferenceWording over the
 * members the corpus holds, as the matcher saw them). A family saved by an older rule may have
 * another reference: then the reason says so rather than explain a choice that was not made.
 */
function explainReference(
  family: QuoteFamily,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
): string {
  const candidates: ReferenceCandidate[] = [];
  for (const member of family.members) {
    const mention = mentions.get(member.mentionId);
    const article = mention ? articles.get(mention.articleId) : undefined;
    if (!mention || !article) continue;
    candidates.push({
      id: mention.id, text: mention.text, kind: mention.kind, repeat: mention.repeatOf !== null,
      outlet: article.outlet?.name ?? null, source: mention.source?.name ?? null,
      articleCredits: article.credits.map((c) => c.name),
      date: article.eventDate ?? article.publishedAt, pageDate: article.publishedAt,
    });
  }
  if (candidates.length === 0) return "its mentions are not in the corpus";
  const choice = chooseReferenceWording(candidates);
  return choice.id === family.canonicalMentionId
    ? choice.reason
    : "chosen when the family was last matched, by an earlier rule (`quotetrail match --rebuild` chooses again)";
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
