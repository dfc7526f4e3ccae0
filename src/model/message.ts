/**
 * A problem found while processing one input, collected rather than thrown
 * (in the manner of vfile-message / textlint's `range: [start, end]`).
 * `range` counts JavaScript string indices (UTF-16 code units) from 0, end exclusive,
 * into the article's `text` (see ParsedArticle.text).
 */
export interface ArticleMessage {
  severity: "error" | "warning" | "info";
  /** stable machine-readable code, e.g. "empty-file", "unbalanced-quote", "non-english" */
  code: string;
  message: string;
  range?: readonly [number, number];
  /** which stage produced it */
  stage: "read" | "ingest" | "extract" | "match" | "provenance" | "store";
}

/** A whole input rejected (binary, empty, too large, malformed JSON line...). */
export interface RejectedInput {
  /** path as given by the user, with "#L<n>" appended for a line of a .jsonl file */
  file: string;
  reason: string;
}
