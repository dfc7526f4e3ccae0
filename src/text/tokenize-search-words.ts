import { Tokenizer } from "./tokenizer.ts";

/**
 * The search variant of the tokenizer family (the audit's fuzzy lookup): NFKC, case folded,
 * curly quotes folded, text in [brackets] kept (a user may search for an editor's insertion),
 * then runs of letters and digits. A token is its own key (no offsets: the text is folded
 * first). Linear time.
 */
class SearchTokenizer extends Tokenizer<string> {
  readonly name = "search";

  tokenize(text: string, start = 0, end = text.length, out: string[] = []): string[] {
    for (const word of foldWords(start === 0 && end === text.length ? text : text.slice(start, end))) out.push(word);
    return out;
  }

  keyOf(token: string): string {
    return token;
  }

  override words(text: string): string[] {
    return foldWords(text);
  }
}

export const searchTokenizer = new SearchTokenizer();

/** searchTokenizer.words (see SearchTokenizer): the lower-case words a search compares. */
export function tokenizeSearchWords(text: string): string[] {
  return searchTokenizer.words(text);
}

function foldWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}
