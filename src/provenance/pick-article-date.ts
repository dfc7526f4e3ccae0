import type { CorpusArticle } from "../model/corpus.ts";

/**
 * The date an article's statement is placed at: the event date where known, else the page date
 * (YYYY-MM-DD, so plain string comparison orders them). Null when neither is known.
 */
export function pickArticleDate(article: Pick<CorpusArticle, "eventDate" | "publishedAt"> | undefined): string | null {
  if (!article) return null;
  return article.eventDate ?? article.publishedAt ?? null;
}
