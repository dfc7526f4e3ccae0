/** One non-blank line of the text (or a part of the first line, see below), trimmed. */
export interface Segment {
  /** index in the segment list */
  index: number;
  /** offsets into the text, end exclusive, surrounding whitespace excluded */
  start: number;
  end: number;
  text: string;
  /** number of whitespace-separated words, counted up to 200 */
  words: number;
}

const DATE_LINE = /^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?=[ \t]|$)/y;

/**
 * Splits a text into its non-blank lines, with offsets. A crawler's first line " date YYYY-MM-DD"
 * followed by more text on the same line (" date 2023-08-15 What's new") becomes two segments,
 * so the date line and the page chrome after it can be classified apart. Linear in the text.
 */
export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (segments.length === 0) {
        DATE_LINE.lastIndex = lineStart;
        if (DATE_LINE.test(text) && DATE_LINE.lastIndex < e) {
          const split = DATE_LINE.lastIndex;
          push(segments, text, s, split);
          let r = split;
          while (r < e && isSpace(text.charCodeAt(r))) r++;
          if (r < e) push(segments, text, r, e);
          lineStart = lineEnd + 1;
          continue;
        }
      }
      push(segments, text, s, e);
    }
    lineStart = lineEnd + 1;
  }
  return segments;
}

function push(segments: Segment[], text: string, start: number, end: number): void {
  segments.push({ index: segments.length, start, end, text: text.slice(start, end), words: countWords(text, start, end) });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

/** words of text[start, end), counted on the text itself: a slice of it is a sliced string, slower to read */
function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < 200; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
