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
  let total = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const [start, end] = paragraphs[p]!;
    let open = 0;
    let close = 0;
    let straight = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 0xab || c === 0x201e) open++;
      else if (c === 0x201d || c === 0xbb) close++;
      else if (c === 0x22) straight++;
    }
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
