import { readInputs } from "../io/read-inputs.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import { extractQuotes } from "../extract/extract-quotes.ts";
import type { ParsedArticle } from "../model/article.ts";
import type { ArticleMessage, RejectedInput } from "../model/message.ts";
import type { ExtractionResult } from "../model/quote.ts";

export interface ReadArticlesOptions {
  paths: string[];
  /** read only these files of `paths` (see readInputs' `select`) */
  select?: ReadonlySet<string> | undefined;
  manifestPath?: string | undefined;
  cwd: string;
  /** per-document size limit in bytes (io's default when undefined) */
  maxBytes?: number | undefined;
}

/** What the read -> parse -> extract loop yields, in input order. */
export type ReadArticleItem =
  /** an article, its extraction (null when not mined) and its messages worth showing ("<file>: <severity>: <message>") */
  | { article: ParsedArticle; extraction: ExtractionResult | null; messages: string[] }
  | { rejected: RejectedInput }
  /** a problem with an input that was still read (a repaired character, a manifest entry without its file) */
  | { message: string };

/**
 * The one read -> parse -> extract loop of ingest and extract: reads the inputs, runs the pure
 * ingest and extraction stages on each article, and passes on rejections and warnings. One filter
 * decides which messages are shown: warnings and errors (info messages stay in the article).
 */
export async function* readArticles(options: ReadArticlesOptions): AsyncGenerator<ReadArticleItem> {
  for await (const item of readInputs(options.paths, {
    manifestPath: options.manifestPath,
    cwd: options.cwd,
    ...(options.select ? { select: options.select } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  })) {
    if ("listed" in item) {
      continue; // only when listing (readInputs' listOnly), which this loop never asks for
    } else if ("rejected" in item) {
      yield item;
    } else if ("warning" in item) {
      yield { message: `${item.warning.file}: warning: ${item.warning.message}` };
    } else {
      const article = parseArticle(item.document, { manifest: item.manifest });
      const extraction = article.mined ? extractQuotes(article) : null;
      const messages = [...article.messages, ...(extraction?.messages ?? [])]
        .filter(isShown)
        .map((message) => `${article.file}: ${message.severity}: ${message.message}`);
      yield { article, extraction, messages };
    }
  }
}

function isShown(message: ArticleMessage): boolean {
  return message.severity !== "info";
}
