import type { Token } from "./types.ts";

// A word is letters/digits joined by single inner apostrophes, hyphens, dots or ampersands
// ("Russia's", "state-run", "U.S", "AT&T"); every separator must be followed by a letter or
// digit, so the pattern cannot backtrack. Any other non-space character is a one-char token.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

/** Tokens of text[start, end) with absolute offsets. Linear in the length of the range. */
export function tokenizeWords(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const s = start + m.index;
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    // "U.S." keeps its final dot: a word with inner dots whose parts are one or two letters
    if (word && t.includes(".") && slice.charCodeAt(m.index + t.length) === 46 && t.length <= 8) {
      t += ".";
      TOKEN.lastIndex += 1;
    }
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start: s,
      end: s + t.length,
      cap: word && UPPER.test(t),
      word,
    });
  }
  return out;
}
