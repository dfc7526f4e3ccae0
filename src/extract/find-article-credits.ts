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
    // "— Reuters", "(Reuters)" or a lone "EFE" closing the paragraph (most paragraphs fail the cheap test first)
    const sign = maySignOff(text, tailStart, p.end) ? WIRE_SIGN_OFF.exec(text.slice(tailStart, p.end)) : null;
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

/**
 * A necessary condition for WIRE_SIGN_OFF to match text[from, to) (the paragraph's tail), tested on
 * the characters without the regex: the name group is a capital letter and up to 40 letters, dots,
 * hyphens or spaces running to the tail's end (before an optional ")" and white space), and the
 * character before the capital is none (the tail's start), "(", white space or a dash. True when
 * some capital qualifies (the regex then decides) and whenever a surrogate is met (an astral letter
 * is one \p{L} for the regex); false only where the regex cannot match. Most paragraphs end in
 * prose ("... on Tuesday.") whose capitals follow a lower-case word: one backward scan of at most
 * 42 characters instead of the unanchored regex's attempt at every position.
 */
function maySignOff(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e > from && text.charCodeAt(e - 1) === 41) e--; // ")"
  // the group ends at e (or within the trailing white space, which adds nothing to test); its capital is at q >= e - 41
  const floor = Math.max(from, e - 41);
  for (let q = e - 1; q >= floor; q--) {
    const c = text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (!isGroupChar(c)) return false;
    if (isCapital(c)) {
      if (q === from) return true;
      const b = text.charCodeAt(q - 1);
      if (b === 40 || b === 45 || b === 0x2014 || b === 0x2013 || isJsSpace(b) || (b >= 0xd800 && b <= 0xdfff)) return true;
    }
  }
  return false;
}

/** a character of the group's class [\p{L}.\- ] (a surrogate is tested by the caller) */
function isGroupChar(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 32;
  return LETTER.test(String.fromCharCode(c));
}

/** \p{Lu} for one UTF-16 unit that is no surrogate */
function isCapital(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(String.fromCharCode(c));
}

const LETTER = /^\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;

/** the characters of the regex class \s */
function isJsSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

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
