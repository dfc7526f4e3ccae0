import type { Dateline, Region } from "../src/model/article.ts";
import type { ExtractionResult, QuoteKind } from "../src/model/quote.ts";

/**
 * Shapes used by the extraction evaluation (eval/). Offsets are JavaScript string indices,
 * end exclusive — PolNeAR's code-point offsets equal them because its texts have no characters
 * outside the BMP (see the eval data README).
 */

/** [start, end) */
export type Span = readonly [number, number];

export interface PolnearSpan {
  spans: Span[];
  text: string;
}

/** One gold attribution relation as annotated in PolNeAR. */
export interface GoldAttribution {
  id: string;
  source: PolnearSpan | null;
  cue: PolnearSpan | null;
  content: PolnearSpan | null;
}

/** One PolNeAR article (the first annotation line of its doc_id). */
export interface PolnearDoc {
  docId: string;
  annotator: string;
  publisher: string;
  /** raw `wire` field: "AP", "UPI", "AFP", "Reuters"/"reuters", "None" or "NA" */
  wire: string;
  text: string;
  attributions: GoldAttribution[];
}

/** The input of `extractQuotes` (src/extract/extract-quotes.ts). */
export interface ExtractInput {
  text: string;
  regions: Region[];
  dateline: Dateline | null;
  mined: boolean;
  language: string;
}

/** Anything with the shape of `extractQuotes`: the engine, or a stand-in in tests. */
export type QuotePredictor = (input: ExtractInput) => ExtractionResult;

/** A prediction reduced to what the protocol scores. */
export interface PredictedAttribution {
  /** index in the engine's quote list */
  index: number;
  /** content span [quote.start, quote.end] */
  content: Span;
  kind: QuoteKind;
  rule: string;
  /** speaker mention span, when the engine gave one */
  speaker: Span | null;
  /** credited-source phrase span, when the engine gave one */
  source: Span | null;
  /** the speaker's resolved name ("Donald Trump" for "he"), null when no speaker */
  speakerName: string | null;
  /** the credited source's canonical name, null when none */
  sourceName: string | null;
}
