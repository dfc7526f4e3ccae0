import { ROLEISH } from "../lexicon/name-parts.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import type { NounPhrase, Token } from "./types.ts";

export interface PersonEntry {
  /** full name as first written ("Li Shangfu") */
  name: string;
  /** lower-cased name parts */
  parts: string[];
  /** lower-cased role words from every mention ("chinese", "defense", "minister") */
  roleWords: Set<string>;
  role: string | null;
  /** offsets of its mentions, ascending */
  positions: number[];
}

export interface OutletMention {
  name: string;
  pos: number;
}

export interface EntityRegistry {
  persons: PersonEntry[];
  outlets: OutletMention[];
}

/**
 * Collects the people (full names with the roles the article gives them) and publications named
 * in the mined sentences, so that "Li", "Shangfu", "the defence minister" and "the article"
 * can later be resolved. `frames` are the token lists of the sentences outside quotes.
 */
export function buildEntityRegistry(text: string, frames: readonly (readonly Token[])[]): EntityRegistry {
  const state: RegistryState = { text, persons: [], byName: new Map(), byPart: new Map(), outlets: [] };
  const { persons, outlets } = state;
  for (const toks of frames) {
    let i = toks.length - 1;
    while (i >= 0) {
      const t = toks[i];
      if (!t || !t.word || !t.cap) { i--; continue; }
      const np = parseNounPhrase(toks, i, "back");
      if (!np) { i--; continue; }
      record(state, np, toks);
      i = np.first - 1;
    }
  }
  for (const p of persons) p.positions.sort((a, b) => a - b);
  outlets.sort((a, b) => a.pos - b.pos);
  return { persons, outlets };
}

interface RegistryState {
  text: string;
  persons: PersonEntry[];
  /** lower-cased full name -> entry */
  byName: Map<string, PersonEntry>;
  /** lower-cased name part -> persons whose name has it, in `persons` order */
  byPart: Map<string, PersonEntry[]>;
  outlets: OutletMention[];
}

function record(st: RegistryState, np: NounPhrase, toks: readonly Token[]): void {
  const { text, persons, byName, outlets } = st;
  if (np.kind === "agency" || np.kind === "publication") {
    outlets.push({ name: np.agency ?? text.slice(np.start, np.end), pos: np.start });
    return;
  }
  if (np.kind !== "person") return;
  const name = text.slice(np.nameStart, np.nameEnd);
  const parts = name.toLowerCase().split(/\s+/);
  // a lone word is a person only when a title introduces it ("minister Li")
  if (parts.length < 2 && np.roleWords.length === 0) return;
  if (parts.length > 4) return;
  const roleWords = [...np.roleWords];
  let role = np.role;
  // apposition: "Iranian Ambassador to Russia, Kazem Jalali," -> the phrase before the comma is the role
  const before = toks[np.first - 1];
  if (before && before.text === "," && np.first - 2 >= 0) {
    const r = parseNounPhrase(toks, np.first - 2, "back");
    if (r && (r.kind === "role" || (r.kind === "person" && r.roleWords.length > 0 && r.nameStart === r.nameEnd))) {
      roleWords.push(...r.roleWords);
      role ??= text.slice(r.start, r.end);
    } else if (r && r.kind === "organization") {
      const words = text.slice(r.start, r.end).toLowerCase().split(/\s+/);
      if (words.some((w) => ROLEISH.has(w))) {
        roleWords.push(...words.map((w) => (w === "defence" ? "defense" : w.replace(/'s$/, ""))));
        role ??= text.slice(r.start, r.end);
      }
    }
  }
  const key = parts.join(" ");
  let entry = byName.get(key);
  if (!entry) {
    // a shorter mention of a known longer name ("Khosravi Moghaddam") joins it
    entry = findFullerName(st.byPart, parts);
  }
  if (!entry) {
    entry = { name, parts, roleWords: new Set(), role: null, positions: [] };
    persons.push(entry);
    byName.set(key, entry);
    indexParts(st.byPart, entry, true);
  } else if (parts.length > entry.parts.length && parts.length >= 2) {
    // a fuller form seen later becomes the canonical name
    byName.delete(entry.parts.join(" "));
    entry.name = name;
    entry.parts = parts;
    byName.set(key, entry);
    indexParts(st.byPart, entry, false);
  }
  for (const w of roleWords) entry.roleWords.add(w);
  entry.role ??= role;
  entry.positions.push(np.nameStart);
}

/**
 * The first person (in `persons` order) whose name has every one of `parts` and more parts. Looks
 * only at the persons sharing the rarest of the parts, so a long article with thousands of names
 * is not searched name by name for each new one (that was quadratic on a 2 MB one-line article).
 */
function findFullerName(byPart: ReadonlyMap<string, PersonEntry[]>, parts: readonly string[]): PersonEntry | undefined {
  let rarest: PersonEntry[] | undefined;
  for (const part of parts) {
    const list = byPart.get(part);
    if (!list) return undefined;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return rarest?.find((p) => parts.every((x) => p.parts.includes(x)) && p.parts.length > parts.length);
}

function indexParts(byPart: Map<string, PersonEntry[]>, entry: PersonEntry, isNew: boolean): void {
  for (const part of new Set(entry.parts)) {
    const list = byPart.get(part);
    if (!list) byPart.set(part, [entry]);
    else if (isNew || !list.includes(entry)) list.push(entry);
  }
}
