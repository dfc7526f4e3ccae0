import type { Region } from "../model/article.ts";
import type { Paragraph } from "./types.ts";

/**
 * The paragraphs (non-empty lines) of the mined regions: "body" and "link-preview". Boilerplate,
 * captions and headers are never mined. Without regions the whole text is body.
 */
export function splitMinedParagraphs(text: string, regions: readonly Region[]): Paragraph[] {
  const mined = regions.length === 0
    ? [{ kind: "body" as const, start: 0, end: text.length }]
    : [...regions].filter((r) => r.kind === "body" || r.kind === "link-preview").sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Paragraph[] = [];
  let lastEnd = 0;
  mined.forEach((r, regionIndex) => {
    const rs = Math.max(r.start, lastEnd, 0);
    const re = Math.min(r.end, text.length);
    if (re <= rs) return;
    lastEnd = re;
    let i = rs;
    while (i < re) {
      let nl = text.indexOf("\n", i);
      if (nl < 0 || nl > re) nl = re;
      let s = i;
      let e = nl;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e, region: r.kind, regionIndex });
      i = nl + 1;
    }
  });
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0xfeff;
}
