import { normaliseTypography } from "./normalise-typography.ts";
import { toUsSpelling } from "./to-us-spelling.ts";
import { Tokenizer } from "./tokenizer.ts";

export type QuoteTokenKind = "word" | "punct" | "bracket" | "ellipsis";

export interface QuoteToken {
  kind: QuoteTokenKind;
  /** the characters as written, `text.slice(start, end)` */
  raw: string;
  /** typography folded (quotes, dashes, ellipsis, inner whitespace), case kept */
  typo: string;
  /** typo, lower-cased */
  lower: string;
  /**
   * the comparison key: for words lower-cased, hyphens and digit-group commas dropped, US
   * spelling ("organisation's" -> "organization's"); for brackets the folded text; "..." for an
   * ellipsis; the folded character for punctuation
   */
  key: string;
  start: number;
  end: number;
  /** a word that opens the text or follows . ! ? (capitals there say nothing about names) */
  sentenceInitial: boolean;
}

/** Longest editorial bracket taken as one token; a longer "[..." is plain punctuation. */
const MAX_BRACKET = 300;

/**
 * The matching variant of the tokenizer family (also used by the drift classification): words,
 * punctuation marks, [bracketed editorial text] (one token each) and ellipses ("...", "…",
 * ". . ."); a word's key folds typography, case, hyphens, digit-group commas and UK spelling.
 */
class QuoteTokenizer extends Tokenizer<QuoteToken> {
  readonly name = "quote";

  /**
   * The tokens of text[start, end) with offsets into `text`, appended to `out` when given. A
   * single left-to-right pass: linear on any input.
   */
  tokenize(text: string, start = 0, end = text.length, out: QuoteToken[] = []): QuoteToken[] {
    if (start !== 0 || end !== text.length) {
      // a range is tokenized as a text of its own (brackets and dot runs end with it)
      for (const t of this.tokenize(text.slice(start, end))) out.push({ ...t, start: t.start + start, end: t.end + start });
      return out;
    }
    const tokens = out;
    const closeAfter = text.includes("[") ? nextCloseBracket(text) : null;
    let sentenceStart = true;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 0x5b /* [ */ && closeAfter !== null) {
        const close = closeAfter[i] ?? -1;
        if (close > i && close - i <= MAX_BRACKET) {
          const raw = text.slice(i, close + 1);
          const typo = normaliseTypography(raw);
          const lower = typo.toLowerCase();
          tokens.push({ kind: "bracket", raw, typo, lower, key: lower, start: i, end: close + 1, sentenceInitial: false });
          i = close + 1;
          continue;
        }
      }
      if (c === 0x2026 /* … */ || (c === 0x2e /* . */ && dotRunEnd(text, i) > 0)) {
        const end = c === 0x2026 ? i + 1 : dotRunEnd(text, i);
        const raw = text.slice(i, end);
        tokens.push({ kind: "ellipsis", raw, typo: "...", lower: "...", key: "...", start: i, end, sentenceInitial: false });
        i = end;
        continue;
      }
      if (isWordChar(text, i)) {
        let j = i + 1;
        while (j < n) {
          if (isWordChar(text, j)) {
            j++;
          } else if (j + 1 < n && isJoiner(text, j) && isWordChar(text, j + 1)) {
            j += 2;
          } else {
            break;
          }
        }
        const raw = text.slice(i, j);
        const typo = isPlainAscii(raw) ? raw : normaliseTypography(raw);
        const lower = typo.toLowerCase();
        let folded = lower.includes("-") ? lower.replace(/-/g, "") : lower;
        if (folded.includes(",")) folded = folded.replace(/(\d),(?=\d)/g, "$1");
        const key = toUsSpelling(folded);
        tokens.push({ kind: "word", raw, typo, lower, key, start: i, end: j, sentenceInitial: sentenceStart });
        sentenceStart = false;
        i = j;
        continue;
      }
      // punctuation: one character (a surrogate pair kept whole), dash runs as one mark
      let end = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      if (isDash(c)) while (end < n && isDash(text.charCodeAt(end))) end++;
      const raw = text.slice(i, end);
      const typo = isDash(c) ? "-" : isPlainAscii(raw) ? raw : normaliseTypography(raw);
      tokens.push({ kind: "punct", raw, typo, lower: typo, key: typo, start: i, end, sentenceInitial: false });
      if (c === 0x2e || c === 0x21 || c === 0x3f) sentenceStart = true;
      i = end;
    }
    return tokens;
  }

  keyOf(token: QuoteToken): string | null {
    return token.kind === "word" ? token.key : null;
  }
}

export const quoteTokenizer = new QuoteTokenizer();

/** quoteTokenizer.tokenize over the whole text (see QuoteTokenizer). */
export function tokenizeQuote(text: string): QuoteToken[] {
  return quoteTokenizer.tokenize(text);
}

/** printable ASCII without the backtick: nothing for normaliseTypography to fold */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x60) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x2060
    || c === 0x200c || c === 0x200d || c === 0x00ad || (c >= 0x2000 && c <= 0x200a) || c === 0x202f
    || c === 0x205f || c === 0x3000;
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_CHAR.test(text[i] ?? "");
}

/** apostrophes and hyphens join word parts; "." and "," join digits (1.5, 1,000) */
function isJoiner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  if (c === 0x2e || c === 0x2c) {
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    return prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39;
  }
  return false;
}

/** End of a run of two or more dots (single spaces allowed between: ". . ."), else 0. */
function dotRunEnd(text: string, i: number): number {
  let j = i;
  let dots = 0;
  while (j < text.length) {
    if (text.charCodeAt(j) === 0x2e) {
      dots++;
      j++;
    } else if (text.charCodeAt(j) === 0x20 && text.charCodeAt(j + 1) === 0x2e && dots > 0) {
      j++;
    } else {
      break;
    }
  }
  return dots >= 2 ? j : 0;
}

/** For each index, the index of the first "]" at or after it (-1 when none): one backward pass. */
function nextCloseBracket(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let next = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text.charCodeAt(i) === 0x5d) next = i;
    out[i] = next;
  }
  return out;
}
