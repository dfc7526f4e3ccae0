import type { ArticleMessage } from "../model/message.ts";

const MAX_MESSAGES = 20;

/**
 * Warnings for paragraphs whose quote marks do not pair up (more “ than ” or an odd number of ").
 * A paragraph that opens a quote without closing it is fine when the next paragraph opens with a
 * quote mark again (the news convention for multi-paragraph quotes). `paragraphs` are [start, end)
 * ranges of `text` in order.
 */
export function findQuoteImbalances(text: string, paragraphs: readonly (readonly [number, number])[]): ArticleMessage[] {
  const messages: ArticleMessage[] = [];
  const marks = countMarks(text, paragraphs);
  let total = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const [start, end] = paragraphs[p]!;
    const open = marks[3 * p] as number;
    const close = marks[3 * p + 1] as number;
    const straight = marks[3 * p + 2] as number;
    const next = paragraphs[p + 1];
    const continues = next !== undefined && /^["“«„]/.test(text.slice(next[0], next[0] + 1));
    const curlyBad = open !== close && !(open > close && continues);
    const straightBad = straight % 2 === 1 && !continues;
    if (!curlyBad && !straightBad) continue;
    total++;
    if (messages.length < MAX_MESSAGES) {
      messages.push({
        severity: "warning",
        code: "unbalanced-quotes",
        message: curlyBad
          ? `paragraph has ${open} opening and ${close} closing quote marks`
          : `paragraph has an odd number (${straight}) of straight quote marks`,
        range: [start, end],
        stage: "ingest",
      });
    }
  }
  if (total > MAX_MESSAGES) {
    messages.push({ severity: "warning", code: "unbalanced-quotes", message: `${total - MAX_MESSAGES} more paragraphs with unbalanced quote marks`, stage: "ingest" });
  }
  return messages;
}

/** any quote mark counted: “ « „ (open), ” » (close), " (straight) */
const MARK = /[\u201c\u00ab\u201e\u201d\u00bb"]/g;

/**
 * Per paragraph (in order, not overlapping), the numbers of opening, closing and straight marks,
 * at [3p], [3p + 1], [3p + 2]: one regex scan of the text from the first paragraph to the last
 * (the regex engine skips the text between marks faster than a loop over its characters).
 */
function countMarks(text: string, paragraphs: readonly (readonly [number, number])[]): Int32Array {
  const counts = new Int32Array(3 * paragraphs.length);
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return counts;
  let p = 0;
  MARK.lastIndex = paragraphs[0]![0];
  // test, not exec: no match object per mark (a mark is one character, ending at lastIndex - 1)
  for (let at = MARK.test(text) ? MARK.lastIndex - 1 : -1; at >= 0 && at < last[1]; at = MARK.test(text) ? MARK.lastIndex - 1 : -1) {
    while (paragraphs[p]![1] <= at) p++;
    if (at < paragraphs[p]![0]) continue;
    const c = text.charCodeAt(at);
    const k = 3 * p + (c === 0x201d || c === 0xbb ? 1 : c === 0x22 ? 2 : 0);
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}
