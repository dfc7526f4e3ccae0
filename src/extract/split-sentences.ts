import { ABBREVIATIONS } from "../lexicon/abbreviations.ts";
import { CUE_VERBS } from "../lexicon/cue-verbs.ts";
import type { Paragraph, QuoteSpan, Sentence } from "./types.ts";


/** Start and end of a top-level quote span, marks included. */
export function spanBounds(q: QuoteSpan): [number, number] {
  return [q.open >= 0 ? q.open : q.contentStart, q.close >= 0 ? q.close + 1 : q.contentEnd];
}

/**
 * Sentences of the mined paragraphs. Quote spans are atomic (a quote may hold several
 * sentences, or several paragraphs); a sentence ends at . ! ? (outside quotes, or as the last
 * character inside a closing quote) followed by space and a capital, digit or opening mark,
 * unless the dot ends a known abbreviation or an initial. Linear in the text length.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], spans: readonly QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let qi = 0;
  let cursor = 0;
  // the offset of the next . ! ? at or after the scan (text.length when none): the scan only moves
  // forward, so each stretch of text is searched once (linear), by the regex engine, not by a loop
  let nextMark = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (!p) continue;
    let i = Math.max(p.start, cursor);
    if (i >= p.end) continue;
    let blockEnd = p.end;
    let sStart = i;
    let quotes: number[] = [];
    while (qi < spans.length && spanStart(spans[qi] as QuoteSpan) < i) qi++;
    while (i < blockEnd) {
      const q = spans[qi];
      let stop = blockEnd;
      if (q) {
        const qs = spanStart(q);
        const qe = spanEnd(q);
        if (qs > i && qs < stop) stop = qs;
        if (qs === i || (qs < i && qe > i)) {
          quotes.push(qi);
          qi++;
          if (qe > blockEnd) blockEnd = qe;
          i = qe;
          // a quote ending with . ! ? followed by a new capitalised sentence closes this one
          const last = q.contentEnd - 1 >= 0 ? text.charCodeAt(lastNonSpace(text, q.contentStart, q.contentEnd)) : 0;
          // (not when a short attribution follows: "“... for baseball?” Obama said.")
          if ((last === 46 || last === 33 || last === 63) && opensSentence(text, i, blockEnd) && !attributionFollows(text, i, blockEnd)) {
            pushSentence(out, text, sStart, i, pi, quotes);
            quotes = [];
            sStart = i;
          }
          continue;
        }
      }
      // plain text up to the next quote: only . ! ? can end a sentence
      while (i < stop) {
        if (nextMark < i) {
          SENTENCE_MARKS.lastIndex = i;
          nextMark = SENTENCE_MARKS.test(text) ? SENTENCE_MARKS.lastIndex - 1 : text.length;
        }
        if (nextMark >= stop) { i = stop; break; }
        i = nextMark;
        const c = text.charCodeAt(i);
        if (opensSentence(text, i + 1, blockEnd) && !(c === 46 && isAbbreviation(text, sStart, i))) {
          pushSentence(out, text, sStart, i + 1, pi, quotes);
          quotes = [];
          sStart = i + 1;
        }
        i++;
      }
    }
    // a multi-paragraph quote extends the block over the next paragraphs' lines
    const endLine = blockEnd;
    pushSentence(out, text, sStart, endLine, pi, quotes);
    cursor = endLine;
  }
  return out;
}

/** the characters that can end a sentence */
const SENTENCE_MARKS = /[.!?]/g;

/** text[start, end) trimmed, as a sentence of paragraph `paragraph`, when not empty */
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number, quotes: number[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph, quotes });
}

function spanStart(q: QuoteSpan): number {
  return q.open >= 0 ? q.open : q.contentStart;
}

function spanEnd(q: QuoteSpan): number {
  return q.close >= 0 ? q.close + 1 : q.contentEnd;
}

function lastNonSpace(text: string, from: number, to: number): number {
  let e = to - 1;
  while (e > from && isSpace(text.charCodeAt(e))) e--;
  return e;
}

/**
 * After a closing quote at i: one to four capitalised words and a reporting verb that ends its
 * clause ("Obama said.", "Akin continued,", "Sen. Leahy added on Tuesday"): the quote's own
 * attribution, not a new sentence. Reads at most 80 characters.
 */
function attributionFollows(text: string, i: number, end: number): boolean {
  const m = TRAILING_ATTRIBUTION.exec(text.slice(i, Math.min(end, i + 80)));
  return m !== null && CUE_VERBS.has(m[1] as string);
}

/** capitalised words (titles with their dots), then a lower-case verb and the end of its clause */
const TRAILING_ATTRIBUTION = /^\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}(\p{Ll}+)(?:[.,;]|\s+(?:on|in|at|during|after|before|to|from|last|this|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/u;

/** after position i: whitespace, then a capital, digit or opening quote mark */
function opensSentence(text: string, i: number, end: number): boolean {
  let j = i;
  // allow a closing bracket or quote right after the stop
  if (j < end && (text[j] === ")" || text[j] === "]")) j++;
  if (j >= end) return false;
  if (!isSpace(text.charCodeAt(j))) return false;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  if (j >= end) return false;
  const c = text.charCodeAt(j);
  // ASCII without the regex: a capital, a digit, " ' ( [
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return /[\p{Lu}\p{N}“"‘'«„(\[]/u.test(text[j] ?? "");
}

/** a letter or a dot (/[\p{L}.]/u), without the regex for ASCII */
function isLetterOrDot(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return /\p{L}/u.test(String.fromCharCode(c));
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  // a word longer than any abbreviation is none: the backward scan stops there (bounded per dot)
  while (k > from && dot - k < LONGEST_ABBREVIATION + 1 && isLetterOrDot(text.charCodeAt(k - 1))) k--;
  const w = text.slice(k, dot).toLowerCase();
  if (w.length === 1 && /\p{Lu}/u.test(text[k] ?? "")) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(w);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009;
}
