import { ADDRESSEES } from "../lexicon/cue-surroundings.ts";
import { CLAUSE_LEMMAS, EXPRESSED, OBJECT_CONTENT_LEMMAS, OBJECT_SKIP } from "../lexicon/cue-lemma-classes.ts";
import { CUE_VERBS, WEAK_LEMMAS, type CueVerb } from "../lexicon/cue-verbs.ts";
import { CLAUSE_VERBS, DETERMINER_RE, FINITE, RELATIVE_CUT, SUBJECT_PRONOUNS, TOPIC_PREPS } from "../lexicon/clause-words.ts";
import { TAIL_OPENERS, TIME_WORDS, WEEKDAYS } from "../lexicon/time-words.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import type { NounPhrase, Scan, SentenceSource, Token } from "./types.ts";

/**
 * The content of reported speech around a cue, shared by the attribution rules (rules/):
 * what follows "said (that)", what precedes ", X said", and the clause tests they use.
 * Offsets index the article text; token indices index one sentence's tokens.
 */

/** prepositions that open a time adverbial ("after the meeting"), never reported content by themselves */
const TIME_PREPS: ReadonlySet<string> = new Set(["after", "before", "following", "since", "until", "ahead"]);

/** no content or backward scan reaches further than this many tokens */
export const SPAN = 160;

/**
 * The content of a cue whose subject ends before it: before ", X said" when the subject follows a
 * comma and only a short tail follows the cue (leaving a second piece after "he said," for
 * withSecond), else after the cue.
 */
export function leadingOrTrailing(sc: Scan, np: NounPhrase, npFirst: number, _first: number, last: number, cue: CueVerb): [number, number] | null {
  const { tokens, sentenceEnd, contentFloor } = sc;
  const before = tokens[npFirst - 1];
  const thatSoon = hasThatSoon(tokens, last + 1);
  if (before && before.text === "," && !thatSoon && shortTail(tokens, last + 1)) {
    // "CONTENT, X said (on Tuesday)."
    const k = Math.max(-1, npFirst - 1 - SPAN);
    const startTok = tokens[k + 1];
    const floorPos = Math.max(contentFloor, startTok ? startTok.start : contentFloor);
    const firstTok = tokens[k + 1];
    if (firstTok && firstTok.lower === "according") return null;
    // skip a short tail: "The deal, Tom Smith said on Monday, will ..."
    let c = last + 1;
    while (c < tokens.length && c - last <= 10 && (tokens[c] as Token).word) c++;
    const after = tokens[c];
    if (after && after.text === "," && tokens[c + 1]?.lower !== "according" && !(CUE_VERBS.get(tokens[c + 1]?.lower ?? "")?.participle ?? false)) {
      // "In particular, he said, the foundation had ...": the cue sits inside one content
      const rest = contentAfter(sc, tokens, c + 1, sentenceEnd, false, sc.source);
      if (rest) {
        sc.pendingSecond = rest;
        const head = clipAny(floorPos, before.start, tokens, k + 1, npFirst);
        return head ?? rest;
      }
    }
    return clip(floorPos, before.start, tokens, k + 1, npFirst);
  }
  void np;
  return contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue);
}

/** [s, e) trimmed to its tokens, when it holds at least one word */
export function clipAny(s: number, e: number, toks: readonly Token[], from: number, to: number): [number, number] | null {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const x = toks[k] as Token;
    if (x.start >= s && x.end <= e && x.word) return [x.start, e];
  }
  return null;
}

/** [s, e) trimmed to its tokens, when it holds at least 3 words outside quotes (a bare quote is a direct quote, not speech reported) */
export function clip(s: number, e: number, toks: readonly Token[], from: number, to: number): [number, number] | null {
  let words = 0;
  let first = -1;
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const x = toks[k] as Token;
    if (x.start >= s && x.end <= e) {
      if (first < 0) first = x.start;
      if (x.word) words++;
    }
  }
  return words >= 3 && first >= 0 ? [first, e] : null;
}

/**
 * The reported clause after a cue from token `from`: after "that" when it comes soon, else the
 * clause itself where the cue takes one; up to the sentence end or a trailing credit, participle
 * or relative clause. Null for fewer than 3 words outside quotes.
 */
export function contentAfter(sc: Scan, toks: readonly Token[], from: number, sEnd: number, skipObject: boolean, src: SentenceSource | null, cue?: CueVerb): [number, number] | null {
  const { text } = sc;
  let k = from;
  let t = toks[k];
  if (!t) return null;
  if (t.text === ":" || t.text === ",") { k++; t = toks[k]; }
  if (!t) return null;
  if (skipObject && t.word && t.lower !== "that") {
    const obj = parseNounPhrase(toks, k, "forward");
    if (obj) k = obj.last + 1;
    else if (ADDRESSEES.test(t.lower)) k++;
  }
  // "said (on Tuesday / in a statement) that ..."
  let found = -1;
  for (let m = k; m < toks.length && m - k < 16; m++) {
    const x = toks[m] as Token;
    if (x.lower === "<q>" || x.text === "." || x.text === ";") break;
    if (x.lower === "that") { found = m; break; }
  }
  let startIdx = k;
  if (found >= 0) startIdx = found + 1;
  else {
    const first = toks[k];
    if (!first) return null;
    // "said it will ...", "says this is ...": a subject pronoun before a verb opens a clause
    const clauseIt = (first.lower === "it" || first.lower === "this") && CLAUSE_VERBS.test(toks[k + 1]?.lower ?? "");
    if (first.word && TOPIC_PREPS.has(first.lower) && !clauseIt) return null;
    // "told Reuters after the meeting": a time adverbial after the cue, with no clause, is no content
    // (not in the second piece of "CONTENT, he said, until ...", which goes on with the content)
    if (cue !== undefined && first.word && TIME_PREPS.has(first.lower)) return null;
    const readiness = cue?.lemma === "express" && EXPRESSED.has(first.lower);
    // a weak speech verb counts without "that" when a clause follows ("announced he will run", not "announced his resignation")
    const clause = cue !== undefined && CLAUSE_LEMMAS.has(cue.lemma) && looksLikeClause(toks, k);
    // "announced his candidacy", "reported earnings of $8.42 a share": the object is what was announced
    const objectContent = cue !== undefined && OBJECT_CONTENT_LEMMAS.has(cue.lemma) && first.word && (DETERMINER_RE.test(first.lower) || /^\d/.test(first.lower));
    if (cue && WEAK_LEMMAS.has(cue.lemma) && !(toks[from]?.text === ":") && !readiness && !clause && !objectContent) return null;
  }
  const st = toks[startIdx];
  if (!st || st.lower === "according") return null;
  let end = sEnd;
  // stop before a trailing credit or a participle clause: ", according to", ", adding that";
  // count the words outside quotes on the way (a bare quote after the cue is a direct quote)
  let words = 0;
  let last = st.end;
  for (let m = startIdx; m < toks.length && m - startIdx < SPAN; m++) {
    const x = toks[m] as Token;
    if (x.start >= end) break;
    // a credit without its comma ("“we are ready” according to AP") ends the content too
    if (x.lower === "according" && toks[m + 1]?.lower === "to" && m > startIdx) { end = x.start; break; }
    // "... in arms control: “Beijing is ready ...”": the quote after the colon is direct speech of its own
    if (x.text === ":" && toks[m + 1]?.lower === "<q>") { end = x.start; break; }
    // (a quote whose comma sits inside its closing mark ends the clause too: were “overblown,” adding that)
    const commaInQuote = x.lower === "<q>" && commaBeforeClose(text, x.start, x.end);
    if (x.text === "," || x.text === ";" || commaInQuote) {
      if (m + 1 >= toks.length) break; // (no read out of bounds: optimised code drops on one)
      const n1 = toks[m + 1] as Token;
      if (n1.lower === "according" || (CUE_VERBS.get(n1.lower)?.participle ?? false) || RELATIVE_CUT.has(n1.lower) || (src && src.start >= n1.start)) {
        end = commaInQuote ? x.end : x.start;
        if (commaInQuote) { words++; last = x.end; }
        break;
      }
    }
    if (x.word) words++;
    last = x.end;
  }
  while (end > st.start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (words < 3) return null;
  return [st.start, Math.min(end, Math.max(last, st.end))];
}

/** After a trailing cue ("..., Li said"), only a short adverbial may follow: "on Tuesday", "in a statement". */
export function shortTail(tokens: readonly Token[], from: number): boolean {
  let n = 0;
  const first = tokens[from];
  if (!first || !first.word) return true;
  if (!TAIL_OPENERS.test(first.lower) && !WEEKDAYS.test(first.lower)) return false;
  if (first.lower === "on" && !TIME_WORDS.test(tokens[from + 1]?.lower ?? "")) return false;
  for (let k = from; k < tokens.length && k - from < 40; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.lower === "<q>") break;
    if (t.word) n++;
  }
  return n <= 10;
}

/** "that" within 16 tokens of `from`, before a quote or a comma */
export function hasThatSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 16; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "that") return true;
    if (t.lower === "<q>" || t.text === ",") return false;
  }
  return false;
}

/** whitespace or . ! ? ; : , — trimmed from the end of a content */
export function isTrimmable(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44;
}

/**
 * Does a clause open at token k? A subject pronoun before a word ("he will", "they want"), "it" /
 * "there" before a verb, or a short noun phrase (at most 6 words, no punctuation) before a finite
 * auxiliary ("the deal would fail", "Russia's economy had hit bottom").
 */
export function looksLikeClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return tokens[k + 1]?.word === true;
  if (t.lower === "it" || t.lower === "there" || t.lower === "this") return CLAUSE_VERBS.test(tokens[k + 1]?.lower ?? "");
  if (TOPIC_PREPS.has(t.lower) || t.lower === "that" || FINITE.test(t.lower)) return false;
  for (let m = k + 1; m < tokens.length && m - k <= 6; m++) {
    const x = tokens[m] as Token;
    if (!x.word) return false;
    if (FINITE.test(x.lower)) return true;
  }
  return false;
}

/** does the quote text[start, end) end with a comma just inside its closing mark(s) (“overblown,” / ''overblown,'')? */
export function commaBeforeClose(text: string, start: number, end: number): boolean {
  let e = end - 1;
  while (e > start && e >= end - 3 && /["'”’»]/.test(text[e] ?? "")) e--;
  return e > start && text.charCodeAt(e) === 44;
}
