import { ISSUED_DOCUMENTS, ORGANIZATION_ROLE_NOUNS, PARTY_WORDS } from "../lexicon/person-attributes.ts";
import { DEMONYM_SOFT, GENERIC, REFERS_TO_OUTLET } from "../lexicon/speaker-references.ts";
import { TITLE_ABBREVIATIONS } from "../lexicon/name-parts.ts";
import { NAME_STOP_WORDS } from "../lexicon/name-stop-words.ts";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicon/titles.ts";
import type { SpeakerRef } from "../model/quote.ts";
import type { EntityRegistry, Gender, OrganizationEntry, OutletMention, PersonEntry } from "./build-entity-registry.ts";
import type { NounPhrase } from "./types.ts";

export interface SpeakerContext {
  /** the speaker of the latest attribution before this one, with its offset */
  lastSpeaker: { ref: SpeakerRef; pos: number; paragraph: number } | null;
  paragraph: number;
  /** start offset of the current sentence, and of the sentence before it in the same or the previous paragraph (-1 when none) */
  sentenceStart: number;
  prevSentenceStart: number;
}

export interface ResolvedSpeaker {
  ref: SpeakerRef;
  /** how sure the resolution is, 0..1 */
  certainty: number;
}

/**
 * Turns a subject phrase into the speaker it names within the article: pronouns to the subject
 * of the preceding attribution (or else the person last named), name parts to the full name the
 * article gives, roles to the person holding them, documents to the publication named before.
 * Returns null when the phrase cannot be resolved to anyone: never a guess.
 */
export function resolveSpeaker(text: string, np: NounPhrase, registry: EntityRegistry, ctx: SpeakerContext): ResolvedSpeaker | null {
  const mention = text.slice(np.start, np.end);
  // an adjective alone is nobody ("Tea Party-inspired", "GOP-backed")
  if (ADJECTIVE_ONLY.test(mention)) return null;
  switch (np.kind) {
    case "pronoun": {
      const l = mention.toLowerCase();
      if (l === "i" || l === "you" || l === "we") return null;
      const last = ctx.lastSpeaker;
      if (l === "he" || l === "she") {
        const gender = l === "he" ? "male" : "female";
        // the person of that gender mentioned last (a surname alone counts: "Pelosi")
        const p = latestPerson(registry.persons, np.start, gender);
        const near = p && p.pos > np.start - 900 ? p : null;
        // the speaker of the attribution before, when it agrees ("she said" is not the man quoted before);
        // a gender only guessed from the given name ("Kim Park") yields only to a person of the pronoun's gender
        // (never a group: "he said" after "administration officials said" is not the officials)
        // The subject of this sentence, else of the one before, is the more salient person when it
        // agrees and was named (by a name of two or more parts) after that attribution ("Leahy called this “a blockade.” “...,” he added.")
        const subject = sentenceSubject(text, registry.persons, ctx.sentenceStart, np.start, gender) ??
          (ctx.prevSentenceStart >= 0 ? sentenceSubject(text, registry.persons, ctx.prevSentenceStart, ctx.sentenceStart, gender) : null);
        if (last && last.ref.type !== "organization" && last.ref.type !== "document" && !namesGroup(last.ref.name) && ctx.paragraph - last.paragraph <= 4 &&
          !(subject && subject.pos > last.pos && subject.person.parts.length >= 2 && subject.person.name !== last.ref.name)) {
          const entry = entryOfSpeaker(registry.persons, last.ref);
          const g = entry?.gender ?? null;
          if (agrees(g, gender) || (!entry?.genderStated && near?.person.gender !== gender)) {
            return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, role: last.ref.role ?? null, type: "person" }, certainty: 0.85 };
          }
        }
        if (subject) return { ref: { mention, start: np.start, end: np.end, name: subject.person.name, role: subject.person.role, type: "person" }, certainty: 0.7 };
        if (near) return { ref: { mention, start: np.start, end: np.end, name: near.person.name, role: near.person.role, type: "person" }, certainty: 0.6 };
        // nobody near is known to be of the pronoun's gender: a gender only guessed from a given name (unisex
        // ones: "Sen. Pat Leahy ... he added") is weak evidence and does not veto the salient person
        const weak = sentenceSubject(text, registry.persons, ctx.sentenceStart, np.start, gender, true) ??
          (ctx.prevSentenceStart >= 0 ? sentenceSubject(text, registry.persons, ctx.prevSentenceStart, ctx.sentenceStart, gender, true) : null) ??
          latestPerson(registry.persons, np.start);
        if (weak && !weak.person.genderStated && weak.pos > np.start - 900) {
          return { ref: { mention, start: np.start, end: np.end, name: weak.person.name, role: weak.person.role, type: "person" }, certainty: 0.5 };
        }
        return null;
      }
      if (last && (last.ref.type === "organization" || last.ref.type === "document") && ctx.paragraph - last.paragraph <= 2) {
        return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, type: last.ref.type }, certainty: 0.6 };
      }
      // "they say" after a group spoke ("Democrats noted ...", "Mr. Grassley and Mr. Leahy say ..."): that group
      if (l === "they" && last && last.ref.type === "person" && ctx.paragraph - last.paragraph <= 1 && (namesGroup(last.ref.name) || / and /.test(last.ref.mention) || pluralNoPerson(registry.persons, last.ref.name))) {
        return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, role: last.ref.role ?? null, type: "person" }, certainty: 0.55 };
      }
      // "Proponents, including ..., have urged Congress ..., although they say": the plural opening this sentence or the one before
      if (l === "they") {
        const group = groupOpening(text, registry.persons, ctx.sentenceStart, np.start) ?? (ctx.prevSentenceStart >= 0 ? groupOpening(text, registry.persons, ctx.prevSentenceStart, ctx.sentenceStart) : null);
        if (group) return { ref: { mention, start: np.start, end: np.end, name: group, type: "person" }, certainty: 0.5 };
      }
      return null;
    }
    case "person": {
      const nameText = text.slice(np.nameStart, np.nameEnd);
      if (isDateline(text, np, nameText)) return null;
      const parts = nameText.toLowerCase().replace(/\./g, "").split(/\s+/).filter((x) => x.length > 0);
      // an acronym the article spelled out: "IRCC" -> "Immigration, Refugees and Citizenship Canada"
      if (parts.length === 1 && /^\p{Lu}{2,8}$/u.test(nameText)) {
        const org = registry.organizations.find((o) => o.acronym === nameText);
        if (org) return { ref: { mention, start: np.start, end: np.end, name: org.name, type: "organization" }, certainty: 0.85 };
      }
      const found = matchPerson(registry.persons, parts, np.start) ?? (parts.length === 1 ? misspelled(registry.persons, parts[0] ?? "") : null);
      // a label opening a paragraph ("Updated: Rick Santorum on Sunday tried ..., saying") is no one: the
      // subject is the person named right after it, else nobody
      if (!found && parts.length === 1 && np.role === null && text[np.end] === ":" && (np.start === 0 || text[np.start - 1] === "\n")) {
        const next = firstPersonFrom(registry.persons, np.end, np.end + 40);
        if (!next) return null;
        const len = text.startsWith(next.person.name, next.pos) ? next.person.name.length : (/^[\p{L}'’.-]+/u.exec(text.slice(next.pos, next.pos + 40))?.[0].length ?? 0);
        return { ref: { mention: text.slice(next.pos, next.pos + len), start: next.pos, end: next.pos + len, name: next.person.name, role: next.person.role, type: "person" }, certainty: 0.6 };
      }
      // "Mr. Grassley and Mr. Leahy say", "Smith and Jones said": both people speak, as one group
      const pair = namedPair(mention, nameText);
      if (pair) {
        // full names when the article gives both, else both as written (never one of each: "Grassley and Pat Leahy")
        const full = pair.map((side) => matchPerson(registry.persons, side.toLowerCase().replace(/\./g, "").split(/\s+/), np.start)?.name ?? null);
        const names = full[0] && full[1] ? full : pair;
        return { ref: { mention, start: np.start, end: np.end, name: names.join(" and "), role: null, type: "person" }, certainty: 0.8 };
      }
      const role = np.role ?? found?.role ?? null;
      const slip = found !== null && parts.some((x) => !found.parts.includes(x));
      return { ref: { mention, start: np.start, end: np.end, name: found ? found.name : nameText, role, type: "person" }, certainty: slip ? 0.7 : 0.95 };
    }
    case "role": {
      const words = np.roleWords.filter((w) => !GENERIC.has(w) && !isTenure(w)).map((w) => PARTY_WORDS.get(w) ?? w);
      const head = words[words.length - 1] ?? np.roleWords[np.roleWords.length - 1];
      // "the union", "the association": the organisation of that kind named last
      if (head !== undefined && ORGANIZATION_ROLE_NOUNS.has(head) && /^the\s/i.test(mention)) {
        const org = latestOrganization(registry.organizations, head, np.start);
        if (org) return { ref: { mention, start: np.start, end: np.end, name: org.name, type: "organization" }, certainty: 0.7 };
      }
      const plural = head !== undefined && head.endsWith("s") && !head.endsWith("ss");
      if (!plural && words.length > 0) {
        let best: { person: PersonEntry; pos: number } | null = null;
        // the words a person must have been given (a soft demonym may be missing): tested once, not per person
        const needed = words.filter((w) => !DEMONYM_SOFT.test(w));
        // only the persons given the head word (in registry order, as a scan of all would meet them)
        for (const p of head === undefined ? registry.persons : personsWithRoleWord(registry.persons, head)) {
          if (!needed.every((w) => p.roleWords.has(w))) continue;
          const pos = lastBefore(p.positions, np.start);
          const score = pos ?? -1e9 + (p.positions[0] ?? 0);
          if (!best || score > best.pos) best = { person: p, pos: score };
        }
        if (best) return { ref: { mention, start: np.start, end: np.end, name: best.person.name, role: np.role, type: "person" }, certainty: 0.8 };
      }
      // an unresolved description is still what the article says: keep it as the name
      return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), role: np.role, type: "person" }, certainty: 0.5 };
    }
    case "document":
    case "media": {
      const head = mention.toLowerCase().split(/\s+/).pop() ?? "";
      // "the statement" after "the association said in a statement": whoever issued it
      if (ISSUED_DOCUMENTS.has(head) && /^(the|this|that|his|her|its|their)\b/i.test(mention)) {
        const issuer = resolveIssuer(registry, head, np.start);
        if (issuer) return { ref: { mention, start: np.start, end: np.end, name: issuer.name, type: issuer.type }, certainty: 0.7 };
      }
      if (/^(the|this|that)\b/i.test(mention) && REFERS_TO_OUTLET.has(head)) {
        const o = lastOutletBefore(registry.outlets, np.start);
        if (o && np.start - o.pos < 1500) return { ref: { mention, start: np.start, end: np.end, name: o.name, type: "document" }, certainty: 0.75 };
      }
      return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), type: "document" }, certainty: 0.5 };
    }
    case "organization":
    case "publication":
      return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), type: "organization" }, certainty: 0.85 };
    case "description": {
      // "the four-term congressman": a definite phrase headed by a role noun, with modifiers the
      // noun-phrase parser does not take, is read as that role
      const roleWords = definiteRoleWords(mention);
      if (roleWords) return resolveSpeaker(text, { ...np, kind: "role", role: mention.replace(/^the\s+/i, ""), roleWords }, registry, ctx);
      // a plain subject ("several supporters of reform", "the State Department"): what the article says,
      // without a participle phrase after its noun ("team members dressed for a game" -> "team members")
      const name = stripThe(mention).replace(POSTMODIFIER, "");
      return { ref: { mention, start: np.start, end: np.end, name, type: /^\p{Lu}/u.test(name) && !TITLE_WORDS.has(name.toLowerCase()) ? "organization" : "person" }, certainty: 0.4 };
    }
    case "agency":
      return { ref: { mention, start: np.start, end: np.end, name: np.agency ?? stripThe(mention), type: "organization" }, certainty: 0.85 };
  }
}

/** a description headed by a plural common noun ("White House officials", "Democratic lawmakers") or two names joined by "and": a group, never "he" or "she" */
function namesGroup(name: string): boolean {
  const head = /(\S+)$/.exec(name)?.[1] ?? "";
  return /^\p{Ll}+[^s]s$/u.test(head) || head === "people" || name.includes(" and ");
}

/**
 * The two names of a person phrase that joins two people by "and" ("Mr. Grassley and Mr. Leahy",
 * "Smith and Jones"), titles dropped, when `nameText` (the name the phrase parser found) is the
 * second one; else null. The first must be one to four capitalised name words: a title's own
 * "and" ("Minister of Innovation, Science and Economic Development Navdeep Bains") is not a pair.
 */
function namedPair(mention: string, nameText: string): [string, string] | null {
  const and = mention.lastIndexOf(" and ");
  if (and <= 0) return null;
  const first = dropTitles(mention.slice(0, and));
  if (dropTitles(mention.slice(and + 5)) !== nameText || !PLAIN_NAME.test(first)) return null;
  if (first.split(" ").some((w) => NAME_STOP_WORDS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) return null;
  return [first, nameText];
}

/** the phrase without its leading title words ("Mr.", "Sen.", "Senator") */
function dropTitles(phrase: string): string {
  const words = phrase.split(" ");
  let k = 0;
  while (k < words.length - 1 && isTitleWord((words[k] as string).toLowerCase().replace(/\.$/, ""))) k++;
  return words.slice(k).join(" ");
}

function isTitleWord(w: string): boolean {
  return TITLE_ABBREVIATIONS.has(w) || TITLE_WORDS.has(w);
}

/** one to four capitalised words, with inner dots, apostrophes and hyphens */
const PLAIN_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** one capitalised plural word no person of the article is called ("Proponents", "Democrats" opening a sentence) */
function pluralNoPerson(persons: readonly PersonEntry[], name: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(name) && personsWithPart(persons, name.toLowerCase()).length === 0;
}

/** the capitalised plural word opening text[from, to) when no person is called so ("Proponents", "Critics"), else null */
function groupOpening(text: string, persons: readonly PersonEntry[], from: number, to: number): string | null {
  const word = /^\p{Lu}\p{Ll}+[^s]s\b/u.exec(text.slice(from, Math.min(to, from + 30)))?.[0];
  return word !== undefined && !NOT_PLURAL_NOUNS.test(word) && pluralNoPerson(persons, word) ? word : null;
}

/** sentence openers that end in "s" but are no plural nouns (a closed set of adverbs and function words) */
const NOT_PLURAL_NOUNS = /^(This|Thus|Perhaps|Sometimes|Always|Besides|Afterwards|Towards|Unless|Whereas|Nowadays|Yes|Was|Does|Has|Is|Its|Hers|Ours|Yours|Theirs|Whereabouts|Nonetheless|Regardless)$/;

/** a compound adjective ending a phrase: the phrase has no noun */
const ADJECTIVE_ONLY = /-(?:inspired|backed|led|based|aligned|affiliated|leaning|funded|owned|run)$/i;

/** a participle or adjective phrase after the noun of a description, from its first word: " dressed for a game", " present in court" */
const POSTMODIFIER = /(?<=\p{L}{3}) (?:\p{Ll}+ed|present|seen|standing|sitting|gathered|waiting) (?:for|in|at|on|outside|inside|near|by|with)\b.*$/u;

/** a modifier of tenure that no introduction repeats ("four-term", "two-time", "longtime") */
function isTenure(w: string): boolean {
  return /^[a-z]+-(term|time)$/.test(w) || w === "longtime";
}

/** the lower-case words after "the" of a phrase of 2-6 lower-case words headed by a role noun ("the four-term congressman"), else null */
function definiteRoleWords(mention: string): string[] | null {
  if (!/^the\s/i.test(mention)) return null;
  const words = mention.split(/\s+/).slice(1);
  const head = words[words.length - 1];
  if (head === undefined || words.length > 5 || !ROLE_HEADS.has(head) || words.some((w) => w !== w.toLowerCase())) return null;
  return words;
}


function stripThe(s: string): string {
  return s.replace(/^the\s+/, "");
}

/** the last of the ascending `positions` that is <= pos (binary search) */
function lastBefore(positions: readonly number[], pos: number): number | null {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (positions[lo - 1] as number) : null;
}

/**
 * The person mentioned last before `pos`, with that mention's offset: a binary search in all
 * mentions sorted by offset (on equal offsets the person listed first wins, as in a scan of the list).
 */
/** the last of the outlets (ascending by pos) whose pos is < pos: a binary search */
function lastOutletBefore(outlets: readonly OutletMention[], pos: number): OutletMention | null {
  let lo = 0;
  let hi = outlets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((outlets[mid] as OutletMention).pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (outlets[lo - 1] as OutletMention) : null;
}

function latestPerson(persons: readonly PersonEntry[], pos: number, gender: Gender | null = null): { person: PersonEntry; pos: number } | null {
  const mentions = mentionIndex(persons);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid] as Mention).pos <= pos - 1) lo = mid + 1;
    else hi = mid;
  }
  // walk back to the latest mention whose person agrees (at most 40 mentions: bounded work)
  for (let k = lo - 1; k >= 0 && lo - k <= 40; k--) {
    const m = mentions[k] as Mention;
    if (agrees(m.person.gender, gender)) return { person: m.person, pos: m.pos };
  }
  return null;
}

/**
 * The person a sentence opens with, as its subject: the first person mention in [from, to),
 * when only an opening adverb ("Still,"), "the", "former" or capitalised title words come before
 * it in the sentence and it is no possessive ("Trump's lawyer") — and when it agrees in gender
 * (with `guessYields`, a gender only guessed from the given name does not count against it).
 */
function sentenceSubject(text: string, persons: readonly PersonEntry[], from: number, to: number, gender: Gender, guessYields = false): { person: PersonEntry; pos: number } | null {
  const first = firstPersonFrom(persons, from, Math.min(to, from + 60));
  if (!first || !(agrees(first.person.gender, gender) || (guessYields && !first.person.genderStated))) return null;
  if (!SUBJECT_LEAD.test(text.slice(from, first.pos))) return null;
  const word = NAME_RUN.exec(text.slice(first.pos, first.pos + 60))?.[0] ?? "";
  return /['’]s?$/.test(word) ? null : first;
}

/** what may open a sentence before its subject's name: an adverb with its comma, then title words */
const SUBJECT_LEAD = /^(?:\p{L}+,\s+)?(?:(?:the|a|former|\p{Lu}[\p{L}.'’-]*)\s+){0,6}$/u;
/** a name run: capitalised words with inner dots, apostrophes and hyphens */
const NAME_RUN = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}/u;

/** the first person mention at an offset in [from, to), null when none */
function firstPersonFrom(persons: readonly PersonEntry[], from: number, to: number): { person: PersonEntry; pos: number } | null {
  const mentions = mentionIndex(persons);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid] as Mention).pos < from) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.pos < to ? { person: m.person, pos: m.pos } : null;
}

/** unknown genders agree with anything */
function agrees(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === b;
}

/** the registry entry of a resolved speaker's name, null when it has none */
function entryOfSpeaker(persons: readonly PersonEntry[], ref: SpeakerRef): PersonEntry | null {
  const key = ref.name.toLowerCase();
  for (const p of persons) if (p.name.toLowerCase() === key) return p;
  return null;
}

/**
 * A person written with a slip ("Tump" for "Trump"): the one known person whose last name is one
 * edit away (a letter dropped, added, changed or two swapped), names of 4+ letters only.
 */
function misspelled(persons: readonly PersonEntry[], part: string): PersonEntry | null {
  if (part.length < 4) return null;
  let found: PersonEntry | null = null;
  for (const p of persons) {
    const last = p.parts[p.parts.length - 1];
    if (p.parts.length < 2 || last === undefined || last[0] !== part[0] || !oneEditApart(last, part)) continue;
    if (found && found !== p) return null;
    found = p;
  }
  return found;
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** the organisation with this word in its name mentioned last before pos (else first) */
function latestOrganization(orgs: readonly OrganizationEntry[], word: string, pos: number): OrganizationEntry | null {
  let best: OrganizationEntry | null = null;
  let bestPos = -Infinity;
  for (const o of orgs) {
    if (!o.words.has(word)) continue;
    const at = lastBefore(o.positions, pos);
    if (at !== null && at > bestPos) { best = o; bestPos = at; }
  }
  return best;
}

/** the issuer of the latest such document before pos (within 3,000 characters), its name resolved against the memory */
function resolveIssuer(registry: EntityRegistry, noun: string, pos: number): { name: string; type: "person" | "organization" } | null {
  const docs = registry.documents;
  for (let k = docs.length - 1; k >= 0; k--) {
    const d = docs[k];
    if (!d || d.pos >= pos) continue;
    if (pos - d.pos > 3000) return null;
    if (d.noun !== noun && !(noun.startsWith("statement") && d.noun.startsWith("statement"))) continue;
    const words = d.name.toLowerCase().split(/\s+/);
    const orgWord = words[words.length - 1] ?? "";
    if (words.length === 1 && ORGANIZATION_ROLE_NOUNS.has(orgWord)) {
      const org = latestOrganization(registry.organizations, orgWord, d.pos);
      return { name: org ? org.name : d.name, type: "organization" };
    }
    const person = d.type === "person" ? matchPerson(registry.persons, words, d.pos) : null;
    return { name: person ? person.name : d.name, type: d.type };
  }
  return null;
}

/** a dateline taken for a name: an all-capital word opening a paragraph before a dash or comma ("WASHINGTON —") */
function isDateline(text: string, np: NounPhrase, nameText: string): boolean {
  if (!/^[\p{Lu}\s.]{4,}$/u.test(nameText) || !/\p{Lu}{4}/u.test(nameText)) return false;
  const before = np.start === 0 ? "\n" : text[np.start - 1];
  if (before !== "\n") return false;
  return /^\s*[,—–(-]/.test(text.slice(np.end, np.end + 3));
}

interface Mention {
  pos: number;
  person: PersonEntry;
  /** index of the person in the registry */
  order: number;
}

/** every mention of every person, by offset (equal offsets: the later-listed person first) */
const mentionsOf = new WeakMap<readonly PersonEntry[], Mention[]>();

function mentionIndex(persons: readonly PersonEntry[]): Mention[] {
  let list = mentionsOf.get(persons);
  if (!list) {
    list = [];
    persons.forEach((person, order) => {
      for (const pos of person.positions) (list as Mention[]).push({ pos, person, order });
    });
    list.sort((a, b) => a.pos - b.pos || b.order - a.order);
    mentionsOf.set(persons, list);
  }
  return list;
}

/** persons by role word, in registry order, built once per registry's person list */
const roleIndex = new WeakMap<readonly PersonEntry[], Map<string, PersonEntry[]>>();
/** persons by lower-cased name part, built once per registry's person list */
const partIndex = new WeakMap<readonly PersonEntry[], Map<string, PersonEntry[]>>();

/**
 * Below this many persons (most articles: 13 on average in PolNeAR) a look-up scans the list,
 * which costs less than building the index; the index keeps a long article (thousands of names)
 * linear. Both give the same persons in the same (registry) order.
 */
const INDEX_FROM = 24;

function personsWithRoleWord(persons: readonly PersonEntry[], word: string): readonly PersonEntry[] {
  if (persons.length < INDEX_FROM) return persons.filter((p) => p.roleWords.has(word));
  return personsByKey(roleIndex, persons, rolesOf).get(word) ?? [];
}

function personsWithPart(persons: readonly PersonEntry[], part: string): readonly PersonEntry[] {
  if (persons.length < INDEX_FROM) return persons.filter((p) => p.parts.includes(part));
  return personsByKey(partIndex, persons, partsOf).get(part) ?? [];
}

function rolesOf(p: PersonEntry): Iterable<string> {
  return p.roleWords;
}

function partsOf(p: PersonEntry): Iterable<string> {
  return p.parts;
}

/** `persons` grouped by each of their keys (a person once per distinct key), cached in `cache` */
function personsByKey(
  cache: WeakMap<readonly PersonEntry[], Map<string, PersonEntry[]>>,
  persons: readonly PersonEntry[],
  keys: (p: PersonEntry) => Iterable<string>,
): Map<string, PersonEntry[]> {
  let index = cache.get(persons);
  if (!index) {
    index = new Map();
    for (const p of persons) {
      for (const key of new Set(keys(p))) {
        const list = index.get(key);
        if (list) list.push(p);
        else index.set(key, [p]);
      }
    }
    cache.set(persons, index);
  }
  return index;
}

/** the full name containing all these parts: the longest, then the most recently mentioned */
function matchPerson(persons: readonly PersonEntry[], parts: readonly string[], pos: number): PersonEntry | null {
  let best: PersonEntry | null = null;
  let bestKey = -Infinity;
  const candidates = parts[0] === undefined ? persons : personsWithPart(persons, parts[0]);
  for (const p of candidates) {
    if (!parts.every((x) => p.parts.includes(x))) continue;
    const at = lastBefore(p.positions, pos) ?? -1e8;
    const key = p.parts.length * 1e9 + at;
    if (key > bestKey) { best = p; bestKey = key; }
  }
  return best;
}
