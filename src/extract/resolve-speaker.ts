import { COUNTRY_NAMES } from "../lexicon/country-names.ts";
import { ISSUED_DOCUMENTS, ORGANIZATION_ROLE_NOUNS, PARTY_WORDS } from "../lexicon/person-attributes.ts";
import { DEMONYM_SOFT, GENERIC, REFERS_TO_OUTLET } from "../lexicon/speaker-references.ts";
import { TITLE_ABBREVIATIONS } from "../lexicon/name-parts.ts";
import { NAME_STOP_WORDS } from "../lexicon/name-stop-words.ts";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicon/titles.ts";
import type { SpeakerRef } from "../model/quote.ts";
import type { EntityRegistry, Gender, OrganizationEntry, OutletMention, PersonEntry } from "./build-entity-registry.ts";
import { guessGender } from "./guess-gender.ts";
import { mapPacked } from "../ingest/map-packed.ts";
import { nameGroup } from "./name-group.ts";
import { splitNameParts } from "../text/split-name-parts.ts";
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
  // a number is nobody: "said 9/11 widow Terry Strada" parsed as "9" is the person named right after it, else no one
  if (!/\p{L}/u.test(mention)) {
    const next = nameRightAfter(text, registry.persons, np.end);
    return next ? mentionAt(text, next, 0.6) : null;
  }
  switch (np.kind) {
    case "pronoun":
      return resolvePronoun(text, np, registry, ctx, mention);
    case "person":
      return resolvePerson(text, np, registry, mention);
    case "role":
      return resolveRole(np, registry, ctx, mention);
    case "document":
    case "media":
      return resolveDocument(text, np, registry, mention);
    case "organization":
    case "publication":
      return resolveOrganization(np, registry, mention);
    case "description":
      return resolveDescription(text, np, registry, ctx, mention);
    case "agency":
      return { ref: { mention, start: np.start, end: np.end, name: np.agency ?? stripThe(mention), type: "organization" }, certainty: 0.85 };
  }
}

// One function per kind of phrase: a rare path of one kind (a pair of names, a definite role) that
// reaches optimised code with a shape it has not seen drops and recompiles that function only, not
// one switch holding every kind with everything inlined into it.

/** a pronoun: the speaker before, the subject of this or the last sentence, or the person last named */
function resolvePronoun(text: string, np: NounPhrase, registry: EntityRegistry, ctx: SpeakerContext, mention: string): ResolvedSpeaker | null {
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
      (ctx.prevSentenceStart >= 0 ? sentenceSubject(text, registry.persons, ctx.prevSentenceStart, ctx.sentenceStart, gender) ?? chainedSubject(text, registry.persons, ctx.prevSentenceStart, l) : null);
    if (last && last.ref.type !== "organization" && last.ref.type !== "document" && last.ref.type !== "group" && !namesGroup(last.ref.name) && ctx.paragraph - last.paragraph <= 4 &&
      !(subject && subject.pos > last.pos && subject.person.parts.length >= 2 && subject.person.name !== last.ref.name)) {
      const entry = entryOfSpeaker(registry.persons, last.ref);
      // a speaker the memory has no entry for ("Melanie said") still has the gender of its given name
      const g = entry ? entry.gender : guessGender(/^\S+/.exec(last.ref.name)?.[0] ?? "");
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
  if (l === "they" && last && last.ref.type === "group" && ctx.paragraph - last.paragraph <= 1) {
    return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, role: last.ref.role ?? null, type: "group" }, certainty: 0.55 };
  }
  if (l === "they" && last && last.ref.type === "person" && ctx.paragraph - last.paragraph <= 1 && (namesGroup(last.ref.name) || / and /.test(last.ref.mention) || pluralNoPerson(registry.persons, last.ref.name))) {
    // two named people ("Mr. Grassley and Mr. Leahy") stay persons; a plural noun naming people is a group
    const type = !/ and /.test(last.ref.mention) && nameGroup(last.ref.name) !== null ? "group" : "person";
    return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, role: last.ref.role ?? null, type }, certainty: 0.55 };
  }
  // "Proponents, including ..., have urged Congress ..., although they say": the plural opening this sentence or the one before
  if (l === "they") {
    const group = groupOpening(text, registry.persons, ctx.sentenceStart, np.start) ?? (ctx.prevSentenceStart >= 0 ? groupOpening(text, registry.persons, ctx.prevSentenceStart, ctx.sentenceStart) : null);
    if (group) return { ref: { mention, start: np.start, end: np.end, name: group, type: "group" }, certainty: 0.5 };
  }
  return null;
}

/** a name: the full name the article gives, a state, a group, a pair of names */
function resolvePerson(text: string, np: NounPhrase, registry: EntityRegistry, mention: string): ResolvedSpeaker | null {
  let nameText = text.slice(np.nameStart, np.nameEnd);
  // no name parsed: "Mr. King" (a title word as the surname after an honorific), "9/11 widow Terry
  // Strada" (a number taken for the name): the person the memory knows inside the phrase, else the honorific's surname
  if (!/\p{L}/u.test(nameText)) {
    // (or right after it, nothing but spaces and words between: "said 9/11 widow Terry Strada")
    const inside = firstPersonFrom(registry.persons, np.start, np.end) ?? nameRightAfter(text, registry.persons, np.end);
    const honorific = HONORIFIC_SURNAME.exec(mention)?.[1];
    if (inside) nameText = inside.person.name;
    else if (honorific !== undefined) nameText = honorific;
    else return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), role: np.role, type: "person" }, certainty: 0.4 };
  }
  if (isDateline(text, np, nameText)) return null;
  // (splitNameParts: the same parts as lower-casing, dropping dots and splitting at white space, in one pass)
  const parts = splitNameParts(nameText);
  // an acronym the article spelled out: "IRCC" -> "Immigration, Refugees and Citizenship Canada"
  if (parts.length === 1 && ACRONYM.test(nameText)) {
    const org = expandAcronym(registry, nameText, np.start);
    if (org) return { ref: { mention, start: np.start, end: np.end, name: org, type: "organization" }, certainty: 0.85 };
  }
  // an opening participle phrase is no name ("Chastened by the analyses, ..., Trump revised"): the person named after its comma
  if (parts.length === 1 && np.role === null && /ed$/.test(parts[0] ?? "") && /^\s+by\s/.test(text.slice(np.end, np.end + 5)) && personsWithPart(registry.persons, parts[0] ?? "").length === 0) {
    const comma = text.indexOf(", ", np.end);
    const next = comma >= 0 && comma - np.end < 200 ? firstPersonFrom(registry.persons, comma, comma + 200) : null;
    return next ? mentionAt(text, next, 0.5) : null;
  }
  const found = matchPerson(registry.persons, parts, np.start) ?? (parts.length === 1 ? misspelled(registry.persons, parts[0] ?? "") : null);
  // a state is no person ("North Korea said", "China warned")
  if (!found && COUNTRY_NAMES.has(parts.join(" "))) return { ref: { mention, start: np.start, end: np.end, name: nameText, type: "organization" }, certainty: 0.85 };
  // a capitalised plural no person of the article is called, with no title ("Republicans", "House
  // Democrats", "the Catholics"): a group, named by the phrase with its modifiers
  if (!found && parts.length === 1 && personsWithPart(registry.persons, parts[0] ?? "").length === 0) {
    const group = nameGroup(mention);
    if (group !== null) return groupSpeaker(mention, np, group, 0.85);
  }
  // a label opening a paragraph ("Updated: Rick Santorum on Sunday tried ..., saying") is no one: the
  // subject is the person named right after it, else nobody
  if (!found && parts.length === 1 && np.role === null && text[np.end] === ":" && (np.start === 0 || text[np.start - 1] === "\n")) {
    const next = firstPersonFrom(registry.persons, np.end, np.end + 40);
    if (!next) return null;
    return mentionAt(text, next, 0.6);
  }
  // "Mr. Grassley and Mr. Leahy say", "Smith and Jones said": both people speak, as one group
  const pair = namedPair(mention, nameText);
  if (pair) {
    // full names when the article gives both, else both as written (never one of each: "Grassley and Pat Leahy")
    const first = pairSide(registry.persons, pair[0], np.start);
    const second = pairSide(registry.persons, pair[1], np.start);
    const name = first && second ? `${first} and ${second}` : `${pair[0]} and ${pair[1]}`;
    return { ref: { mention, start: np.start, end: np.end, name, role: null, type: "person" }, certainty: 0.8 };
  }
  const role = np.role ?? found?.role ?? null;
  const slip = found !== null && parts.some((x) => !found.parts.includes(x));
  return { ref: { mention, start: np.start, end: np.end, name: found ? found.name : nameText, role, type: "person" }, certainty: slip ? 0.7 : 0.95 };
}

/** a role: the person holding it, the organisation of that kind, or the description itself */
function resolveRole(np: NounPhrase, registry: EntityRegistry, ctx: SpeakerContext, mention: string): ResolvedSpeaker | null {
  // "State Department officials", "some lawmakers", "aides", "the protesters": a plural role is a group
  const group = nameGroup(mention);
  if (group !== null) return groupSpeaker(mention, np, group, 0.85);
  // "a spokesman", "another source": an indefinite phrase introduces someone, it does not point back
  if (/^(?:a|an|another|one)\s/i.test(mention)) return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), role: np.role, type: "person" }, certainty: 0.5 };
  // "Mr. King": an honorific and a surname that is also a title word is that person
  const surname = HONORIFIC_SURNAME.exec(mention)?.[1];
  const bearer = surname === undefined ? null : matchPerson(registry.persons, [surname.toLowerCase()], np.start);
  if (bearer) return { ref: { mention, start: np.start, end: np.end, name: bearer.name, role: bearer.role, type: "person" }, certainty: 0.9 };
  const words = mapPacked(np.roleWords.filter((w) => !GENERIC.has(w) && !isTenure(w)), (w) => PARTY_WORDS.get(w) ?? w);
  const head = words[words.length - 1] ?? np.roleWords[np.roleWords.length - 1];
  // "the union", "the association": the organisation of that kind named last
  if (head !== undefined && ORGANIZATION_ROLE_NOUNS.has(head) && /^the\s/i.test(mention)) {
    const org = latestOrganization(registry.organizations, head, np.start);
    if (org) return { ref: { mention, start: np.start, end: np.end, name: org.name, type: "organization" }, certainty: 0.7 };
    // no organisation is called so ("the union" after "the Association of Flight Attendants said"): the body that spoke last
    const last = ctx.lastSpeaker;
    // (a body the phrase parser read as a person, "the Association of Flight Attendants", counts by its mention)
    if (last && (last.ref.type === "organization" || namesBody(last.ref.mention)) && ctx.paragraph - last.paragraph <= 2) {
      const body = last.ref.type === "organization" ? last.ref.name : stripThe(last.ref.mention);
      return { ref: { mention, start: np.start, end: np.end, name: body, type: "organization" }, certainty: 0.6 };
    }
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
    // a capitalised modifier the article never gave anyone ("the California congressman" after "Rep. Adam
    // Schiff"): the one person holding the other words, when exactly one does
    const capitalised = capitalisedWords(mention);
    const plain = needed.filter((w) => !capitalised.has(w));
    if (head !== undefined && plain.length < needed.length && plain.length > 0) {
      const holders = personsWithRoleWord(registry.persons, head).filter((p) => plain.every((w) => p.roleWords.has(w)) && lastBefore(p.positions, np.start) !== null);
      const only = holders.length === 1 ? holders[0] : undefined;
      if (only) return { ref: { mention, start: np.start, end: np.end, name: only.name, role: np.role, type: "person" }, certainty: 0.6 };
    }
    // a definite role nobody in the memory holds ("Mike Pence says ...", then "the Indiana governor said"):
    // the person who spoke last, named in full, within two paragraphs (the article's elegant variation)
    const last = ctx.lastSpeaker;
    if (head !== undefined && /^the\s/i.test(mention) && !ORGANIZATION_ROLE_NOUNS.has(head) && personsWithRoleWord(registry.persons, head).length === 0 && last &&
      last.ref.type === "person" && !namesGroup(last.ref.name) && /\S\s\S/.test(last.ref.name) && ctx.paragraph - last.paragraph <= 2) {
      return { ref: { mention, start: np.start, end: np.end, name: last.ref.name, role: np.role, type: "person" }, certainty: 0.5 };
    }
  }
  // an unresolved description is still what the article says: keep it as the name
  return { ref: { mention, start: np.start, end: np.end, name: stripThe(mention), role: np.role, type: "person" }, certainty: 0.5 };
}

/** a document or medium: its issuer, the outlet named before, or the document itself */
function resolveDocument(text: string, np: NounPhrase, registry: EntityRegistry, mention: string): ResolvedSpeaker | null {
  const head = mention.toLowerCase().split(/\s+/).pop() ?? "";
  // "an analysis by Lily Batchelder", "a complaint filed by the Securities and Exchange Commission": its issuer
  const by = issuerAfter(text, registry, np.end);
  if (by) return { ref: { mention, start: np.start, end: np.end, name: by.name, type: by.type }, certainty: 0.7 };
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

/** an organisation, an acronym spelled out when the article gave it */
function resolveOrganization(np: NounPhrase, registry: EntityRegistry, mention: string): ResolvedSpeaker | null {
  const name = stripThe(mention);
  // "The IMF", "The S.E.C." after "International Monetary Fund", "Securities and Exchange Commission"
  const full = ACRONYM.test(name) ? expandAcronym(registry, name, np.start) : null;
  return { ref: { mention, start: np.start, end: np.end, name: full ?? name, type: "organization" }, certainty: 0.85 };
}

/** any other subject phrase: an issuer, a group, a definite role, else the phrase */
function resolveDescription(text: string, np: NounPhrase, registry: EntityRegistry, ctx: SpeakerContext, mention: string): ResolvedSpeaker | null {
  // "a 52-count civil complaint filed by the federal Securities and Exchange Commission": the issuer named with the document
  const doc = DOCUMENT_IN_PHRASE.exec(mention);
  const by = doc ? issuerAfter(text, registry, np.start + doc.index + doc[0].length) : null;
  if (by) return { ref: { mention, start: np.start, end: np.end, name: by.name, type: by.type }, certainty: 0.6 };
  // "the four-term congressman": a definite phrase headed by a role noun, with modifiers the
  // noun-phrase parser does not take, is read as that role
  // "Two senior officials, speaking on condition of anonymity, said": a participle clause parsed as the
  // subject stands for the phrase before its comma; a group there is the speaker
  if (/^\p{Ll}+ing\s/u.test(mention)) {
    const before = groupBeforeComma(text, np.start, ctx.sentenceStart);
    if (before) return { ref: { mention: before.phrase, start: before.start, end: before.start + before.phrase.length, name: before.name, role: null, type: "group" }, certainty: 0.75 };
  }
  // "several supporters of the bill", "critics of the plan", "the protesters gathered outside": a group of people
  // (nameGroup stops at a participle after the plural itself: "team members dressed for a game" -> team members)
  const group = nameGroup(mention);
  if (group !== null) return groupSpeaker(mention, np, group, 0.75);
  const roleWords = definiteRoleWords(mention);
  if (roleWords) {
    // (the phrase's fields in NounPhrase's order, as parseNounPhrase makes it: one shape for resolveRole)
    const asRole: NounPhrase = {
      kind: "role", first: np.first, last: np.last, start: np.start, end: np.end, nameStart: np.nameStart, nameEnd: np.nameEnd,
      role: mention.replace(/^the\s+/i, ""), roleWords, agency: np.agency,
    };
    return resolveSpeaker(text, asRole, registry, ctx);
  }
  // a plain subject ("several supporters of reform", "the State Department"): what the article says,
  // without a participle phrase after its noun ("team members dressed for a game" -> "team members")
  const plain = stripThe(mention);
  // (a postmodifier has a space and a preposition: the cheap test first, then the lookbehind)
  const name = POSTMODIFIER_PREPOSITION.test(plain) ? plain.replace(POSTMODIFIER, "") : plain;
  return { ref: { mention, start: np.start, end: np.end, name, type: /^\p{Lu}/u.test(name) && !TITLE_WORDS.has(name.toLowerCase()) ? "organization" : "person" }, certainty: 0.4 };
}

/**
 * The group named by the phrase that ends with ", " right before `at` and starts its clause (after
 * the sentence's start or a comma, at most 120 characters back): "Two senior officials, speaking
 * on condition of anonymity, said" -> "senior officials". Null when there is none.
 */
function groupBeforeComma(text: string, at: number, sentenceStart: number): { phrase: string; start: number; name: string } | null {
  if (!/,\s+$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const from = Math.max(sentenceStart, at - 120, 0);
  const window = text.slice(from, at).replace(/,\s+$/, "");
  const cut = Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf("\n"), window.lastIndexOf(":"));
  if (cut < 0 && from !== sentenceStart) return null;
  const lead = window.slice(cut + 1);
  const phrase = lead.trimStart();
  // a short noun phrase only: "In a statement the officials" is no subject phrase
  const name = phrase === "" || phrase.split(/\s+/).length > 6 || CLAUSE_PREPOSITION.test(phrase) ? null : nameGroup(phrase);
  return name === null ? null : { phrase, start: from + cut + 1 + (lead.length - phrase.length), name };
}

const CLAUSE_PREPOSITION = /\b(?:in|on|at|after|before|during|with|for|from|to|as|by|when|while)\b/i;

/** the speaker of a subject phrase that names a group of people (see nameGroup) */
function groupSpeaker(mention: string, np: NounPhrase, name: string, certainty: number): ResolvedSpeaker {
  return { ref: { mention, start: np.start, end: np.end, name, role: null, type: "group" }, certainty };
}

/** a description headed by a plural common noun ("White House officials", "Democratic lawmakers") or two names joined by "and": a group, never "he" or "she" */
function namesGroup(name: string): boolean {
  const head = /(\S+)$/.exec(name)?.[1] ?? "";
  return /^\p{Ll}+[^s]s$/u.test(head) || head === "people" || name.includes(" and ") || QUANTIFIERS.test(name);
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
/** what every POSTMODIFIER match holds: a space and one of its prepositions as a word (a necessary condition, cheaper to test) */
const POSTMODIFIER_PREPOSITION = / (?:for|in|at|on|outside|inside|near|by|with)\b/u;

/** a modifier of tenure that no introduction repeats ("four-term", "two-time", "longtime") */
function isTenure(w: string): boolean {
  return /^[a-z]+-(term|time)$/.test(w) || w === "longtime";
}

/** the full name the article gives one side of a named pair, else null */
function pairSide(persons: readonly PersonEntry[], side: string, pos: number): string | null {
  // (spread: split gives a holey array, matchPerson otherwise only sees packed ones)
  return matchPerson(persons, [...side.toLowerCase().replace(/\./g, "").split(/\s+/)], pos)?.name ?? null;
}

/** the lower-case words after "the" of a phrase of 2-6 lower-case words headed by a role noun ("the four-term congressman"), else null */
function definiteRoleWords(mention: string): string[] | null {
  if (!/^the\s/i.test(mention)) return null;
  const words = mention.split(/\s+/).slice(1);
  const head = words[words.length - 1];
  if (head === undefined || words.length > 5 || !ROLE_HEADS.has(head) || words.some((w) => w !== w.toLowerCase())) return null;
  return [...words]; // packed, as roleWords elsewhere (split gives a holey array)
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
  const lead = text.slice(from, first.pos);
  // a name right after a determiner modifies a noun ("Amplifying the Romney campaign message, he said"): no subject
  if (!SUBJECT_LEAD.test(lead) || /(?:^|\s)(?:the|a|an)\s$/i.test(lead)) return null;
  const word = NAME_RUN.exec(text.slice(first.pos, first.pos + 60))?.[0] ?? "";
  return /['’]s?$/.test(word) ? null : first;
}

/** what may open a sentence before its subject's name: an adverb with its comma, then title words */
const SUBJECT_LEAD = /^(?:\p{L}+,\s+)?(?:(?:the|a|former|of|\p{Lu}[\p{L}.'’-]*)\s+){0,6}$/u;
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
  // (an indexed loop: the early return out of a for-of runs the iterator's closing code, a path
  // seen so rarely that the optimised code dropped on it after the warm-up pass and was compiled again)
  for (let k = 0; k < persons.length; k++) {
    const p = persons[k] as PersonEntry;
    const last = p.parts[p.parts.length - 1];
    if (p.parts.length < 2 || last === undefined || last[0] !== part[0] || !oneEditApart(last, part)) continue;
    if (found && found !== p) return null;
    found = p;
  }
  return found;
}

/**
 * Whether a and b differ by one letter dropped, added, changed or two neighbours swapped. Compares
 * character codes in place (no slices): the same answers as comparing the tails as strings, and
 * every call runs the same arithmetic, so the optimised code of its callers meets no operation
 * that had no type feedback when they were compiled (a late "insufficient type feedback" deopt of
 * `misspelled` and its recompiling, after the warm-up pass, came from the rarely run slices).
 */
function oneEditApart(a: string, b: string): boolean {
  const d = a.length - b.length;
  if (a === b || d > 1 || d < -1) return false;
  const n = d < 0 ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // one letter dropped from the longer one (or changed, when of equal length): the tails after it are equal
  const dropped = sameTail(a, d >= 0 ? i + 1 : i, b, d <= 0 ? i + 1 : i);
  // two neighbours swapped (used only when of equal length and not `dropped`: then i + 1 < a.length,
  // and the clamped positions below are i and i + 1). Worked out on every call, so that no operation
  // is first met in optimised code; never read past a string's end (optimised code drops on that)
  const ai = i < a.length ? i : 0, bi = i < b.length ? i : 0;
  const aj = i + 1 < a.length ? i + 1 : 0, bj = i + 1 < b.length ? i + 1 : 0;
  const crossed = a.charCodeAt(ai) === b.charCodeAt(bj);
  const crossedBack = a.charCodeAt(aj) === b.charCodeAt(bi);
  const swappedTail = sameTail(a, i + 2, b, i + 2);
  return dropped || (d === 0 && crossed && crossedBack && swappedTail);
}

/** a.slice(i) === b.slice(j), without the slices */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (let k = 0; i + k < a.length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
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
  if (parts.length === 0) return null;
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

/** a quantifier standing for people ("some say", "many argue"): a group */
const QUANTIFIERS = /^(?:some|many|others|several|most|few|both|all|none)$/i;

/** an honorific and the surname after it ("Mr. King", "Ms. Major"), even when the surname is also a title word */
const HONORIFIC_SURNAME = /^(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** an acronym, with or without dots: "IRCC", "IMF", "S.E.C." */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;

/** small words an organisation's initials skip ("Alliance to Reclaim Our Schools" is AROS) */
const INITIAL_SKIPS: ReadonlySet<string> = new Set(["and", "of", "for", "the", "to", "on", "in", "at", "&"]);

/**
 * The organisation an acronym stands for: the one it was introduced for in parentheses
 * ("Immigration, Refugees and Citizenship Canada (IRCC)"), else the latest organisation or
 * publication named before whose capitalised words' initials spell it ("The S.E.C." after the
 * "Securities and Exchange Commission"). Looked up only for acronym mentions: no per-word work.
 */
function expandAcronym(registry: EntityRegistry, acronym: string, pos: number): string | null {
  const letters = acronym.replace(/\./g, "");
  const introduced = registry.organizations.find((o) => o.acronym === letters || o.acronym === acronym);
  if (introduced) return introduced.name;
  let best: string | null = null;
  let bestPos = -1;
  for (const o of registry.organizations) {
    const at = lastBefore(o.positions, pos);
    if (at !== null && at > bestPos && initialsOf(o.name) === letters) { best = o.name; bestPos = at; }
  }
  for (const o of registry.outlets) {
    if (o.pos < pos && o.pos > bestPos && initialsOf(o.name) === letters) { best = o.name; bestPos = o.pos; }
  }
  return best === null ? null : best.replace(/^the\s+/i, "").replace(/^(?:\p{Ll}+\s+)+/u, "");
}

/** the initials of a name's capitalised words, small words skipped ("Securities and Exchange Commission" -> "SEC"); "" when a word is lower-case */
function initialsOf(name: string): string {
  let out = "";
  // leading lower-case modifiers are no part of the name ("federal Securities and Exchange Commission")
  for (const w of name.replace(/,/g, " ").replace(/^(?:\p{Ll}+\s+)+/u, "").split(/\s+/)) {
    if (w === "" || INITIAL_SKIPS.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return "";
    out += w[0];
  }
  return out;
}

/** "by" and a name right after a document's phrase, maybe after a participle ("filed by the federal Securities and Exchange Commission") */
const ISSUER_AFTER = /^,?\s+(?:(?:filed|released|issued|published|conducted|written|commissioned|prepared)\s+)?by\s+(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’.&-]*)){0,6})/u;

/** the issuer named by "by ..." after a document phrase ending at `end`: a person the memory knows, else the organisation as written */
function issuerAfter(text: string, registry: EntityRegistry, end: number): { name: string; type: "person" | "organization" } | null {
  const m = ISSUER_AFTER.exec(text.slice(end, end + 160));
  const raw = m?.[1]?.replace(/(?:\s+(?:of|and|for|the))+$/, "");
  if (raw === undefined || raw === "") return null;
  const parts = raw.toLowerCase().replace(/\./g, "").split(/\s+/);
  const person = parts.length <= 4 ? matchPerson(registry.persons, parts, end) : null;
  if (person) return { name: person.name, type: "person" };
  return { name: raw, type: guessGender(parts[0] ?? "") !== null && parts.length <= 3 ? "person" : "organization" };
}

/** the capitalised words of a phrase, lower-cased */
function capitalisedWords(phrase: string): Set<string> {
  return new Set(phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
}

/** the person whose mention starts within 30 characters after `end` with only words, spaces, "/" and "-" between, null when none */
function nameRightAfter(text: string, persons: readonly PersonEntry[], end: number): { person: PersonEntry; pos: number } | null {
  const next = firstPersonFrom(persons, end, end + 30);
  return next && /^[\p{L}\p{N}\s/-]*$/u.test(text.slice(end, next.pos)) ? next : null;
}

/** the speaker at a person's mention found in the text: its full name when written there, else its first word */
function mentionAt(text: string, hit: { person: PersonEntry; pos: number }, certainty: number): ResolvedSpeaker {
  const len = text.startsWith(hit.person.name, hit.pos) ? hit.person.name.length : (/^[\p{L}'’.-]+/u.exec(text.slice(hit.pos, hit.pos + 40))?.[0].length ?? 0);
  return { ref: { mention: text.slice(hit.pos, hit.pos + len), start: hit.pos, end: hit.pos + len, name: hit.person.name, role: hit.person.role, type: "person" }, certainty };
}

/**
 * "Trump has record low support. He recently pitched himself .... “...,” he said": when the
 * sentence before opens with the same pronoun, the topic goes on from the sentence before that,
 * whose subject is the person meant (found by looking back from `prevStart` for that sentence's
 * start: a bounded search, done only for such pronouns).
 */
function chainedSubject(text: string, persons: readonly PersonEntry[], prevStart: number, pronoun: string): { person: PersonEntry; pos: number } | null {
  if (text.slice(prevStart, prevStart + pronoun.length + 1).toLowerCase() !== `${pronoun} `) return null;
  const from = Math.max(0, prevStart - 600);
  const window = text.slice(from, Math.max(from, prevStart - 1));
  const end = Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n"), window.lastIndexOf("? "), window.lastIndexOf("! "));
  const start = end < 0 ? (from === 0 ? 0 : -1) : from + end + (window[end] === "\n" ? 1 : 2);
  return start < 0 ? null : sentenceSubject(text, persons, start, prevStart, pronoun === "he" ? "male" : "female");
}

/** a name with an organisation's head word in it ("the Association of Flight Attendants") */
function namesBody(name: string): boolean {
  return name.toLowerCase().split(/\s+/).some((w) => ORGANIZATION_ROLE_NOUNS.has(w));
}

/** a document noun inside a longer description ("a 52-count civil complaint filed by ...") */
const DOCUMENT_IN_PHRASE = /\b(?:complaint|report|analysis|study|poll|survey|statement|letter|lawsuit|filing|memo|review|audit)s?\b/i;
