import { Tokenizer } from "./tokenizer.ts";

/**
 * An extraction token (extraction's `Token`, src/extract/types.ts, is this type). Offsets index
 * the article text, end exclusive.
 */
export interface WordToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** begins with an upper-case letter */
  cap: boolean;
  /** a word (letters/digits), not punctuation */
  word: boolean;
  /**
   * a word's classification, cached by its first reader: -1 until then (0 for punctuation).
   * Extraction keeps its lexicon bits here (src/extract/parse-noun-phrase.ts), so each token's
   * word is looked up once, not at every phrase that reads it.
   */
  bits: number;
}

/**
 * The extraction variant of the tokenizer family: words are letters/digits joined by single
 * inner apostrophes, hyphens, dots or ampersands ("Russia's", "state-run", "U.S.", "AT&T");
 * any other non-space character is a one-character token. A word's key is its lower case.
 */
class WordTokenizer extends Tokenizer<WordToken> {
  readonly name = "word";

  /**
   * Tokens of text[start, end) with absolute offsets, in one pass over the characters. The tokens are appended to `out` when given (no intermediate array), and `out` is returned.
   */
  tokenize(text: string, start = 0, end = text.length, out: WordToken[] = []): WordToken[] {
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) { i++; continue; }
      if (!isWordChar(c)) {
        const t = text[i] as string;
        out.push({ text: t, lower: t, start: i, end: i + 1, cap: false, word: false, bits: 0 });
        i++;
        continue;
      }
      const s = i;
      let dots = false;
      // a ’ inside the word (only possible as a separator: it is no word character)
      let curly = false;
      // an upper-case ASCII or a non-ASCII letter: only then can lower-casing change the word
      let mixed = (c >= 65 && c <= 90) || c >= 128;
      i++;
      for (;;) {
        while (i < end) {
          const d = text.charCodeAt(i);
          if (!isWordChar(d)) break;
          if ((d >= 65 && d <= 90) || d >= 128) mixed = true;
          i++;
        }
        const sep = text.charCodeAt(i);
        if (i + 1 < end && (sep === 39 || sep === 0x2019 || sep === 45 || sep === 46 || sep === 38) && isWordChar(text.charCodeAt(i + 1))) {
          if (sep === 46) dots = true;
          else if (sep === 0x2019) curly = true;
          i += 2;
          continue;
        }
        break;
      }
      // "U.S." keeps its final dot
      if (dots && i < end && text.charCodeAt(i) === 46 && i - s <= 8) i++;
      const t = text.slice(s, i);
      let lower = mixed ? t.toLowerCase() : t;
      if (curly) lower = lower.replace(RIGHT_SINGLE_QUOTE, "'");
      out.push({ text: t, lower, start: s, end: i, cap: isUpper(c), word: true, bits: -1 });
    }
    return out;
  }

  keyOf(token: WordToken): string | null {
    return token.word ? token.lower : null;
  }
}

export const wordTokenizer = new WordTokenizer();

/** wordTokenizer.tokenize (see WordTokenizer). */
export function tokenizeWords(text: string, start: number, end: number, out: WordToken[] = []): WordToken[] {
  return wordTokenizer.tokenize(text, start, end, out);
}

const RIGHT_SINGLE_QUOTE = /\u2019/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c < 0x370) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji): not letters here
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
