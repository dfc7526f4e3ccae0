/**
 * Size limits on one input document, shared by io (which enforces them) and cli (which prints and
 * checks them in `--max-bytes`). Constants only, so `--help` loads nothing heavy.
 */

/** The default per-document limit (5 MiB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The most `maxBytes` may be: one article of 10 MB already makes some 35,000 quotes and takes about
 * 3 minutes and 1 GB to ingest and match on the embedded database (5 MB: 60 s, 0.9 GB), growing
 * with the size, so a 60 MB "article" would take over 15 minutes. Larger collections are read as
 * many articles: a .jsonl file (one article per line) is streamed and may be of any size.
 */
export const MAX_DOCUMENT_BYTES = 10_000_000;
