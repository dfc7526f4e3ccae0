import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilyMember, LinkType, QuoteFamily } from "../model/family.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";
import { countDaysBetween } from "./count-days-between.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "./name-outlet.ts";

export interface FlagOccurrencesOptions {
  articles: ReadonlyMap<string, CorpusArticle>;
  mentions: ReadonlyMap<string, CorpusMention>;
  /** the family's attributed origin (canonical name), null when none */
  origin: string | null;
  /** page date may trail the event date by this many days before `page-date-mismatch` (default 7) */
  pageDateToleranceDays?: number;
}

/** Links whose wording equals the canonical variant's (typography, case and whitespace aside). */
const CANONICAL_WORDING: ReadonlySet<LinkType> = new Set(["canonical", "verbatim", "normalised-equal"]);
const FLAG_ORDER: readonly OccurrenceFlag[] = [
  "source-dropped", "source-changed", "altered-under-same-source", "predates-source", "page-date-mismatch",
];

/**
 * Per-occurrence flags (issue 5 vocabulary), keyed by mention id in member order; every member
 * gets an entry, empty when nothing is flagged. Only quote-level sources count as "credits":
 * an article-level wire credit says where the article came from, not who this quote is from.
 * - source-dropped: same wording (verbatim / normalised-equal / canonical, or the same variant) as
 *   an occurrence that credits a source, but credits none itself;
 * - source-changed: credits a source other than the family's origin;
 * - altered-under-same-source: link `variant` while crediting the family's origin;
 * - predates-source: its article's page date is before the earliest occurrence of this family
 *   published by an outlet it credits (quote-level source or article-level credit), when that
 *   outlet carries the family in the corpus. Page dates (publication), not event dates, are
 *   compared: the question is who printed it first;
 * - page-date-mismatch: page date more than 7 days after the event date.
 */
export function flagOccurrences(family: QuoteFamily, options: FlagOccurrencesOptions): Record<string, OccurrenceFlag[]> {
  const tolerance = options.pageDateToleranceDays ?? 7;
  const originKey = options.origin === null ? null : makeNameKey(options.origin);
  const wordingKey = (member: FamilyMember): string =>
    CANONICAL_WORDING.has(member.link) ? "\u0000canonical" : member.variantId;

  const creditedWordings = new Set<string>();
  const earliestByOutlet = new Map<string, string>();
  for (const member of family.members) {
    const mention = options.mentions.get(member.mentionId);
    if (mention?.source) creditedWordings.add(wordingKey(member));
    const article = mention ? options.articles.get(mention.articleId) : undefined;
    const date = article ? (article.publishedAt ?? article.eventDate) : null;
    if (article && date) {
      const key = makeNameKey(nameOutlet(article));
      const known = earliestByOutlet.get(key);
      if (known === undefined || date < known) earliestByOutlet.set(key, date);
    }
  }

  const flags: Record<string, OccurrenceFlag[]> = {};
  for (const member of family.members) {
    const mention = options.mentions.get(member.mentionId);
    const article = mention ? options.articles.get(mention.articleId) : undefined;
    const found = new Set<OccurrenceFlag>();
    const sourceKey = mention?.source ? makeNameKey(mention.source.name) : null;

    if (sourceKey === null && creditedWordings.has(wordingKey(member))) found.add("source-dropped");
    if (sourceKey !== null && originKey !== null && sourceKey !== originKey) found.add("source-changed");
    if (sourceKey !== null && sourceKey === originKey && member.link === "variant") found.add("altered-under-same-source");

    if (article) {
      const ownDate = article.publishedAt ?? article.eventDate;
      const credited = new Set<string>();
      if (sourceKey !== null) credited.add(sourceKey);
      for (const credit of article.credits) credited.add(makeNameKey(credit.name));
      credited.delete(makeNameKey(nameOutlet(article)));
      for (const key of credited) {
        const earliest = earliestByOutlet.get(key);
        if (ownDate && earliest !== undefined && ownDate < earliest) found.add("predates-source");
      }
      if (article.publishedAt && article.eventDate) {
        const days = countDaysBetween(article.eventDate, article.publishedAt);
        if (days !== null && days > tolerance) found.add("page-date-mismatch");
      }
    }
    flags[member.mentionId] = FLAG_ORDER.filter((flag) => found.has(flag));
  }
  return flags;
}
