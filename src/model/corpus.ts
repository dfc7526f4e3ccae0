import type { OutletRef } from "./article.ts";
import type { MentionClues } from "./provenance.ts";
import type { ArticleCredit, CreditedSource, CueRef, QuoteKind, SpeakerRef } from "./quote.ts";

/**
 * The stored view of the corpus, as the store loads it for matching, provenance, reports and the
 * audit. Plain data; ids are stable (see make-stable-id.ts). Only the latest version of each
 * article takes part.
 */
export interface CorpusArticle {
  /** stable article id (same across versions) */
  id: string;
  /** id of the stored version these mentions come from */
  versionId: string;
  file: string;
  /**
   * the file's name relative to the corpus root as ingest saw it (SourceDocument.corpusPath);
   * null or absent for articles stored before it was kept (reports then show the bare file name)
   */
  corpusPath?: string | null;
  url: string | null;
  title: string | null;
  outlet: OutletRef | null;
  /** page date YYYY-MM-DD */
  publishedAt: string | null;
  /** event date YYYY-MM-DD */
  eventDate: string | null;
  language: string;
  credits: ArticleCredit[];
  /** the text mention offsets refer to */
  text: string;
}

export interface CorpusMention {
  /** stable mention id */
  id: string;
  articleId: string;
  /** "q1"... as extraction numbered it */
  localId: string;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: CueRef | null;
  source: CreditedSource | null;
  /** stable mention id of the mention this one repeats, if any */
  repeatOf: string | null;
  confidence: number;
  rule: string;
  /** provenance clues stored with the mention (null: stored before they were, computed when needed) */
  clues?: MentionClues | null;
}

export interface Corpus {
  /** sorted by id */
  articles: CorpusArticle[];
  /** sorted by (articleId, start, end) */
  mentions: CorpusMention[];
}
