import { parsePersonName, type PersonName } from "./parse-person-name.ts";

/**
 * The person a quote's speaker names *at that quote*: the resolved speaker name (see
 * parsePersonName) only as far as the words written at the quote name it. "Mr. Obama" for
 * "Barack Obama" names obama (no given name: that came from elsewhere in the article); "he",
 * "the president" or "The Arizona Republican" resolved to a name name no one here (null): a
 * pronoun or role noun resolved by extraction is advice, never evidence of a second person.
 * Without a written form (`written` null or undefined) the name counts as written.
 */
export function parseNamedPerson(name: string, written: string | null | undefined): PersonName | null {
  const person = parsePersonName(name);
  if (person === null || written === null || written === undefined) return person;
  const slot = `${name}\u0000${written}`;
  let named = parsed.get(slot);
  if (named === undefined) {
    if (parsed.size >= MEMO_SIZE) parsed.clear();
    named = nameAsWritten(person, written);
    parsed.set(slot, named === null || named === person ? named : Object.freeze(named));
  }
  return named;
}

/** (name, written form) pairs parsed so far, as in parsePersonName; the results are frozen */
const parsed = new Map<string, PersonName | null>();
// a million mentions name ~150k (speaker, written form) pairs: a smaller memo, cleared when full, is mostly cleared
const MEMO_SIZE = 500_000;

function nameAsWritten(person: PersonName, written: string): PersonName | null {
  const words = new Set(
    written.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().split(/\s+/)
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, "").replace(/['’]s$/u, "")),
  );
  if (!words.has(person.family)) return null;
  if (person.given === "" || words.has(person.given)) return person;
  return { family: person.family, given: "" };
}
