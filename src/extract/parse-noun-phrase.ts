import { AGENCY_FIRST_WORDS } from "../lexicon/agencies.ts";
import { findAgency } from "../lexicon/find-agency.ts";
import { CONNECTORS, PROPER_STOPS, TITLE_ABBREVIATIONS } from "../lexicon/name-parts.ts";
import { NAME_STOP_WORDS } from "../lexicon/name-stop-words.ts";
import { DETERMINERS, SPEAKER_PRONOUNS } from "../lexicon/pronouns.ts";
import { DEMONYMS, DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_HEADS, PLACE_MODIFIERS, PUBLICATION_HEADS, ROLE_HEADS, THE_ONLY_PUBLICATION_HEADS, TITLE_WORDS } from "../lexicon/titles.ts";
import { makeWordFilter } from "../text/make-word-filter.ts";
import { guessGender } from "./guess-gender.ts";
import type { NounPhrase, NounPhraseKind, Token } from "./types.ts";

/**
 * The word lists a phrase is parsed with, as bits of one number per word: a word's memberships
 * cost one map look-up instead of one set look-up per list (the parser asks up to eight lists
 * about each token, and set look-ups were a tenth of a parse + extract pass). Built once from the
 * lexicon's sets, which are never changed.
 */
const TITLE = 1, ROLE = 2, DEMONYM = 4, DOCUMENT = 8, MEDIA = 16, STOP = 32, ORG = 64, CONNECTOR = 128, DETERMINER = 256, AGENCY_FIRST = 512, PRONOUN = 1024;
const LEXICON_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => { for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit); };
  add(TITLE_WORDS, TITLE);
  add(ROLE_HEADS, ROLE);
  add(DEMONYMS, DEMONYM);
  add(DOCUMENT_NOUNS, DOCUMENT);
  add(MEDIA_NOUNS, MEDIA);
  add(NAME_STOP_WORDS, STOP);
  add(ORG_HEADS, ORG);
  add(CONNECTORS, CONNECTOR);
  add(DETERMINERS, DETERMINER);
  add(AGENCY_FIRST_WORDS, AGENCY_FIRST);
  add(SPEAKER_PRONOUNS.keys(), PRONOUN);
  return bits;
})();

/**
 * A cheap test before the LEXICON_BITS look-up: a token's word is a fresh string, and a map
 * look-up computes its hash first (on PolNeAR train about half of the 144,000 words looked up a
 * pass are in no list, and the filter rules out two thirds of those).
 */
const MAY_HAVE_BITS = makeWordFilter(LEXICON_BITS.keys());

/** the LEXICON_BITS of a token's lower-case word (0 when it is in none of the lists), looked up once per token (cached in `bits`) */
function bitsOf(t: Token): number {
  let b = t.bits;
  if (b < 0) {
    b = MAY_HAVE_BITS(t.lower) ? LEXICON_BITS.get(t.lower) ?? 0 : 0;
    t.bits = b;
  }
  return b;
}

/** Tokens that may sit inside a subject phrase before its head. */
function isPhraseWord(t: Token): boolean {
  if (!t.word) return false;
  const l = t.lower;
  const b = bitsOf(t);
  if (t.cap) return (b & STOP) === 0 || (b & (TITLE | DEMONYM)) !== 0 || l === "the" ? true : isProperStop(t);
  return (b & (TITLE | ROLE | DEMONYM | DOCUMENT | MEDIA)) !== 0 ||
    l.endsWith("'s") || l.endsWith("s'") || (l.endsWith("-year-old") && isAge(l)) || l === "state-run" || l === "state-owned" || l.endsWith("-based") || l === "official" || l === "top";
}

/** Capitalised stop words that still belong to a name phrase (places in "Iranian Ambassador to Russia"). */
function isProperStop(t: Token): boolean {
  return PROPER_STOPS.test(t.lower);
}

/**
 * Parses the noun phrase that ends at token `at` (direction "back", e.g. the subject before
 * "said") or starts at token `at` (direction "forward", e.g. after "said" in "said Li"). Returns
 * null when no speaker-like phrase is there. At most 14 tokens; never crosses punctuation other
 * than inner hyphens.
 */
export function parseNounPhrase(tokens: readonly Token[], at: number, direction: "back" | "forward", floor = 0, ceiling = tokens.length): NounPhrase | null {
  const t0 = tokens[at];
  if (!t0 || !t0.word || at < floor || at >= ceiling) return null;
  // a speaker pronoun ("he", "they"): one of the lexicon bits, so the token's one look-up answers it
  if ((bitsOf(t0) & PRONOUN) !== 0) {
    return make(tokens, at, at, "pronoun");
  }
  let first = at;
  let last = at;
  if (direction === "back") {
    if (!isPhraseWord(t0) || (bitsOf(t0) & CONNECTOR) !== 0) return null;
    let k = at - 1;
    while (k >= floor && at - k < 14) {
      const t = tokens[k];
      // "Ms. Acosta": the dot of a title abbreviation stays inside the phrase
      if (t && t.text === "." && k - 1 >= floor && (TITLE_ABBREVIATIONS.has(tokens[k - 1]?.lower ?? "") || isInitial(tokens[k - 1]))) { k--; continue; }
      if (!t || !t.word) break;
      const b = bitsOf(t);
      if ((b & DETERMINER) !== 0 && !t.cap) { first = k; break; }
      if (t.lower === "the") { first = k; break; }
      if ((b & CONNECTOR) !== 0 && !t.cap) {
        const before = k > 0 ? tokens[k - 1] : undefined; // (no read out of bounds: optimised code drops on one)
        if (before && before.word && k - 1 >= floor && (before.cap || (bitsOf(before) & TITLE) !== 0) && (bitsOf(before) & STOP) === 0) { k--; continue; }
        break;
      }
      if (!isPhraseWord(t)) break;
      first = k;
      k--;
    }
  } else {
    let k = at;
    if ((bitsOf(t0) & DETERMINER) !== 0) k++;
    last = k - 1;
    while (k < ceiling && k - at < 14) {
      const t = tokens[k];
      if (t && t.text === "." && (TITLE_ABBREVIATIONS.has(tokens[k - 1]?.lower ?? "") || isInitial(tokens[k - 1])) && tokens[k + 1]?.cap) { k++; continue; }
      if (!t || !t.word) break;
      if ((bitsOf(t) & CONNECTOR) !== 0 && !t.cap) {
        const after = k + 1 < tokens.length ? tokens[k + 1] : undefined;
        if (after && after.word && after.cap && last >= at) { k++; continue; }
        break;
      }
      if (!isPhraseWord(t)) break;
      last = k;
      k++;
    }
    if (last < at) return null;
  }
  // trim connectors at the edges
  while (first < last && (bitsOf(tokens[first] as Token) & CONNECTOR) !== 0) first++;
  while (last > first && (bitsOf(tokens[last] as Token) & CONNECTOR) !== 0) last--;
  return classify(tokens, first, last);
}

function classify(tokens: readonly Token[], first: number, last: number): NounPhrase | null {
  const head = tokens[last] as Token;
  const startTok = tokens[first] as Token;
  let maybeAgency = false;
  for (let k = first; k <= last; k++) if ((bitsOf(tokens[k] as Token) & AGENCY_FIRST) !== 0) { maybeAgency = true; break; }
  const ag = maybeAgency ? findAgency(joinTexts(tokens, first, last + 1)) : null;
  if (ag) {
    const np = make(tokens, first, last, "agency");
    np.agency = ag.entry.name;
    return np;
  }
  // the name part: trailing capitalised words that are not titles, demonyms or stop words
  let n = last;
  while (n >= first) {
    const t = tokens[n] as Token;
    // a middle initial's dot stays in the name ("Harry J. Kazianis")
    if (t.text === "." && n - 1 > first && isInitial(tokens[n - 1]) && n < last) { n--; continue; }
    if (!t.cap || (bitsOf(t) & (TITLE | DEMONYM | STOP | ORG)) !== 0 || t.lower.endsWith("'s")) break;
    n--;
  }
  let nameFirst = n + 1;
  let nameLast = last;
  // "Senator Mitch McConnell of Kentucky": the name is before "of", the place is an affiliation
  const ofTok = tokens[nameFirst - 1];
  if (ofTok && (ofTok.lower === "of" || ofTok.lower === "from") && nameFirst - 2 >= first && last - nameFirst < 3) {
    let m = nameFirst - 2;
    while (m >= first && isNameWord(tokens[m] as Token)) m--;
    if (m + 1 <= nameFirst - 2) { nameLast = nameFirst - 2; nameFirst = m + 1; }
  }
  // "the president to God", "the president of Russia": the capitalised words after a preposition that follows a
  // lower-case noun are that preposition's object, not the name; the phrase ends before the preposition
  // ("Ambassador to Russia", after a capitalised title, stays one role)
  const prep = tokens[nameFirst - 1];
  const owner = tokens[nameFirst - 2];
  if (nameFirst === n + 1 && prep && owner && nameFirst - 2 >= first && !prep.cap && PREPOSITIONS.has(prep.lower) && owner.word && !owner.cap) {
    return classify(tokens, first, nameFirst - 2);
  }
  // "Minister of Innovation, Science and Economic Development Navdeep Bains": the name starts at the given name
  if (nameLast - nameFirst >= 2 && guessGender((tokens[nameFirst] as Token).text) === null) {
    for (let g = nameFirst + 1; g < nameLast; g++) {
      if (guessGender((tokens[g] as Token).text) !== null) { nameFirst = g; break; }
    }
  }
  const hasDet = !startTok.cap && (bitsOf(startTok) & DETERMINER) !== 0;
  const hb = bitsOf(head);
  if (head.cap && (hb & ORG) !== 0) return make(tokens, first, last, "organization");
  // "The Hill" is a publication, "Hugh Hill" and "Dr. Hill" are not
  if (head.cap && last > first && THE_ONLY_PUBLICATION_HEADS.has(head.lower) && PLACE_MODIFIERS.has((tokens[last - 1] as Token).lower)) return make(tokens, first, last, "organization");
  if (head.cap && PUBLICATION_HEADS.has(head.lower) && last > first && (!THE_ONLY_PUBLICATION_HEADS.has(head.lower) || (tokens[last - 1] as Token).lower === "the")) {
    return make(tokens, first, last, "publication");
  }
  if (!head.cap && (hb & (MEDIA | DOCUMENT)) === MEDIA) return make(tokens, first, last, "media");
  if (!head.cap && (hb & DOCUMENT) !== 0) return make(tokens, first, last, (hb & MEDIA) !== 0 && head.lower !== "report" && head.lower !== "reports" ? "media" : "document");
  if (nameFirst <= last) {
    const np = make(tokens, first, last, "person");
    np.nameStart = (tokens[nameFirst] as Token).start;
    np.nameEnd = (tokens[nameLast] as Token).end;
    const roleFirst = hasDet ? first + 1 : first;
    np.role = nameFirst > roleFirst ? joinTexts(tokens, roleFirst, nameFirst) : null;
    np.roleWords = roleWordsOf(tokens, roleFirst, nameFirst);
    // the place after "of" ("of Kentucky") is kept as role words
    if (nameLast < last) np.roleWords.push(...roleWordsOf(tokens, nameLast + 2, last + 1));
    return np;
  }
  // "the 47-year-old": an age stands for the person given it
  if (hasDet && head.lower.endsWith("-year-old") && isAge(head.lower)) {
    const np = make(tokens, first, last, "role");
    np.role = joinTexts(tokens, first + 1, last + 1);
    np.roleWords = roleWordsOf(tokens, first + 1, last + 1);
    return np;
  }
  if ((hb & ROLE) !== 0) {
    // a bare singular role without a determiner is a modifier ("member states"), not a subject
    if (!hasDet && !head.cap && first === last && !head.lower.endsWith("s") && head.lower !== "police") return null;
    const np = make(tokens, first, last, "role");
    const roleFirst = hasDet ? first + 1 : first;
    np.role = joinTexts(tokens, roleFirst, last + 1);
    np.roleWords = roleWordsOf(tokens, roleFirst, last + 1);
    return np;
  }
  if (head.cap && startTok.cap) return make(tokens, first, last, "organization");
  return null;
}

/** prepositions whose object is never the head of the phrase before them */
const PREPOSITIONS: ReadonlySet<string> = new Set(["of", "to", "for", "on", "in", "at", "from", "with", "by"]);

/** "47-year-old" */
function isAge(l: string): boolean {
  return /^\d{1,3}-year-old$/.test(l);
}

/** a single capital letter: a middle initial ("J" of "Harry J. Kazianis") */
function isInitial(t: Token | undefined): boolean {
  return t !== undefined && t.text.length === 1 && t.cap && !TITLE_ABBREVIATIONS.has(t.lower);
}

/** a capitalised word that can be part of a person's name (not a title, demonym, stop word or organisation head) */
function isNameWord(t: Token): boolean {
  return t.word && t.cap && (bitsOf(t) & (TITLE | DEMONYM | STOP | ORG)) === 0 && !t.lower.endsWith("'s");
}

function make(tokens: readonly Token[], first: number, last: number, kind: NounPhraseKind): NounPhrase {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { kind, first, last, start: a.start, end: b.end, nameStart: a.start, nameEnd: b.end, role: null, roleWords: [], agency: null };
}

/** the texts of tokens [from, to) joined by single spaces ("" when none) */
function joinTexts(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) out += k > from ? ` ${(tokens[k] as Token).text}` : (tokens[k] as Token).text;
  return out;
}

/** the normalised lower-case role words of tokens [from, to) */
function roleWordsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(normaliseRoleWord((tokens[k] as Token).lower));
  return out;
}

function normaliseRoleWord(w: string): string {
  let x = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (x === "defence") x = "defense";
  if (x === "councillor") x = "councilor";
  if (x === "organisation") x = "organization";
  return x;
}
