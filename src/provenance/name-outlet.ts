import type { CorpusArticle } from "../model/corpus.ts";
import { nameArticleFile } from "./name-article-file.ts";

/**
 * The display name of the outlet that published an article: its outlet name, else the host of
 * its URL (without "www."), else "unknown outlet" and the file's name ("unknown outlet
 * (000.txt)", nameArticleFile: never a private folder). Never empty, so chains
 * and reports always have a node to point at, and two unknown outlets stay apart.
 */
export function nameOutlet(article: Pick<CorpusArticle, "outlet" | "url" | "file" | "corpusPath">): string {
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
  const fileName = nameArticleFile(article);
  return fileName === "" ? "unknown outlet" : `unknown outlet (${fileName})`;
}
