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

export type NounPhraseKind = "pronoun" | "person" | "role" | "organization" | "publication" | "agency" | "document" | "media" | "description";

export interface NounPhrase {
  kind: NounPhraseKind;
  /** token index range [first, last] inside the token array */
  first: number;
  last: number;
  start: number;
  end: number;
  /** the name part for persons ("Li Shangfu" of "Defense Minister Li Shangfu") */
  nameStart: number;
  nameEnd: number;
  /** role words before the name, or the whole descriptor for roles ("Chinese defense minister") */
  role: string | null;
  /** lower-cased role words, possessives stripped, defence -> defense */
  roleWords: string[];
  /** canonical agency name when the phrase names one */
  agency: string | null;
}

export type AttributionMode = "leading" | "trailing" | "inverted" | "according" | "participle" | "quoted-as-saying" | "dash-attribution";

export interface Attribution {
  cueFirst: number;
  cueLast: number;
  cueStart: number;
  cueEnd: number;
  lemma: string;
  mode: AttributionMode;
  /** the subject phrase (speaker), null when none could be parsed */
  np: NounPhrase | null;
  /** the content range for indirect speech, null when there is none */
  content: [number, number] | null;
  /** the content's second piece when the cue sits inside it ("CONTENT, he said, CONTENT") */
  content2?: [number, number] | null;
  /** the subject phrase is itself a channel (an agency reporting) */
  channelOnly: boolean;
}

export interface SentenceSource {
  name: string;
  mention: string;
  start: number;
  end: number;
}

export interface SentenceAnalysis {
  attributions: Attribution[];
  source: SentenceSource | null;
}
