import { readInputs } from "../io/read-inputs.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import { extractQuotes } from "../extract/extract-quotes.ts";
import type { ArticleCredit, ExtractedQuote } from "../model/quote.ts";
import type { RejectedInput } from "../model/message.ts";

/** One article in the `extract --json` contract (issue 3). Field order is part of the contract. */
export interface ExtractedArticleDocument {
  file: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  eventDate: string | null;
  language: string;
  credits: ArticleCredit[];
  /** only for non-.txt inputs: the text offsets refer to */
  body?: string;
  quotes: ExtractedQuote[];
}

export interface ExtractionDocument {
  articles: ExtractedArticleDocument[];
  errors: RejectedInput[];
}

export interface ExtractFilesOptions {
  paths: string[];
  manifestPath?: string;
  cwd: string;
}

export interface ExtractFilesResult {
  document: ExtractionDocument;
  errors: RejectedInput[];
  /** human-readable notes for stderr ("<file>: <message>") */
  messages: string[];
}

/** Reads files, runs ingest + extraction (no database) and builds the contract document. */
export async function extractFiles(options: ExtractFilesOptions): Promise<ExtractFilesResult> {
  const articles: ExtractedArticleDocument[] = [];
  const errors: RejectedInput[] = [];
  const messages: string[] = [];
  for await (const item of readInputs(options.paths, { manifestPath: options.manifestPath, cwd: options.cwd })) {
    if ("rejected" in item) {
      errors.push(item.rejected);
      continue;
    }
    const article = parseArticle(item.document, { manifest: item.manifest });
    const extraction = article.mined
      ? extractQuotes(article)
      : { credits: [], quotes: [], messages: [] };
    for (const message of [...article.messages, ...extraction.messages]) {
      if (message.severity !== "info") messages.push(`${article.file}: ${message.severity}: ${message.message}`);
    }
    const doc: ExtractedArticleDocument = {
      file: article.file,
      title: article.title?.value ?? null,
      outlet: article.outlet?.name ?? null,
      publishedAt: article.publishedAt?.value ?? null,
      eventDate: article.eventDate?.value ?? null,
      language: article.language,
      credits: extraction.credits,
      quotes: extraction.quotes,
    };
    if (article.format !== "txt") {
      const { quotes, ...head } = doc;
      articles.push({ ...head, body: article.text, quotes });
    } else {
      articles.push(doc);
    }
  }
  return { document: { articles, errors }, errors, messages };
}
