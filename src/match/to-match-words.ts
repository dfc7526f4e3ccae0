import { tokenizeQuote } from "../text/tokenize-quote.ts";

export interface MatchWords {
  /** comparison keys of the words, bracketed editorial text set aside */
  words: string[];
  /** the text opens or ends with an ellipsis ("...within...") */
  truncated: boolean;
}

/** two or more letters each followed by a dot, not inside a word (linear: one way to match each letter) */
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;

/** The words a quote is matched on: spelling-folded keys, [brackets] and punctuation dropped, "&" read as "and". */
export function toMatchWords(text: string): MatchWords {
  // an acronym written with dots is one word: "F.B.I." matches "FBI"
  const tokens = tokenizeQuote(text.includes(".") ? text.replace(DOTTED_ACRONYM, (a) => a.replaceAll(".", "")) : text);
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === "word") words.push(token.key);
    // "conservation & healthy herds" = "conservation and healthy herds": typography, not wording
    else if (token.key === "&") words.push("and");
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const truncated = first?.kind === "ellipsis" || last?.kind === "ellipsis";
  return { words, truncated };
}
