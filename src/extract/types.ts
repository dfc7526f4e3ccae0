/** Internal data shapes of the extraction stage. Offsets index the article text, end exclusive. */
import type { RegionKind } from "../model/article.ts";
import type { CueVerb } from "../lexicon/cue-verbs.ts";
import type { WordToken } from "../text/tokenize-words.ts";

/** An extraction token: the word variant of the tokenizer family (src/text/tokenize-words.ts). */
export type Token = WordToken;

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

/** the state of one sentence's scan, shared by the attribution rules (plain functions over it: no per-sentence closures) */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  sentenceEnd: number;
  contentFloor: number;
  attributions: Attribution[];
  source: SentenceSource | null;
  /** the second content piece left by leadingOrTrailing for withSecond */
  pendingSecond: [number, number] | null;
}

export type AttributionBase = Pick<Attribution, "cueFirst" | "cueLast" | "cueStart" | "cueEnd" | "lemma" | "channelOnly">;

/** a reporting verb found at tokens [cueFirst, cueLast], as the cue rules see it */
export interface CueMatch extends AttributionBase {
  cue: CueVerb;
  /** the token before the cue once auxiliaries, adverbs and a short parenthesis are skipped ("Li (R-Va.) has also said"); -1 when none */
  before: number;
}

/**
 * An attribution pattern tried at the word tokens of a sentence it may start at, in the order
 * of `TOKEN_RULES` (rules/index.ts). `at` returns -1 when the pattern does not start at token `i`
 * (the next rule is tried); otherwise the last token it took, and the scan goes on after it.
 * It records what it finds on the scan (`attributions`, `source`).
 */
export interface TokenRule {
  name: string;
  /** the lower-case words the pattern can start at ("according"): the scan tries it only there */
  words: readonly string[];
  at(sc: Scan, i: number): number;
}

/**
 * A shape of the clause around a reporting verb ("X said", "“...,” said X", "X, who said", ...),
 * tried in the order of `CUE_RULES` (rules/index.ts). `build` returns false when the shape does
 * not fit (the next rule is tried), otherwise the attribution, or null for none (no later rule is
 * tried: the shape fits but names no speaker or content).
 */
export interface CueRule {
  name: string;
  build(sc: Scan, c: CueMatch): Attribution | null | false;
}

/** a pattern of a whole sentence, tried once after the token scan ("“...” — Mayor Tom Reed") */
export interface SentenceRule {
  name: string;
  find(tokens: readonly Token[]): Attribution | null;
}

/** a verbless introduction that names the speaker of the quotes after it ("From Chairwoman Janet Holt:") */
export interface IntroductionRule {
  name: string;
  find(tokens: readonly Token[]): NounPhrase | null;
}
