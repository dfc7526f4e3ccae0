import { AGENCIES, type AgencyEntry } from "./agencies.ts";

export interface AgencyMatch {
  entry: AgencyEntry;
  /** offsets of the matched alias inside the searched string */
  start: number;
  end: number;
}

interface AliasIndex {
  /** lower-cased first word -> aliases beginning with it (word arrays), longest first */
  byFirst: Map<string, { words: string[]; exact: boolean; entry: AgencyEntry }[]>;
  byDomain: Map<string, AgencyEntry>;
}

let index: AliasIndex | null = null;

function buildIndex(): AliasIndex {
  const byFirst: AliasIndex["byFirst"] = new Map();
  const byDomain = new Map<string, AgencyEntry>();
  const add = (alias: string, exact: boolean, entry: AgencyEntry): void => {
    const words = alias.split(/\s+/);
    const key = (words[0] ?? "").toLowerCase();
    const list = byFirst.get(key) ?? [];
    list.push({ words, exact, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(key, list);
  };
  for (const entry of AGENCIES) {
    for (const a of entry.aliases) add(a, false, entry);
    for (const a of entry.caseSensitive ?? []) add(a, true, entry);
    for (const d of entry.domains) byDomain.set(d, entry);
  }
  return { byFirst, byDomain };
}

function getIndex(): AliasIndex {
  index ??= buildIndex();
  return index;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Finds the first news agency named in `phrase` (whole words; "Tass" -> TASS, "Fars News" ->
 * Fars), or, when `phrase` is a host name or URL, the agency owning that domain. Case-insensitive
 * except for short acronyms, which must be written exactly ("AP", not "ap"); a case-insensitive
 * alias must still start with a capital letter in the text.
 */
export function findAgency(phrase: string): AgencyMatch | null {
  // the same phrases come back sentence after sentence: remember the answers (bounded)
  const known = memo.get(phrase);
  if (known !== undefined) return known;
  const found = lookUp(phrase);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(phrase, found);
  return found;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, AgencyMatch | null>();

function lookUp(phrase: string): AgencyMatch | null {
  const idx = getIndex();
  const host = phrase.includes(".") && !phrase.includes(" ") ? /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]{1,200}\.[a-z]{2,10})(?:[/:?#]|$)/i.exec(phrase.trim()) : null;
  if (host?.[1]) {
    const h = host[1].toLowerCase();
    for (const [domain, entry] of idx.byDomain) {
      if (h === domain || h.endsWith(`.${domain}`)) return { entry, start: 0, end: phrase.length };
    }
  }
  const words: { text: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const cands = idx.byFirst.get(w.text.toLowerCase());
    if (!cands) continue;
    for (const c of cands) {
      let ok = true;
      for (let k = 0; k < c.words.length; k++) {
        const t = words[i + k];
        const a = c.words[k] ?? "";
        if (!t || (c.exact ? t.text !== a : t.text.toLowerCase() !== a.toLowerCase())) { ok = false; break; }
      }
      if (!ok) continue;
      if (!c.exact && !/^\p{Lu}/u.test(w.text)) continue;
      const last = words[i + c.words.length - 1];
      return { entry: c.entry, start: w.start, end: last ? last.end : w.end };
    }
  }
  return null;
}
