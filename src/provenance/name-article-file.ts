import type { CorpusArticle } from "../model/corpus.ts";

/**
 * The name an article's file is shown by: its path relative to the corpus root as ingest saw it
 * (`corpusPath`, "sub/000.txt", "dump.jsonl#L3"), else the bare name of the stored file (rows
 * stored before the corpus path was kept). Never a folder outside the corpus: reports are shared,
 * folders are private.
 */
export function nameArticleFile(article: Pick<CorpusArticle, "file" | "corpusPath">): string {
  if (article.corpusPath) return article.corpusPath;
  return article.file.split(/[\\/]/).pop() ?? "";
}
