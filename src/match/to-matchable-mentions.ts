import type { Corpus } from "../model/corpus.ts";
import type { MatchableMention } from "../model/family.ts";

/**
 * The matcher's view of a stored corpus: each mention with its article's earliest known date
 * (event date, else page date), outlet name and article-level credit names. Mentions whose
 * article is missing from the corpus are skipped. Order follows `corpus.mentions`.
 */
export function toMatchableMentions(corpus: Corpus): MatchableMention[] {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const out: MatchableMention[] = [];
  for (const m of corpus.mentions) {
    const article = articles.get(m.articleId);
    if (article === undefined) continue;
    out.push({
      id: m.id,
      articleId: m.articleId,
      outlet: article.outlet?.name ?? null,
      date: article.eventDate ?? article.publishedAt,
      pageDate: article.publishedAt,
      text: m.text,
      kind: m.kind,
      speaker: m.speaker?.name ?? null,
      speakerType: m.speaker?.type ?? null,
      // a floating quote is credited to the last speaker named before it: nothing is written at it
      speakerMention: m.rule.includes(".floating") ? "" : m.speaker?.mention ?? null,
      source: m.source?.name ?? null,
      articleCredits: article.credits.map((c) => c.name),
      repeatOf: m.repeatOf,
    });
  }
  return out;
}
