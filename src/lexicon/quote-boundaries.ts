/**
 * Words at the edges of a quote. All lower case. Used by src/extract/pair-quote-marks.ts (where a
 * quote with a lost opening mark begins) and src/extract/extract-quotes.ts (direct or partial).
 */

/** function words where the walk back from a stray closing mark stops, once three content words are collected */
export const STOP_BACK: ReadonlySet<string> = new Set(["to", "of", "for", "as", "that", "with", "by", "called", "is", "was", "are", "were", "be", "from", "on", "in", "at", "said", "says", "the", "a", "an"]);

/** a word right before a quote that makes it open a clause: a direct quote ("said “We ...”", "that “...”") */
export const QUOTE_INTRODUCERS = /^(said|says|say|saying|added|adding|stated|declared|wrote|writes|tweeted|asked|told|that)$/;
