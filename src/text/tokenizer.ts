/**
 * The tokenizer family (modelled on jsdiff's `Diff` base class: one base, named variants that
 * override it, an instance per variant and a function that calls it). Every variant splits text
 * into tokens in one linear pass and says which tokens are words and what their comparison key
 * is; `words` gives the keys of the words.
 *
 * Variants (each in its own file, with its reasons for differing):
 * - `tokenize-words.ts` (wordTokenizer): extraction's tokens with offsets and a capital flag;
 *   "U.S.", "AT&T", "state-run" stay one word.
 * - `tokenize-quote.ts` (quoteTokenizer): matching's and drift's tokens: words, punctuation,
 *   [editorial brackets] and ellipses, keys folded for typography, case and US spelling.
 * - `tokenize-search-words.ts` (searchTokenizer): the audit's lower-cased runs of letters and
 *   digits over NFKC text.
 */
export abstract class Tokenizer<T> {
  /** the variant's name */
  abstract readonly name: string;

  /** The tokens of text[start, end) (the whole text by default), appended to `out` when given. */
  abstract tokenize(text: string, start?: number, end?: number, out?: T[]): T[];

  /** The comparison key of a word token; null for punctuation and anything else not a word. */
  abstract keyOf(token: T): string | null;

  /** The comparison keys of the words of `text`, in order. */
  words(text: string): string[] {
    const out: string[] = [];
    for (const token of this.tokenize(text)) {
      const key = this.keyOf(token);
      if (key !== null) out.push(key);
    }
    return out;
  }
}
