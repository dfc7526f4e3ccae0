import { CUE_VERBS } from "../lexicon/cue-verbs.ts";
import { findAgency } from "../lexicon/find-agency.ts";
import { CLAUSE_VERBS } from "../lexicon/clause-words.ts";
import { NOT_HEAD, NP_INNER, NP_STOP, SUBORDINATORS } from "../lexicon/phrase-boundaries.ts";
import { TAIL_OPENERS } from "../lexicon/time-words.ts";
import { MEDIA_NOUNS, PUBLICATION_HEADS, THE_ONLY_PUBLICATION_HEADS } from "../lexicon/titles.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import type { NounPhrase, Scan, Token } from "./types.ts";

/**
 * Subject phrases of a cue found without a parsed name (the sentence's subject, a plain noun
 * phrase, a phrase before "quoted"), and the channel a phrase names; shared by the attribution
 * rules (rules/).
 */

/** the subject that opens the sentence, within its first 12 tokens and before token `before` (a name in apposition wins) */
export function subjectOfSentence(tokens: readonly Token[], before: number): NounPhrase | null {
  // "After reporter Michael Scotto finished his report, Grimm stormed back ... and said": the main clause's subject
  const from = SUBORDINATORS.has(tokens[0]?.lower ?? "") ? clauseAfterComma(tokens, before) : 0;
  for (let k = from; k < before && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    const np = parseNounPhrase(tokens, k, "forward", 0, before);
    if (np && np.kind !== "document") {
      const after = tokens[np.last + 1];
      if (after && after.text === ",") {
        // "The minister, Ali Reza, spoke ...": the name in apposition is the subject
        const inner = parseNounPhrase(tokens, np.last + 2, "forward", 0, before);
        if (inner && inner.kind === "person" && tokens[inner.last + 1]?.text === ",") return inner;
        // "Gary Emineth, a former chairman, became ... and said", "Murphy, though, said"
        if (np.kind === "person" || np.kind === "organization" || np.kind === "agency") return np;
        k = np.last;
        continue;
      }
      return np;
    }
  }
  return null;
}

/** the token after the first comma within 20 tokens and before token `before`, else 0 (no main clause found: the sentence start) */
function clauseAfterComma(tokens: readonly Token[], before: number): number {
  for (let k = 1; k < before && k < 20; k++) if ((tokens[k] as Token).text === ",") return k + 1;
  return 0;
}

/** the run of up to 10 word tokens ending at token `end` ("Tass news agency" before "quoted") */
export function backPhrase(tokens: readonly Token[], end: number): { first: number; last: number; start: number; end: number } | null {
  let k = end;
  while (k >= 0 && end - k < 10) {
    const t = tokens[k] as Token;
    if (!t.word) break;
    k--;
  }
  const first = k + 1;
  if (first > end) return null;
  return { first, last: end, start: (tokens[first] as Token).start, end: (tokens[end] as Token).end };
}

/** the channel named by a phrase: an agency from the lexicon, or a media description */
export function channelName(phrase: string, tokens: readonly Token[], first: number, last: number): string | null {
  const ag = findAgency(phrase);
  if (ag) return ag.entry.name;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (!t.cap && MEDIA_NOUNS.has(t.lower) && t.lower !== "report" && t.lower !== "reports") return phrase.replace(/^the\s+/, "");
  }
  const head = tokens[last] as Token;
  if (head.cap && PUBLICATION_HEADS.has(head.lower) && last > first && (!THE_ONLY_PUBLICATION_HEADS.has(head.lower) || (tokens[last - 1] as Token).lower === "the")) return phrase.replace(/^the\s+/, "");
  return null;
}

/**
 * A plain noun phrase ending at token `last - 1` that is the subject of a cue ("Several supporters
 * of reform said", "Thirty percent said", "the State Department says"). Starts after a clause
 * boundary, within [floor, last); at most 8 tokens; null when the head is a function word.
 */
export function genericSubject(tokens: readonly Token[], floor: number, last: number): NounPhrase | null {
  const head = tokens[last - 1];
  if (!head || !head.word || NOT_HEAD.has(head.lower) || /(ly|ing|n't)$/.test(head.lower) || /^[\d.,]+$/.test(head.lower)) return null;
  let first = last - 1;
  for (let k = last - 2; k >= floor && last - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (!t.word || NP_STOP.has(t.lower) || CUE_VERBS.has(t.lower)) break;
    first = k;
  }
  while (first < last - 1 && NP_INNER.has((tokens[first] as Token).lower)) first++;
  return describe(tokens, first, last - 1);
}

/** a noun phrase of kind "description" over tokens [first, last] */
export function describe(tokens: readonly Token[], first: number, last: number): NounPhrase {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { kind: "description", first, last, start: a.start, end: b.end, nameStart: a.start, nameEnd: b.end, role: null, roleWords: [], agency: null };
}

/**
 * The comma that opens a trailing subject ending at token `last` (", a source close to him said"):
 * at most 10 words between, none of them a clause word; -1 when there is none.
 */
export function trailingSubjectComma(tokens: readonly Token[], last: number): number {
  for (let k = last; k >= 0 && last - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k < last && k > 0 ? k : -1;
    if (!t.word || (NP_STOP.has(t.lower) && t.lower !== "to")) return -1;
  }
  return -1;
}

/** a plain noun phrase starting at `from` after an inverted cue ("said one former campaign staffer") */
export function genericForward(tokens: readonly Token[], from: number): NounPhrase | null {
  let last = -1;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k] as Token;
    if (!t.word || NP_STOP.has(t.lower) || CUE_VERBS.has(t.lower) || TAIL_OPENERS.test(t.lower)) break;
    last = k;
  }
  if (last < from) return null;
  const head = tokens[last] as Token;
  if (NOT_HEAD.has(head.lower) || /(ly|ing)$/.test(head.lower)) return null;
  return describe(tokens, from, last);
}

/** the phrase after a cue is the subject of a clause ("said he didn't", "said the candidate could") */
export function opensClause(sc: Scan, np: NounPhrase): boolean {
  const { tokens } = sc;
  const after = tokens[np.last + 1];
  return after !== undefined && after.word && (np.kind === "pronoun" || CLAUSE_VERBS.test(after.lower));
}
