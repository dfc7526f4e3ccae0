import { GIVEN_NAME_FORMS } from "../lexicon/given-name-forms.ts";
import { NAME_PARTICLES } from "../lexicon/name-particles.ts";
import { TITLE_WORDS } from "../lexicon/titles.ts";

/** A confidently named person: folded family name and first given name ("" when only a surname is given). */
export interface PersonName {
  family: string;
  given: string;
}

const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The person a speaker name names, or null when it names no one with confidence: a pronoun, a
 * role noun ("the senator"), a document ("court documents"), a group ("State Department
 * officials"), an acronym ("FBI") or any phrase with a lower-case word that is not a name particle
 * ("Tea Party-inspired"). Leading titles are dropped ("Sen. Ted Cruz" -> cruz / ted); the family
 * name is the last word before a suffix ("Donald Trump Jr." -> trump / donald). A bare surname
 * parses too ("Trump" -> trump / ""); whether it is confident is for its story to say
 * (a story that names the person in full), see clusterKeys. Words compare
 * case- and accent-insensitively. Organisation names written like persons ("Fox News") are not
 * recognised here: the caller passes the extraction's speaker type.
 */
export function parsePersonName(name: string): PersonName | null {
  let person = parsed.get(name);
  if (person === undefined) {
    if (parsed.size >= MEMO_SIZE) parsed.clear();
    person = parseUncached(name);
    parsed.set(name, person === null ? null : Object.freeze(person));
  }
  return person;
}

/**
 * Names parsed so far (a run names few speakers many times: a million mentions, tens of thousands
 * of names); cleared when full. The results are frozen: callers share them.
 */
const parsed = new Map<string, PersonName | null>();
const MEMO_SIZE = 100_000;

function parseUncached(name: string): PersonName | null {
  const raw = name.normalize("NFKD").replace(/\p{M}+/gu, "").split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "")).filter((w) => w.length > 0);
  const words: string[] = [];
  for (const w of raw) {
    const pieces = w.split(/[-‐‑]/).filter((p) => p.length > 0);
    if (pieces.length === 0) return null;
    for (const p of pieces) {
      if (/\d/.test(p)) return null;
      if (!/^\p{Lu}/u.test(p) && !NAME_PARTICLES.has(p)) return null;
    }
    const folded = w.toLowerCase().replace(/\.$/, "");
    // an abbreviation is not a name ("R-N.C.", "U.S.")
    if (folded.includes(".")) return null;
    // an acronym is an organisation, not a person ("FBI", "CNN"); initials ("J.") are fine
    if (w.length >= 2 && w === w.toUpperCase() && !/\./.test(w) && /\p{L}{2}/u.test(w)) return null;
    words.push(folded);
  }
  // "The Arizona Republican", "A Democrat": a description, not a name
  if (words[0] === "the" || words[0] === "a" || words[0] === "an") return null;
  while (words.length > 0 && TITLE_WORDS.has(words[0] ?? "")) words.shift();
  while (words.length > 0 && SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  const names = words.filter((w) => !NAME_PARTICLES.has(w));
  if (names.length === 0) return null;
  const family = words[words.length - 1] ?? "";
  if (NAME_PARTICLES.has(family) || TITLE_WORDS.has(family)) return null;
  return { family, given: names.length >= 2 ? (names[0] ?? "") : "" };
}

/**
 * Positive evidence of two persons: different family names, or the same family name with
 * different given names ("Ivanka Trump" / "Donald Trump"). A surname alone agrees with every
 * fuller form of it, an initial with every given name it starts ("J. Lew" / "Jacob Lew"), a
 * short form with its full form ("Dan" / "Daniel", "Mike" / "Michael", see GIVEN_NAME_FORMS).
 */
export function areDifferentPersons(a: PersonName, b: PersonName): boolean {
  if (a.family !== b.family) return true;
  if (a.given === "" || b.given === "" || a.given === b.given) return false;
  return !sameGivenName(a.given, b.given);
}

/** an initial and its name, a name and its prefix of 3+ letters ("Dan", "Daniel"), or a known short form ("Mike", "Michael") */
function sameGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1 || short.length >= 3) {
    if (long.startsWith(short)) return true;
  }
  return (GIVEN_NAME_FORMS.get(short) ?? []).includes(long) || (GIVEN_NAME_FORMS.get(long) ?? []).includes(short);
}
