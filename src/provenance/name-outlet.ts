import type { CorpusArticle } from "../model/corpus.ts";

/**
 * The display name of the outlet that published an article: its outlet name, else the host of
 * its URL (without "www."), else its file path. Never empty, so chains and reports always have a
 * node to point at.
 */
export function nameOutlet(article: Pick<CorpusArticle, "outlet" | "url" | "file">): string {
  const name = article.outlet?.name.trim();
  if (name) return name;
  if (article.url) {
    try {
      const host = new URL(article.url).hostname.replace(/^www\./i, "");
      if (host) return host;
    } catch {
      // not a URL: fall through to the file
    }
  }
  return article.file;
}
