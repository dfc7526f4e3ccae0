import { tokenizeWords } from "../../../src/text/tokenize-words.ts";
import type { Token } from "../../../src/extract/types.ts";

/** the tokens of `text` with the first "..." or “...” span as one "<q>" token, as extractQuotes frames them */
export function frameSentence(text: string): Token[] {
  const m = /"[^"]*"|“[^”]*”/.exec(text);
  if (!m) return tokenizeWords(text, 0, text.length);
  const out = tokenizeWords(text, 0, m.index);
  out.push({ text: "\u201c\u201d", lower: "<q>", start: m.index, end: m.index + m[0].length, cap: false, word: false, bits: 0 });
  return tokenizeWords(text, m.index + m[0].length, text.length, out);
}
