import { extractQuotes } from "../../src/extract/extract-quotes.ts";
import type { ExtractedQuote } from "../../src/model/quote.ts";

/** Extracts the quotes of a plain English text written for a test (no regions, no dateline). */
export function extractText(text: string) {
  return extractQuotes({ text, regions: [], dateline: null, mined: true, language: "en" });
}

/** The one quote of `text` that begins with `begins`; throws with the quotes found when there is none. */
export function quoteBeginning(text: string, begins: string): ExtractedQuote {
  const quotes = extractText(text).quotes;
  const q = quotes.find((x) => x.text.startsWith(begins));
  if (!q) throw new Error(`no quote beginning "${begins}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}
