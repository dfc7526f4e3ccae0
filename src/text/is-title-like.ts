import { MATCH_STOP_WORDS } from "../lexicon/match-stop-words.ts";

/**
 * A quote written like a title or headline: at least two content words, every content word
 * (not a stop word) capitalised ("From Hope to Higher Ground", "Make America Great Again"). Such
 * a quote names a book, a slogan or a headline rather than saying something. Linear time.
 */
export function isTitleLike(text: string): boolean {
  let content = 0;
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (MATCH_STOP_WORDS.has(lower)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    content++;
  }
  return content >= 2;
}
