import { STOP_BACK } from "../lexicon/quote-boundaries.ts";
import type { ArticleMessage } from "../model/message.ts";
import type { Paragraph, QuoteSpan } from "./types.ts";

export interface PairQuoteMarksOptions {
  /** most "unbalanced-quote" messages reported per article (the rest are summed up in one) */
  maxMessages?: number;
}

export interface PairedQuotes {
  /** top-level quote spans in text order */
  spans: QuoteSpan[];
  messages: ArticleMessage[];
}

type MarkKind = "double" | "straight" | "low" | "guillemet" | "single" | "straight-single" | "double-apostrophe";

interface Open {
  kind: MarkKind;
  pos: number;
  /** characters of the opening mark: 2 for '' (two apostrophes, as some newspapers print quotes) */
  width?: number;
}

// every quote mark the scanner cares about; the regex engine skips the text between them
const MARKS = /["'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]/g;
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const LOWQ = 0x201e; // „
const LGUIL = 0x00ab; // «
const RGUIL = 0x00bb; // »
const SQ = 0x27; // '
const DQ = 0x22; // "

/**
 * Pairs quote marks paragraph by paragraph with one stack, in one pass (linear: every mark is
 * pushed and popped at most once). Handles “…”, "…", ‘…’ and '…' (nested), «…», „…“/„…”, and
 * multi-paragraph quotes whose paragraphs each open with a mark and only the last closes, and
 * mixed typography (“...," — a " that can only close closes an open “).
 * An unclosed quote is bounded by its paragraph(s); a closing mark with nothing open is
 * recovered as a short partial quote reaching back to the phrase it closes. Each unbalanced mark
 * gets an "unbalanced-quote" message with its range.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Paragraph[], options: PairQuoteMarksOptions = {}): PairedQuotes {
  const st: PairState = { text, maxMessages: options.maxMessages ?? 200, spans: [], messages: [], suppressed: 0, stack: [], floor: 0, markFrom: Number.POSITIVE_INFINITY, markAt: -1 };
  let prevPara: Paragraph | null = null;

  for (const p of paragraphs) {
    if (st.stack.length > 0 && prevPara) {
      const first = st.text.charCodeAt(p.start);
      const bottom = st.stack.find((o) => isDoubleKind(o.kind));
      const twoApostrophes = first === SQ && st.text.charCodeAt(p.start + 1) === SQ;
      const continues = bottom !== undefined && p.regionIndex === prevPara.regionIndex &&
        (first === LDQ || first === DQ || first === LGUIL || first === LOWQ || twoApostrophes) && startsParagraphQuote(st.text, p, twoApostrophes ? 2 : 1);
      if (continues && bottom) {
        // multi-paragraph quote: keep only the outer mark open, skip this paragraph's opening mark
        st.stack = [bottom];
        scanParagraph(st, p, p.start + (twoApostrophes ? 2 : 1));
        prevPara = p;
        continue;
      }
      finalizeUnclosed(st, prevPara.end);
    }
    if (st.stack.length === 0) st.floor = Math.max(st.floor, p.start);
    scanParagraph(st, p, p.start);
    prevPara = p;
  }
  if (st.stack.length > 0 && prevPara) finalizeUnclosed(st, prevPara.end);
  if (st.suppressed > 0) {
    st.messages.push({ severity: "warning", code: "unbalanced-quote", message: `${st.suppressed} more unbalanced quote marks not listed`, stage: "extract" });
  }
  return { spans: st.spans, messages: st.messages };
}

interface PairState {
  text: string;
  maxMessages: number;
  spans: QuoteSpan[];
  messages: ArticleMessage[];
  /** unbalanced marks not reported (over maxMessages) */
  suppressed: number;
  /** the open marks */
  stack: Open[];
  /** end of the last emitted span: a stray closing mark never reaches back past it */
  floor: number;
  /** the first quote mark at or after markFrom (-1: none): found once, even when it lies paragraphs ahead */
  markFrom: number;
  markAt: number;
}

/**
 * Index of the first quote mark at or after `from` (-1 when none). `from` never decreases, and
 * the answer is remembered: a search that runs past paragraphs without marks is not repeated
 * for each of them, so all searches together read the text once.
 */
function nextMark(st: PairState, from: number): number {
  if (from >= st.markFrom && (st.markAt < 0 || from <= st.markAt)) return st.markAt;
  MARKS.lastIndex = from;
  // test, not exec: no match object (every mark is one character, so it ends at lastIndex - 1)
  const found = MARKS.test(st.text);
  st.markFrom = from;
  st.markAt = found ? MARKS.lastIndex - 1 : -1;
  return st.markAt;
}

function isDoubleKind(k: MarkKind): boolean {
  return k === "double" || k === "straight" || k === "low" || k === "guillemet" || k === "double-apostrophe";
}

function report(st: PairState, pos: number, why: string): void {
  if (st.messages.length < st.maxMessages) {
    st.messages.push({ severity: "warning", code: "unbalanced-quote", message: why, range: [pos, pos + 1], stage: "extract" });
  } else st.suppressed++;
}

function finalizeUnclosed(st: PairState, endPos: number): void {
  // the outermost double-type mark becomes a quote bounded by endPos; all are reported
  let emitted = false;
  for (const o of st.stack) {
    if (!isDoubleKind(o.kind)) continue;
    report(st, o.pos, "opening quote mark never closed; quote bounded by its paragraph");
    if (!emitted) {
      emitted = true;
      if (endPos > o.pos + 1) {
        st.spans.push({ open: o.pos, close: -1, contentStart: o.pos + (o.width ?? 1), contentEnd: endPos, recovered: "unclosed" });
        st.floor = endPos;
      }
    }
  }
  st.stack = [];
}

/** closes the mark at stack[idx] with a closing mark at closePos (`width` characters wide) */
function closeTo(st: PairState, idx: number, closePos: number, width = 1): void {
  const o = st.stack[idx];
  if (!o) return;
  st.stack.length = idx;
  if (idx === 0) {
    // `close` is the index of the closing mark's last character, so that close + 1 ends the span
    st.spans.push({ open: o.pos, close: closePos + width - 1, contentStart: o.pos + (o.width ?? 1), contentEnd: closePos, recovered: null });
    st.floor = closePos + width;
  }
}

function findOpen(st: PairState, pred: (k: MarkKind) => boolean): number {
  for (let k = st.stack.length - 1; k >= 0; k--) {
    const o = st.stack[k];
    if (o && pred(o.kind)) return k;
  }
  return -1;
}

function scanParagraph(st: PairState, p: Paragraph, from: number): void {
  const text = st.text;
  const end = p.end;
  for (let i = nextMark(st, from); i >= 0 && i < end; i = nextMark(st, i + 1)) {
    const c = text.charCodeAt(i);
    const prev = i > p.start ? st.text.charCodeAt(i - 1) : 32;
    const next = i + 1 < p.end ? st.text.charCodeAt(i + 1) : 32;
    const top = st.stack[st.stack.length - 1];
    switch (c) {
      case LDQ: {
        if (top?.kind === "low") { closeTo(st, st.stack.length - 1, i); break; }
        const k = findOpen(st, (x) => x === "double");
        if (k >= 0 && isWordChar(next) && !isWordChar(prev)) {
          // a second opening mark while one is open: the first was never closed
          const o = st.stack[k];
          if (o) {
            report(st, o.pos, "opening quote mark not closed before the next quote opens");
            if (k === 0) {
              const end = trimEnd(st.text, o.pos + 1, i);
              if (end > o.pos + 1) st.spans.push({ open: o.pos, close: -1, contentStart: o.pos + 1, contentEnd: end, recovered: "unclosed" });
              st.floor = i;
            }
            st.stack.length = k;
          }
        }
        // a lone “ used as a closing mark (some typesetting): close the open double
        if (k >= 0 && !isWordChar(next) && isWordOrPunct(prev)) { closeTo(st, k, i); break; }
        st.stack.push({ kind: "double", pos: i });
        break;
      }
      case RDQ: {
        const k = findOpen(st, isDoubleKind);
        if (k >= 0) { closeTo(st, k, i); break; }
        strayClose(st, p, i);
        break;
      }
      case DQ: {
        const k = findOpen(st, (x) => x === "straight");
        if (k >= 0 && !(isSpace(prev) && isWordChar(next))) { closeTo(st, k, i); break; }
        // mixed typography (“...," she said): a " that can only close (after a character, before a
        // space or punctuation) closes an open “ when no " is open
        if (k < 0 && !isSpace(prev) && !isWordChar(next) && !isOpeningPunct(prev)) {
          const d = findOpen(st, (x) => x === "double");
          if (d >= 0) { closeTo(st, d, i); break; }
        }
        if (!isSpace(next) && next !== 0) { st.stack.push({ kind: "straight", pos: i }); break; }
        if (k >= 0) { closeTo(st, k, i); break; }
        strayClose(st, p, i);
        break;
      }
      case LOWQ:
        st.stack.push({ kind: "low", pos: i });
        break;
      case LGUIL:
        st.stack.push({ kind: "guillemet", pos: i });
        break;
      case RGUIL: {
        const k = findOpen(st, (x) => x === "guillemet");
        if (k >= 0) closeTo(st, k, i);
        else strayClose(st, p, i);
        break;
      }
      case LSQ:
        if (!isWordChar(prev) && !isSpace(next)) st.stack.push({ kind: "single", pos: i });
        break;
      case SQ:
        if (next === SQ) {
          // '' used as a double quote mark
          const after = i + 2 < p.end ? st.text.charCodeAt(i + 2) : 32;
          const k = findOpen(st, (x) => x === "double-apostrophe");
          if (k >= 0 && !(isSpace(prev) && isWordChar(after))) closeTo(st, k, i, 2);
          else if (!isSpace(after)) st.stack.push({ kind: "double-apostrophe", pos: i, width: 2 });
          i++; // the second apostrophe is part of this mark
          break;
        }
      // falls through: a single straight apostrophe
      case RSQ: {
        if (isWordChar(prev) && isWordChar(next)) break; // apostrophe: don't, Russia’s
        const want: MarkKind = c === SQ ? "straight-single" : "single";
        if (top?.kind === want && !isSpace(prev)) { closeTo(st, st.stack.length - 1, i); break; }
        if (c === SQ && !isWordChar(prev) && isWordChar(next)) st.stack.push({ kind: "straight-single", pos: i });
        break;
      }
      default:
        break;
    }
  }
  // unclosed single quotes at the end of a paragraph were apostrophes: drop them silently
  while (st.stack.length > 0) {
    const t = st.stack[st.stack.length - 1];
    if (t && !isDoubleKind(t.kind)) st.stack.pop();
    else break;
  }
}

function strayClose(st: PairState, p: Paragraph, pos: number): void {
  report(st, pos, "closing quote mark without an opening mark");
  const start = recoverStrayStart(st.text, Math.max(p.start, st.floor), pos);
  if (start >= 0) {
    st.spans.push({ open: -1, close: pos, contentStart: start, contentEnd: pos, recovered: "stray-close" });
    st.floor = pos + 1;
  }
}

/** Does the paragraph open with a quote mark followed by words (not a lone mark)? */
function startsParagraphQuote(text: string, p: Paragraph, width = 1): boolean {
  return p.end - p.start > width + 1 && !isSpace(text.charCodeAt(p.start + width));
}

/**
 * Where does a quote whose opening mark is missing begin? Walk back from the closing mark over
 * at most 12 words, never past a clause boundary (. ! ? ; : , or a quote mark); stop at a
 * function word ("to", "of", "as", ...) once three content words are collected:
 * "commits its members to joint counteraction to terrorism,”" -> "joint counteraction to terrorism".
 * Returns -1 when fewer than two words can be recovered.
 */
function recoverStrayStart(text: string, floor: number, close: number): number {
  let end = close;
  while (end > floor && (text[end - 1] === "," || text[end - 1] === "." || isSpace(text.charCodeAt(end - 1)))) end--;
  let i = end;
  let content = 0;
  let words = 0;
  let start = end;
  while (i > floor && words < 12) {
    let j = i;
    while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
    if (j <= floor) break;
    const ch = text.charCodeAt(j - 1);
    if (!isWordChar(ch) && ch !== 0x2d && ch !== 0x27 && ch !== 0x2019) break;
    let k = j;
    while (k > floor && (isWordChar(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2d || text.charCodeAt(k - 1) === 0x27 || text.charCodeAt(k - 1) === 0x2019)) k--;
    const w = text.slice(k, j).toLowerCase();
    if (STOP_BACK.has(w)) {
      if (content >= 3) break;
    } else content++;
    words++;
    start = k;
    i = k;
  }
  return words >= 2 && content >= 2 ? start : -1;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x4e00 && c <= 0x9fff);
}

function isWordOrPunct(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 44 || c === 33 || c === 63;
}

/** ( [ { or a dash: a mark right after one opens */
function isOpeningPunct(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013;
}
