/** Internal data shapes of the extraction stage. Offsets index the article text, end exclusive. */
import type { RegionKind } from "../model/article.ts";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** begins with an upper-case letter */
  cap: boolean;
  /** a word (letters/digits), not punctuation */
  word: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  region: RegionKind;
  /** index of the mined region it belongs to */
  regionIndex: number;
}

export interface QuoteSpan {
  /** index of the opening mark, or -1 when recovered from a stray closing mark */
  open: number;
  /** index of the closing mark, or -1 when never closed */
  close: number;
  contentStart: number;
  contentEnd: number;
  /** true when the span was recovered from an unbalanced mark */
  recovered: "unclosed" | "stray-close" | null;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** top-level quote spans (indices into the quote list) inside the sentence */
  quotes: number[];
}
