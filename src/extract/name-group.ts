import pluralize from "pluralize";
import { DOCUMENT_NOUNS, MEDIA_NOUNS } from "../lexicon/titles.ts";
import { PERSON_NOUNS } from "../lexicon/person-nouns.ts";

/**
 * The name of the group a subject phrase names, or null when it names no group of people:
 * "State Department officials" -> "State Department officials", "Republicans" -> "Republicans",
 * "some lawmakers" -> "lawmakers", "the protesters" -> "protesters", "Two senior administration
 * officials" -> "senior administration officials", "supporters of the bill" -> "supporters of the
 * bill", "critics" -> "critics"; "the documents", "Democratic leader", "Trump" -> null.
 *
 * A group is a noun phrase whose head is a plural noun naming people: the head's singular (the
 * `pluralize` package, MIT) is a noun whose first WordNet sense is a person (src/lexicon/
 * person-nouns.ts, generated from WordNet 3.1), and no document or media noun ("reports",
 * "records"). The head is the last word, or the word before "of" ("supporters of the bill";
 * after a quantifier, the noun after it: "dozens of protesters"). Leading determiners,
 * quantifiers and numbers are not part of the name; modifiers are ("House", "Democratic", "State
 * Department"). A bare quantifier standing for people ("some", "many", "others") is a group too,
 * named by itself. Whether a capitalised plural is a family ("the Kennedys") or a person the
 * article names is for the caller to say: this looks at the words only; a title before a
 * capitalised plural makes it a surname ("Senator Masters", "Mr. Sanders"), no group.
 */
export function nameGroup(phrase: string): string | null {
  // the same subject phrases ("the president", "officials") come back in every article
  const known = phrases.get(phrase);
  if (known !== undefined) return known;
  const answer = readGroup(phrase);
  if (phrases.size >= MEMO_LIMIT) phrases.clear();
  phrases.set(phrase, answer);
  return answer;
}

/** the answers for phrases seen, bounded */
const phrases = new Map<string, string | null>();

function readGroup(phrase: string): string | null {
  // most subject phrases ("Mr. Li", "the minister") hold no plural word: one test rules them out
  if (!MAY_BE_PLURAL.test(phrase)) return null;
  const words = phrase.replace(/[,;:]$/, "").trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1) {
    // "dozens of protesters", "a majority of Democrats": the people after the quantity
    if (QUANTITY.test(words[k] as string) && words[k + 1]?.toLowerCase() === "of") k += 2;
    else if (LEADERS.test(words[k] as string)) k++;
    else break;
  }
  const rest = words.slice(k);
  if (rest.length === 0) return null;
  if (rest.length === 1 && BARE_QUANTIFIERS.test(rest[0] as string)) return (rest[0] as string).toLowerCase();
  // the head: the word before the first preposition or relative word ("supporters of the bill", "officials
  // who ..."), or before a participle after a plural ("people briefed on the talks"), else the last word
  let at = rest.length - 1;
  let end = rest.length;
  for (let i = 1; i < rest.length; i++) {
    const w = rest[i] as string;
    if (POSTMODIFIER_OPENERS.test(w)) {
      at = i - 1;
      // an "of" phrase is part of the name ("members of the congregation"); the rest is not
      end = w.toLowerCase() === "of" ? rest.length : i;
      break;
    }
    if (/^\p{Ll}+(?:ed|ing)$/u.test(w) && namesPeople(rest[i - 1] as string)) {
      at = i - 1;
      end = i;
      break;
    }
  }
  const head = rest[at];
  if (head === undefined || !namesPeople(head)) return null;
  // a title before a capitalised plural makes it a surname: "Senator Masters", "Mr Sanders", "Dr. Rogers"
  if (/^\p{Lu}/u.test(head) && rest.slice(0, at).some(isTitle)) return null;
  return rest.slice(0, end).join(" ");
}

/** a word that may be a plural noun or a quantifier standing for people, at a word's end */
const MAY_BE_PLURAL = /(?:s['’]?|people|men|children|folk|some|many|several|most|few|both|all)(?=[\s,;:]|$)/i;

/** words that end a group's head noun and open what follows it */
const POSTMODIFIER_OPENERS = /^(?:of|for|in|at|on|from|with|to|by|about|among|who|whom|which|that|whose|across|inside|outside|near|familiar|close)$/i;

/** a title or honorific: an abbreviation ("Sen.", "Dr."), or a singular noun naming a person ("Senator", "Governor"), no party word */
function isTitle(word: string): boolean {
  if (/\.$/.test(word) || HONORIFICS.test(word)) return true;
  const lower = word.toLowerCase();
  return lower !== "republican" && lower !== "democrat" && PERSON_NOUNS.has(lower) && pluralize.singular(lower) === lower;
}

const HONORIFICS = /^(?:mr|mrs|ms|dr|sir|dame|rev|sen|rep|gov|gen)$/i;

/** a plural noun whose singular names a person ("officials", "Republicans", "people"), no document or media noun */
function namesPeople(word: string): boolean {
  const w = word.replace(/['’]$/, "");
  // a cheap test first: a plural ends in "s" or is an irregular one ("people", "men", "women", "children")
  if (!/s$|^(?:people|men|women|children|folk)$/iu.test(w)) return false;
  const known = memo.get(w);
  if (known !== undefined) return known;
  const answer = /^\p{L}[\p{L}-]*\p{L}$/u.test(w) && !/^\p{Lu}+$/u.test(w) && pluralOfPersonNoun(w.toLowerCase());
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(w, answer);
  return answer;
}

function pluralOfPersonNoun(lower: string): boolean {
  if (DOCUMENT_NOUNS.has(lower) || MEDIA_NOUNS.has(lower)) return false;
  const singular = pluralize.singular(lower);
  return singular !== lower && PERSON_NOUNS.has(singular) && !DOCUMENT_NOUNS.has(singular) && !MEDIA_NOUNS.has(singular);
}

/** the answers for words seen (the same heads come back in every article; pluralize tries a list of rules per word) */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

/** words that open a noun phrase without naming anything: determiners, quantifiers, numbers */
const LEADERS = /^(?:the|a|an|some|many|several|most|all|both|few|other|these|those|that|this|such|more|than|numerous|various|about|nearly|almost|at|least|even|only|just|also|including|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|dozen|hundred|thousand|million|scores)$/i;

/** quantities read with "of" ("dozens of protesters", "some of the lawmakers") */
const QUANTITY = /^(?:some|many|several|most|all|both|few|dozens|hundreds|thousands|millions|scores|none|each|majority|minority|number|handful|couple|group|crowd|pair|lot|lots|half|third|quarter|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/i;

/** quantifiers that stand for people on their own ("some say", "many argue", "others said") */
const BARE_QUANTIFIERS = /^(?:some|many|others|several|most|few|both|all)$/i;
