import { findAgency } from "../lexicon/find-agency.ts";
import type { Dateline, Region } from "../model/article.ts";
import type { ArticleCredit } from "../model/quote.ts";
import type { Paragraph } from "./types.ts";

/**
 * Article-level credits: wire datelines ("Moscow, Aug 15 (EFE).-", "WASHINGTON (AP) —"),
 * wire sign-offs ("— Reuters", a trailing lone "EFE"), "Original News: <url>" links and
 * "h/t: The Hill" credit lines. Photo captions are never searched. One credit per name and kind,
 * the first one found.
 */
export function findArticleCredits(text: string, paragraphs: readonly Paragraph[], regions: readonly Region[], dateline: Dateline | null): ArticleCredit[] {
  const out: ArticleCredit[] = [];
  const seen = new Set<string>();

  if (dateline?.wire) {
    const ag = findAgency(dateline.wire);
    const name = ag ? ag.entry.name : dateline.wire;
    const idx = text.indexOf(`(${dateline.wire})`, dateline.start);
    if (idx >= 0 && idx < dateline.end + 4) addCredit(out, seen, { name, mention: text.slice(idx, idx + dateline.wire.length + 2), kind: "wire", start: idx, end: idx + dateline.wire.length + 2 });
    else addCredit(out, seen, { name, mention: dateline.text, kind: "wire", start: dateline.start, end: dateline.end });
  }

  for (const p of paragraphs) {
    const head = text.slice(p.start, Math.min(p.end, p.start + 140));
    // "(EFE).-", "(AP) —", "(Reuters) -" near the start of a paragraph
    const paren = head.includes("(") ? WIRE_PAREN.exec(head) : null;
    if (paren && paren[1]) {
      const ag = findAgency(paren[1]);
      if (ag && ag.end - ag.start >= paren[1].trim().length - 1) {
        const s = p.start + paren.index;
        addCredit(out, seen, { name: ag.entry.name, mention: `(${paren[1]})`, kind: "wire", start: s, end: s + paren[1].length + 2 });
      }
    }
    const tailStart = Math.max(p.start, p.end - 80);
    const tail = text.slice(tailStart, p.end);
    // "— Reuters", "(Reuters)" or a lone "EFE" closing the paragraph
    const sign = WIRE_SIGN_OFF.exec(tail);
    if (sign && sign[1]) {
      const ag = findAgency(sign[1]);
      if (ag && ag.start === 0 && ag.end >= sign[1].trim().length) {
        const s = tailStart + sign.index + sign[0].indexOf(sign[1]);
        addCredit(out, seen, { name: ag.entry.name, mention: sign[1].trim(), kind: "wire", start: s, end: s + sign[1].trim().length });
      }
    }
  }

  const orig = /Original\s+(?:News|Article|Source|Story)\s*:\s*(https?:\/\/[^\s<>"]{1,500})?/gi;
  for (let m = orig.exec(text); m; m = orig.exec(text)) {
    if (inCaption(regions, m.index)) continue;
    const url = m[1] ?? null;
    let name = "unknown";
    if (url) {
      const ag = findAgency(url);
      const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] ?? url;
      name = ag ? ag.entry.name : host;
    }
    const end = m.index + m[0].length;
    addCredit(out, seen, { name, mention: m[0], kind: "original-link", start: m.index, end, url });
  }

  const ht = /\b[hH]\/[tT]\s*:?\s*([^\n.;|]{2,60})/g;
  // (no "/" in the text: no credit line)
  for (let m = text.includes("/") ? ht.exec(text) : null; m; m = ht.exec(text)) {
    if (inCaption(regions, m.index) || !m[1]) continue;
    const raw = m[1].trim();
    const ag = findAgency(raw);
    const end = m.index + m[0].trimEnd().length;
    addCredit(out, seen, { name: ag ? ag.entry.name : raw, mention: text.slice(m.index, end), kind: "credit-line", start: m.index, end });
  }
  out.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name));
  return out;
}

// (hoisted: compiled once; neither is global, so they keep no state between calls)
const WIRE_PAREN = /\(([^()\n]{1,60})\)\s*(?:\.-|\.?\s?[-—–:]|\s)/u;
const WIRE_SIGN_OFF = /(?:^|[.!?”"]\s+|\s[-—–]\s*|\()([\p{Lu}][\p{L}.\- ]{0,40}?)\)?\s*$/u;

/** adds a credit unless one of the same kind and name is already there */
function addCredit(out: ArticleCredit[], seen: Set<string>, c: ArticleCredit): void {
  const key = `${c.kind}\u0000${c.name}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push(c);
}

function inCaption(regions: readonly Region[], pos: number): boolean {
  return regions.some((r) => r.kind === "caption" && pos >= r.start && pos < r.end);
}
