import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilyMember, QuoteFamily } from "../model/family.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";
import { countDaysBetween } from "./count-days-between.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "./name-outlet.ts";
import { OCCURRENCE_FLAGS } from "./occurrence-flags.ts";
import { getChangeClass } from "../drift/change-classes.ts";
import { isQuoteDrift } from "../drift/is-quote-drift.ts";

export interface FlagOccurrencesOptions {
  articles: ReadonlyMap<string, CorpusArticle>;
  mentions: ReadonlyMap<string, CorpusMention>;
  /** the family's attributed origin (canonical name), null when none */
  origin: string | null;
  /** page date may trail the event date by this many days before `page-date-mismatch` (default 7) */
  pageDateToleranceDays?: number;
}

/**
 * Per-occurrence flags (the table src/provenance/occurrence-flags.ts, in its order), keyed by
 * mention id in member order; every member gets an entry, empty when nothing is flagged.
 * - source-dropped: its article names no source for the quote — none of the family's mentions in
 *   that article credits one, and the article has no article-level credit (a wire dateline
 *   "(EFE)", a wire byline, an "Original News" link) — while another article of the family does,
 *   whatever the wordings. An agency named elsewhere in the article credits other words, not these;
 * - source-changed: credits a source other than the family's origin;
 * - altered-under-same-source: credits the family's origin and carries drift (a change of a class
 *   that `isDrift` in change-classes.ts and that isQuoteDrift counts for its link);
 * - predates-source: its article's page date is before the earliest occurrence of this family
 *   published by an outlet it credits (quote-level source or article-level credit), when that
 *   outlet carries the family in the corpus. Page dates (publication), not event dates, are
 *   compared: the question is who printed it first;
 * - page-date-mismatch: page date more than 7 days after the event date;
 * - altered-and-uncredited: source-dropped and carries drift.
 */
export function flagOccurrences(family: QuoteFamily, options: FlagOccurrencesOptions): Record<string, OccurrenceFlag[]> {
  const tolerance = options.pageDateToleranceDays ?? 7;
  const originKey = options.origin === null ? null : makeNameKey(options.origin);

  const creditingArticles = new Set<string>();
  const earliestByOutlet = new Map<string, string>();
  for (const member of family.members) {
    const mention = options.mentions.get(member.mentionId);
    const article = mention ? options.articles.get(mention.articleId) : undefined;
    if (mention) {
      if (mention.source || (article !== undefined && article.credits.length > 0)) creditingArticles.add(mention.articleId);
    }
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

    const drift = carriesDrift(member);
    const uncredited = mention !== undefined && !creditingArticles.has(mention.articleId) && creditingArticles.size > 0;
    if (uncredited) found.add("source-dropped");
    if (uncredited && drift) found.add("altered-and-uncredited");
    if (sourceKey !== null && originKey !== null && sourceKey !== originKey) found.add("source-changed");
    if (sourceKey !== null && sourceKey === originKey && drift) found.add("altered-under-same-source");

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

const FLAG_ORDER: readonly OccurrenceFlag[] = OCCURRENCE_FLAGS.map((row) => row.flag);

/** A change to the quoted words themselves (not typography, spelling and the like; not an excerpt's cut, not a paraphrase). */
function carriesDrift(member: FamilyMember): boolean {
  return member.changes.some((c) => getChangeClass(c.type).isDrift && isQuoteDrift(member.link, c));
}
