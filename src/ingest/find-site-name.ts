import type { ClassifiedSegment } from "./classify-regions.ts";
import { NOT_SITE_NAME_WORDS, SITE_NAME_CONNECTORS } from "../lexicon/site-name-words.ts";

export interface SiteName {
  name: string;
  /** the chrome line that names the site */
  start: number;
  end: number;
  /** which pattern found it */
  pattern: "copyright" | "latest-posts" | "masthead";
}

const MAX_NAME_WORDS = 5;
const MAX_NAME_CHARS = 60;
const COPYRIGHT_LEAD = /^(?:copyright|©|\(c\)|[\s\d,–-])+/i;
const COPYRIGHT_CUT = /\s*(?:[.|,;:]|\s[-–—]\s|\ball rights\b|\binc\b|\bltd\b|\bllc\b)/i;
const LATEST = /^(.{2,60}?)\s(?:latest\s(?:posts|news|stories|articles)|news\sfeed)$/i;
const MORE_FROM = /^more\sfrom\s(.{2,60})$/i;

/**
 * The site's own name as its page chrome prints it, for a page with no manifest or metadata:
 * 1. a copyright line ("© 2023 Persian News. All rights reserved.");
 * 2. a footer heading ("Persian News Latest Posts", "More from Persian News");
 * 3. a masthead line before the title that looks like a name ("Persian News") and that the page
 *    backs up: the same name again in another chrome line (a tagline "All Persian News Related to
 *    Iran", a footer), or a tagline right under it ("Creating new perspectives since 2009").
 * A link-preview card's domain or title is another site's (the relayed source): never read here.
 * Lines of the article body are never read either. Each pattern is bounded and anchored, linear
 * in the line; the corroboration search is bounded by the number of chrome lines.
 */
export function findSiteName(segments: readonly ClassifiedSegment[], titleIndex: number): SiteName | null {
  const chrome = segments.filter((s) => s.kind === "header" || s.kind === "boilerplate");
  for (const s of chrome) {
    if (s.text.length > 200) continue;
    if (/^(?:copyright|©|\(c\))/i.test(s.text)) {
      const rest = s.text.replace(COPYRIGHT_LEAD, "").replace(/^by\s/i, "");
      const cut = COPYRIGHT_CUT.exec(rest);
      const name = (cut ? rest.slice(0, cut.index) : rest).trim();
      if (isNameShaped(name)) return { name, start: s.start, end: s.end, pattern: "copyright" };
    }
  }
  for (const s of chrome) {
    if (s.text.length > 80) continue;
    const m = LATEST.exec(s.text) ?? MORE_FROM.exec(s.text);
    const name = m?.[1]?.trim();
    if (name !== undefined && isNameShaped(name)) return { name, start: s.start, end: s.end, pattern: "latest-posts" };
  }
  const mastheadEnd = titleIndex >= 0 ? titleIndex : segments.findIndex((s) => s.kind === "body" || s.kind === "link-preview");
  for (let i = 0; i < (mastheadEnd < 0 ? segments.length : mastheadEnd); i++) {
    const s = segments[i]!;
    if (s.kind !== "header" || s.role !== null || !isNameShaped(s.text)) continue;
    const next = segments[i + 1];
    const tagline = next !== undefined && i + 1 !== titleIndex && next.kind === "header" && next.role === null && isTagline(next.text);
    const repeated = chrome.some((o) => o !== s && o.index !== titleIndex && containsName(o.text, s.text));
    if (tagline || repeated) return { name: s.text.trim(), start: s.start, end: s.end, pattern: "masthead" };
  }
  return null;
}

/** 1-5 words, capitalised (connectors aside), no sentence punctuation, not page furniture or a date. */
function isNameShaped(text: string): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS || /[.!?:;,"“”|]$/.test(name) || /[.!?]\s/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  let letters = false;
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (NOT_SITE_NAME_WORDS.has(lower) && words.length === 1) return false;
    if (index > 0 && SITE_NAME_CONNECTORS.has(lower)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return false;
    if (/\p{L}/u.test(word)) letters = true;
  }
  if (!letters) return false;
  // a name is not made only of furniture words ("Open Menu", "Latest News")
  return !words.every((w) => NOT_SITE_NAME_WORDS.has(w.toLowerCase()) || SITE_NAME_CONNECTORS.has(w.toLowerCase()));
}

/** A short motto: 3-12 words, capitalised first word, mostly lower case after it, no final period. */
function isTagline(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > 12 || /[.!?:]$/.test(text.trim())) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? "")) return false;
  const lower = words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 2 >= words.length - 1;
}

/** `name` as a run of whole words inside `text` (case-sensitive). */
function containsName(text: string, name: string): boolean {
  const n = name.trim();
  let at = text.indexOf(n);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + n.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(n, at + 1);
  }
  return false;
}
