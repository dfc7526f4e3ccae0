import { readArticles } from "./read-articles.ts";
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
  /** per-document size limit in bytes (io's default when undefined) */
  maxBytes?: number;
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
  for await (const item of readArticles(options)) {
    if ("rejected" in item) {
      errors.push(item.rejected);
      continue;
    }
    if ("message" in item) {
      messages.push(item.message);
      continue;
    }
    const { article } = item;
    const extraction = item.extraction ?? { credits: [], quotes: [], messages: [] };
    messages.push(...item.messages);
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
