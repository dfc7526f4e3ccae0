/**
 * Shapes of the matching evaluation on BASIL (eval/eval-match.ts; the protocol is the BASIL data
 * README's, summarised in eval/README.md). Offsets are JavaScript string indices, end exclusive.
 */

export type BasilSource = "fox" | "nyt" | "hpo";
export type Drift = "identical" | "typography" | "variant" | "partial";
export const DRIFTS: readonly Drift[] = ["identical", "typography", "variant", "partial"];

/** One article of `basil_dev_articles.jsonl`, identified by (triplet, source). */
export interface BasilArticle {
  triplet: string;
  source: string;
  outlet: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

/** A labelled span: `[start, end)` of the text of article (triplet, source). */
export interface BasilSpanRef {
  triplet: string;
  source: string;
  start: number;
  end: number;
}

export interface BasilPair {
  triplet: string;
  a: BasilSpanRef;
  b: BasilSpanRef;
  label: "same" | "different" | "unsure";
  /** for same pairs; null otherwise */
  drift: Drift | null;
  note: string;
}

/** One line of `basil_dev_speakers.jsonl`: a quoted span with its named speaker. */
export interface BasilSpeakerLabel extends BasilSpanRef {
  text: string;
  speaker: string;
}

/** A stored mention reduced to what the protocol scores and `--explain` shows. */
export interface EvalMention {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  rule: string;
  /** resolved speaker name within the article, null when none */
  speaker: string | null;
  /** the speaker's surface form at the quote ("he", "the senator") */
  speakerMention: string | null;
  /** the quote family holding the mention, null when it is in none */
  familyId: string | null;
  /** the mention's link in its family ("canonical", "partial", ...) */
  link: string | null;
}

export interface EvalFamily {
  id: string;
  speaker: string | null;
  size: number;
  canonicalText: string;
}

/** What was stored after ingest + match, keyed for the protocol. */
export interface StoredMatchView {
  /** articleKey(triplet, source) -> its stored mentions, sorted by (start, end) */
  mentionsByArticle: ReadonlyMap<string, readonly EvalMention[]>;
  families: ReadonlyMap<string, EvalFamily>;
}

/** The key of an article in a StoredMatchView. */
export function articleKey(triplet: string, source: string): string {
  return `${triplet}/${source}`;
}
