import { COUNTRY_NAMES } from "../lexicon/country-names.ts";
import { ROLEISH } from "../lexicon/name-parts.ts";
import { GENDERED_TITLES, ISSUED_DOCUMENTS, PARTY_LETTERS, PARTY_WORDS, STATE_ABBREVIATIONS, TITLE_ROLE_NOUNS } from "../lexicon/person-attributes.ts";
import { makeWordFilter } from "../text/make-word-filter.ts";
import { splitNameParts } from "../text/split-name-parts.ts";
import { guessGender } from "./guess-gender.ts";
import { nameGroup } from "./name-group.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import type { NounPhrase, Token } from "./types.ts";

export type Gender = "male" | "female";

export interface PersonEntry {
  /** full name as first written ("Li Shangfu") */
  name: string;
  /** lower-cased name parts */
  parts: string[];
  /** lower-cased role words from every mention ("chinese", "defense", "minister"), with the
   *  role nouns a title stands for ("gov" -> "governor"), party and state ("republican",
   *  "kentucky" from "(R-Ky.)") and age ("47-year-old" from "Jane Roe, 47,") */
  roleWords: Set<string>;
  role: string | null;
  /** from a title or role word ("Mr.", "spokeswoman"), else from the given name; null when unknown */
  gender: Gender | null;
  /** whether the gender was stated by a title (a given name's guess yields to it) */
  genderStated: boolean;
  /** offsets of its mentions (full name, or a part of it alone: "Pelosi"), ascending */
  positions: number[];
}

export interface OutletMention {
  name: string;
  pos: number;
}

/** an organisation the article names, with the acronym it gives it ("Immigration, Refugees and Citizenship Canada (IRCC)") */
export interface OrganizationEntry {
  name: string;
  /** lower-cased words of the name */
  words: Set<string>;
  acronym: string | null;
  positions: number[];
}

/** "X said in a statement" / "X issued a statement": who a document noun stands for later */
export interface IssuedDocument {
  /** lower-case document noun ("statement") */
  noun: string;
  name: string;
  type: "person" | "organization";
  pos: number;
}

export interface EntityRegistry {
  persons: PersonEntry[];
  outlets: OutletMention[];
  organizations: OrganizationEntry[];
  /** by offset, ascending */
  documents: IssuedDocument[];
}

/**
 * The article's entity memory: the people (full names with the roles, party, state, age and
 * gender the article gives them), organisations (with acronyms), publications and the issuers
 * of documents named in the mined sentences, so that "Li", "he", "the defence minister", "the
 * Kentucky Republican", "IRCC", "the union" and "the statement" can later be resolved.
 * `frames` are the token lists of the sentences outside quotes, in text order.
 */
export function buildEntityRegistry(text: string, frames: readonly (readonly Token[])[]): EntityRegistry {
  const state: RegistryState = { text, persons: [], byName: new Map(), byPart: new Map(), outlets: [], organizations: [], orgByName: new Map(), documents: [], singles: [] };
  const { persons, outlets } = state;
  for (const toks of frames) {
    let i = toks.length - 1;
    while (i >= 0) {
      const t = toks[i];
      if (!t || !t.word || !t.cap) { i--; continue; }
      // a possessive name is a mention of that person too ("Donald Trump's new proposal")
      if (isPossessive(t.lower)) {
        const first = possessiveNameStart(toks, i);
        if (first >= 0 && recordPlainName(state, (toks[first] as Token).start, t.end - 2)) { i = first - 1; continue; }
      }
      const np = parseNounPhrase(toks, i, "back");
      if (!np) { i--; continue; }
      record(state, np, toks);
      i = np.first - 1;
    }
    findAcronyms(state, toks);
    findIssuedDocuments(state, toks);
  }
  // a lone name part ("Pelosi", "Mr. Netanyahu") is a mention of the person whose name has it
  const owners = state.singles.length > 0 ? ownersOfParts(persons) : null;
  for (const s of state.singles) {
    const p = owners?.last.get(s.part) ?? owners?.any.get(s.part);
    if (!p) continue;
    p.positions.push(s.pos);
    if (s.gender && !p.genderStated) { p.gender = s.gender; p.genderStated = true; }
    for (const w of s.roleWords) p.roleWords.add(w);
  }
  for (const p of persons) p.positions.sort((a, b) => a - b);
  outlets.sort((a, b) => a.pos - b.pos);
  state.documents.sort((a, b) => a.pos - b.pos);
  return { persons, outlets, organizations: state.organizations, documents: state.documents };
}

interface RegistryState {
  text: string;
  persons: PersonEntry[];
  /** lower-cased full name -> entry */
  byName: Map<string, PersonEntry>;
  /** lower-cased name part -> persons whose name has it, in `persons` order */
  byPart: Map<string, PersonEntry[]>;
  outlets: OutletMention[];
  organizations: OrganizationEntry[];
  orgByName: Map<string, OrganizationEntry>;
  documents: IssuedDocument[];
  /** one-word person mentions, attached to a full name once all are known */
  singles: { part: string; pos: number; gender: Gender | null; roleWords: readonly string[] }[];
}

/** the role words of a lone name part written without a title (shared: never added to) */
const NO_ROLE_WORDS: readonly string[] = [];

/** persons of two or more name parts by their last part, and by any part (the first person listed wins) */
function ownersOfParts(persons: readonly PersonEntry[]): { last: Map<string, PersonEntry>; any: Map<string, PersonEntry> } {
  const last = new Map<string, PersonEntry>();
  const any = new Map<string, PersonEntry>();
  for (const p of persons) {
    if (p.parts.length < 2) continue;
    const l = p.parts[p.parts.length - 1] as string;
    if (!last.has(l)) last.set(l, p);
    for (const x of p.parts) if (!any.has(x)) any.set(x, p);
  }
  return { last, any };
}

function record(st: RegistryState, np: NounPhrase, toks: readonly Token[]): void {
  const { text, persons, byName, outlets } = st;
  if (np.kind === "agency" || np.kind === "publication") {
    // "Michael Bloomberg" is a person whose surname is also an agency's name
    if (np.last - np.first === 1 && guessGender((toks[np.first] as Token).text) !== null && recordPlainName(st, np.start, np.end)) return;
    // (after a title or a determiner too: "Mayor Michael Bloomberg", "a Michael Bloomberg" where a quote was left out of the frame)
    const given = toks[np.last - 1];
    if (np.kind === "agency" && np.last - np.first >= 2 && given && given.cap && guessGender(given.text) !== null && recordPlainName(st, given.start, np.end)) return;
    outlets.push({ name: np.agency ?? text.slice(np.start, np.end), pos: np.start });
    return;
  }
  if (np.kind === "organization") {
    recordOrganization(st, text.slice(np.start, np.end).replace(/^the\s+/i, ""), null, np.start);
    return;
  }
  // "Larry King", "John Major": a given name and a capitalised title word after it are a name
  if (np.kind === "role" && np.last - np.first === 1 && (toks[np.first] as Token).cap && (toks[np.last] as Token).cap && guessGender((toks[np.first] as Token).text) !== null) {
    recordPlainName(st, np.start, np.end);
    return;
  }
  if (np.kind !== "person") return;
  // the most frequent case, one capitalised word ("Pelosi", "The"): a lone name part, looked up later
  if (np.first === np.last) {
    const t = toks[np.first] as Token;
    st.singles.push({ part: t.lower, pos: t.start, gender: null, roleWords: NO_ROLE_WORDS });
    return;
  }
  // "Sen. Chuck Grassley and Rep. Bob Goodlatte": two people, each with their own title and party
  if (np.last - np.first >= 4 && recordTitledPair(st, np, toks)) return;
  const name = text.slice(np.nameStart, np.nameEnd);
  // "Margaret Oduya and Thomas Feld": two people
  const and = np.last - np.first >= 4 ? text.slice(np.start, np.end).indexOf(" and ") : -1;
  if (and > 0 && recordPlainName(st, np.start, np.start + and)) {
    recordPlainName(st, np.start + and + 5, np.end);
    return;
  }
  const parts = splitNameParts(name);
  const roleWords = expandRoleWords(np.roleWords);
  const stated = genderOf(np.roleWords);
  // a lone word is a person only when a title introduces it ("minister Li"); else a later look-up joins it to a full name
  if (parts.length < 2) {
    if (parts[0] !== undefined && /^\p{Lu}/u.test(name)) st.singles.push({ part: parts[0], pos: np.nameStart, gender: stated, roleWords });
    // "House Democrats", "Senate Republicans": a group of people, no person (src/extract/name-group.ts)
    if (np.roleWords.length === 0 || (/[sS]$/.test(name) && nameGroup(text.slice(np.start, np.end)) !== null)) return;
  }
  if (parts.length > 4 || shouted(name)) return;
  // a state is no person ("North Korea said"): an organisation of the article
  const key = parts.join(" ");
  if (parts.length >= 2 && COUNTRY_NAMES.has(key)) {
    recordOrganization(st, name, null, np.nameStart);
    return;
  }
  let role = np.role;
  // apposition: "Iranian Ambassador to Russia, Kazem Jalali," -> the phrase before the comma is the role
  const before = toks[np.first - 1];
  if (before && before.text === "," && np.first - 2 >= 0) {
    const r = parseNounPhrase(toks, np.first - 2, "back");
    if (r && (r.kind === "role" || (r.kind === "person" && r.roleWords.length > 0 && r.nameStart === r.nameEnd))) {
      roleWords.push(...expandRoleWords(r.roleWords));
      role ??= text.slice(r.start, r.end);
    } else if (r && r.kind === "organization") {
      const words = text.slice(r.start, r.end).toLowerCase().split(/\s+/);
      if (words.some((w) => ROLEISH.has(w))) {
        roleWords.push(...words.map((w) => (w === "defence" ? "defense" : w.replace(/'s$/, ""))));
        role ??= text.slice(r.start, r.end);
      }
    }
  }
  roleWords.push(...affiliationAfter(toks, np.last));
  let entry = byName.get(key);
  if (!entry) {
    // a shorter mention of a known longer name ("Khosravi Moghaddam") joins it
    entry = findFullerName(st.byPart, parts);
  }
  if (!entry) {
    const guessed = parts.length >= 2 && parts[0] !== undefined ? guessGender(parts[0]) : null;
    entry = { name, parts, roleWords: new Set(), role: null, gender: stated ?? guessed, genderStated: stated !== null, positions: [] };
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
  if (stated && !entry.genderStated) { entry.gender = stated; entry.genderStated = true; }
  for (const w of roleWords) entry.roleWords.add(w);
  entry.role ??= role;
  entry.positions.push(np.nameStart);
}

const POSSESSIVE = /^\p{L}.*['’]s$/u;

/** POSSESSIVE.test(lower) without the regex for the common case (run at every capitalised word): an ASCII letter, ..., 's or ’s */
function isPossessive(lower: string): boolean {
  const n = lower.length;
  if (n < 3 || lower.charCodeAt(n - 1) !== 115) return false;
  const q = lower.charCodeAt(n - 2);
  if (q !== 39 && q !== 0x2019) return false;
  const c = lower.charCodeAt(0);
  if (c >= 128) return POSSESSIVE.test(lower);
  // a token holds no line break, so ".*" matches whatever is between
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** the first of one or two capitalised words before the possessive at `i` that with it make a name ("Donald Trump's"), -1 when none */
function possessiveNameStart(toks: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && i - first < 2) {
    const w = toks[first - 1] as Token;
    if (!w.word || !w.cap) break;
    first--;
  }
  return first < i ? first : -1;
}

/**
 * A person phrase joining two people who each have a title ("Sen. Chuck Grassley and Rep. Bob
 * Goodlatte", "Senators Charles E. Grassley and Patrick J. Leahy"): each side is parsed and recorded
 * on its own (the right one with what follows it: "(R-Va.)"), when both are names of two or more
 * words. False when the phrase is no such pair (a title's own "and": "Minister of Innovation,
 * Science and Economic Development Navdeep Bains"). Only long person phrases come here.
 */
function recordTitledPair(st: RegistryState, np: NounPhrase, toks: readonly Token[]): boolean {
  let k = np.first + 2;
  while (k < np.last - 1 && (toks[k] as Token).lower !== "and") k++;
  if (k >= np.last - 1) return false;
  const left = parseNounPhrase(toks, k - 1, "back");
  const rest = toks.slice(k + 1);
  const right = parseNounPhrase(rest, np.last - k - 1, "back");
  const twoWords = (p: NounPhrase | null): boolean => p !== null && p.kind === "person" && /\S\s+\S/.test(st.text.slice(p.nameStart, p.nameEnd));
  if (!left || !right || !twoWords(left) || !twoWords(right) || left.first < np.first) return false;
  record(st, left, toks);
  record(st, right, rest);
  return true;
}

/** a bare name of two to four capitalised words at text[start, end) */
function recordPlainName(st: RegistryState, start: number, end: number): boolean {
  const name = st.text.slice(start, end);
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) || shouted(name)) return false;
  const parts = name.toLowerCase().replace(/\./g, "").split(" ");
  // only plain names: a title or organisation word makes it something else ("Science and Economic Development")
  if (guessGender(parts[0] ?? "") === null) return false;
  const key = parts.join(" ");
  let entry = st.byName.get(key);
  if (!entry) {
    entry = { name, parts, roleWords: new Set(), role: null, gender: guessGender(parts[0] ?? ""), genderStated: false, positions: [] };
    st.persons.push(entry);
    st.byName.set(key, entry);
    indexParts(st.byPart, entry, true);
  }
  entry.positions.push(start);
  return true;
}

/** the gender a title or role word states ("Mr.", "spokeswoman"), null when none does */
function genderOf(roleWords: readonly string[]): Gender | null {
  for (const w of roleWords) {
    const g = GENDERED_TITLES.get(w);
    if (g) return g;
  }
  return null;
}

/** role words with the nouns their titles stand for ("gov" -> "governor") and party adjectives as nouns */
function expandRoleWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(PARTY_WORDS.get(w) ?? w);
    const more = TITLE_ROLE_NOUNS.get(w);
    if (more) out.push(...more);
  }
  return out;
}

/**
 * Party, state and age written right after a name: "(R-Ky.)", ", D-N.Y.,", ", 47,", ", a
 * Democrat of Ohio," / ", Democrat of Connecticut," -> ["republican", "kentucky"], ["47-year-old"].
 */
function affiliationAfter(toks: readonly Token[], last: number): string[] {
  const out: string[] = [];
  let k = last + 1;
  const open = toks[k];
  if (!open || (open.text !== "(" && open.text !== ",")) return out;
  k++;
  const t = toks[k];
  if (!t) return out;
  const tag = /^([RDI])-([A-Za-z.]+?)\.?$/.exec(t.text);
  if (tag && tag[1] && tag[2]) {
    const party = PARTY_LETTERS.get(tag[1].toLowerCase());
    const st = STATE_ABBREVIATIONS.get(tag[2].toLowerCase().replace(/\.$/, ""));
    if (party) out.push(party);
    if (st) out.push(...st.split(" "));
    return out;
  }
  if (open.text === "," && /^\d{1,3}$/.test(t.text) && toks[k + 1]?.text === ",") {
    out.push(`${t.text}-year-old`);
    return out;
  }
  // ", (a) Democrat of Connecticut," / ", the Kentucky Republican,"
  if (open.text === ",") {
    let j = k;
    if (toks[j]?.lower === "a" || toks[j]?.lower === "the") j++;
    for (let n = 0; n < 5 && toks[j]?.word; n++, j++) {
      const w = (toks[j] as Token).lower;
      const party = PARTY_WORDS.get(w);
      if (party) out.push(party);
      else if (w === "of" || /^\p{Lu}/u.test((toks[j] as Token).text)) { if (w !== "of") out.push(w); }
      else break;
    }
    if (!out.some((w) => w === "republican" || w === "democrat" || w === "independent")) return [];
  }
  return out;
}

function recordOrganization(st: RegistryState, name: string, acronym: string | null, pos: number): void {
  const key = name.toLowerCase();
  let entry = st.orgByName.get(key);
  if (!entry) {
    entry = { name, words: new Set(key.split(/\s+/)), acronym, positions: [] };
    st.organizations.push(entry);
    st.orgByName.set(key, entry);
  }
  entry.acronym ??= acronym;
  entry.positions.push(pos);
}

/**
 * "Immigration, Refugees and Citizenship Canada (IRCC)": an upper-case word in parentheses whose
 * letters are the initials of the capitalised words before it (commas and small words skipped).
 */
/** small words an acronym's letters skip ("Alliance to Reclaim Our Schools (AROS)") */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(["and", "of", "for", "the", "to", "on", "in", "at", "&"]);

function findAcronyms(st: RegistryState, toks: readonly Token[]): void {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k] as Token;
    if (toks[k - 1]?.text !== "(" || toks[k + 1]?.text !== ")" || !/^\p{Lu}{2,8}$/u.test(t.text)) continue;
    const letters = t.text;
    let need = letters.length - 1;
    let j = k - 2;
    let first = -1;
    while (j >= 0 && need >= 0 && k - j < 24) {
      const w = toks[j] as Token;
      if (w.text === "," || ACRONYM_SKIPS.has(w.lower)) { j--; continue; }
      if (!w.word || !w.cap) break;
      if (w.text[0] !== letters[need]) break;
      first = j;
      need--;
      j--;
    }
    if (need >= 0 || first < 0) continue;
    const start = (toks[first] as Token).start;
    const end = (toks[k - 2] as Token).end;
    recordOrganization(st, st.text.slice(start, end), letters, start);
  }
}

/**
 * "The association said in a statement", "X said in her statement", "X issued a statement":
 * who issued a document, so that a later "the statement said" is theirs.
 */
function findIssuedDocuments(st: RegistryState, toks: readonly Token[]): void {
  for (let k = 2; k < toks.length; k++) {
    const det = toks[k - 1] as Token;
    // the word before the noun is a determiner: a cheap test before the set look-up
    if (det.lower.length > 5 || det.cap) continue;
    const noun = toks[k] as Token;
    if (!noun.word || !mayBeDocument(noun.lower) || !ISSUED_DOCUMENTS.has(noun.lower)) continue;
    const prep = toks[k - 2] as Token;
    let cue = -1;
    if (prep.lower === "in" && /^(a|an|the|his|her|its|their|a\s)$/.test(det.lower)) cue = k - 3;
    // "the council issued a statement": the verb is the word before the determiner
    else if (/^(a|an)$/.test(det.lower) && /^(issued|released|filed|sent|posted|wrote)$/.test(prep.lower)) cue = k - 2;
    if (cue < 1) continue;
    if (cue === k - 3 && !/^(said|says|wrote|added|argued|stated|noted|explained|announced|told)$/.test((toks[cue] as Token).lower)) continue;
    const np = parseNounPhrase(toks, cue - 1, "back");
    if (!np || np.kind === "pronoun" || np.kind === "document" || np.kind === "media") continue;
    const name = st.text.slice(np.kind === "person" ? np.nameStart : np.start, np.kind === "person" ? np.nameEnd : np.end).replace(/^the\s+/i, "");
    st.documents.push({ noun: noun.lower, name, type: np.kind === "person" || np.kind === "role" ? "person" : "organization", pos: noun.start });
  }
}

/** a cheap test before the ISSUED_DOCUMENTS look-up */
const mayBeDocument = makeWordFilter(ISSUED_DOCUMENTS);

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

/** a name mixing a shouted word with others ("THE BORROWING Back", a section head run into the text) is no name */
function shouted(name: string): boolean {
  return /(?:^|\s)\p{Lu}{4,}(?:\s|$)/u.test(name) && /\p{Ll}/u.test(name);
}
