import type { ArticleMessage } from "./message.ts";

/** All offsets: JavaScript string indices into ParsedArticle.text, end exclusive. */

export type QuoteKind = "direct" | "partial" | "indirect";

export type CreditKind = "wire" | "credit-line" | "original-link";

export interface ArticleCredit {
  /** canonical agency / outlet name from the lexicon ("EFE", "TASS") or the linked site's name */
  name: string;
  /** surface text, e.g. "(EFE)", "Original News:", "h/t: The Hill" */
  mention: string;
  kind: CreditKind;
  start: number;
  end: number;
  /** linked URL for original-link credits */
  url?: string | null;
}

export type SpeakerType = "person" | "organization" | "document" | "group";

export interface SpeakerRef {
  /** resolved canonical name within the article ("Li Shangfu", not "he") */
  name: string;
  /** surface form at this quote ("he", "the defence minister", "Li") */
  mention: string;
  start: number;
  end: number;
  /** role / title when the article states one ("Chinese Defence Minister") */
  role?: string | null;
  /**
   * what kind of speaker: one person, an organisation, a document, or a group of people named by
   * a plural noun phrase ("State Department officials", "Republicans", "critics"); a group never
   * names one person (it blocks no match and yields to a named person as a family's speaker)
   */
  type?: SpeakerType;
}

export interface CueRef {
  text: string;
  start: number;
  end: number;
}

export type SourceScope = "sentence" | "carried" | "article";

export interface CreditedSource {
  /** canonical name from the lexicon ("TASS" for "Tass") */
  name: string;
  /** the phrase that credits it: "according to TASS", "told Sputnik" */
  mention: string;
  start: number;
  end: number;
  scope: SourceScope;
}

export interface ExtractedQuote {
  /** "q1", "q2", ... unique within the article, in text order */
  id: string;
  /** quote content without the enclosing marks and a , or . just inside the closing mark */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: CueRef | null;
  source: CreditedSource | null;
  /** id of the quote this one repeats inside the same article (link-preview teasers) */
  repeatOf: string | null;
  /** 0..1 */
  confidence: number;
  /** id of the rule that produced it, e.g. "direct.trailing-cue" */
  rule: string;
}

export interface ExtractionResult {
  credits: ArticleCredit[];
  quotes: ExtractedQuote[];
  messages: ArticleMessage[];
}
