import type { MatchKey } from "./build-key-table.ts";
import { containmentDistance } from "./containment-distance.ts";
import { isWithinWindow } from "./is-within-window.ts";
import type { Evidence } from "./matcher.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { findSharedRun } from "./find-shared-run.ts";
import { wordEditDistance } from "./word-edit-distance.ts";
import { areDifferentPersons } from "../text/parse-person-name.ts";

/**
 * Whether two wordings are one statement. The text decides, the speaker only advises:
 * - two confidently named, different persons (see areDifferentPersons) are two statements, a
 *   person counting as named only by the words written at the quote (MatchKey.named): an
 *   unknown, pronoun, role-noun, document or organisation speaker never blocks, even when
 *   extraction resolved it to a name;
 * - dates within the window;
 * - then either word edit distance within `editThreshold` (same-length wordings, neither too
 *   short to be a statement), or containment of the shorter in the longer (a sub-span, a teaser,
 *   a piece of a split quote, a fragment quoted inside reported speech). The shorter must be a
 *   fragment worth matching (isJoinableFragment); pieces of fewer than 8 words must be found
 *   exactly (up to typography, which the match words fold), longer ones within `editThreshold`
 *   edits (containedEdits). Titles and one- or two-word scare
 *   quotes join only a quote of an agreeing named speaker.
 * Else two excerpts that overlap by a run of words (verifyOverlap).
 * The "same story" condition on fragments and overlaps is the clustering's (clusterKeys).
 */
export function verifyPair(a: MatchKey, b: MatchKey, options: ResolvedMatchOptions): Evidence | null {
  if (a.named !== null && b.named !== null && areDifferentPersons(a.named, b.named)) return null;
  if (!isWithinWindow(a, b, options.windowDays)) return null;
  const la = a.words.length;
  const lb = b.words.length;
  const threshold = options.editThreshold(Math.max(la, lb));
  if (Math.abs(la - lb) <= threshold) {
    if (a.short || b.short) return null;
    const distance = wordEditDistance(a.words, b.words, threshold);
    return distance <= threshold ? { kind: "full", distance } : verifyOverlap(a, b);
  }
  return verifyContained(a, b, options) ?? verifyOverlap(a, b);
}

function verifyContained(a: MatchKey, b: MatchKey, options: ResolvedMatchOptions): Evidence | null {
  const [short, long] = a.words.length < b.words.length ? [a, b] : [b, a];
  // a quote joins quotes: reported speech that carries a quoted fragment is not its container
  if (long.short || (long.indirect && !short.indirect) || !isJoinableFragment(short)) return null;
  if (needsAgreeingSpeaker(short) && !speakersAgree(short, long)) return null;
  // a short piece is weak evidence: there the speakers extraction resolved ("she" -> Mary Cheney,
  // "the former vice president" -> Dick Cheney) advise against it when they name two persons
  if (short.words.length < 8 && resolvedDiffer(short, long)) return null;
  const c = containmentDistance(short.words, long.words, containedEdits(short.words.length, options));
  if (c === null) return null;
  return { kind: "contained", shorter: short === a ? "a" : "b", distance: c.distance, start: c.start, end: c.end };
}

/**
 * Two direct quotes, each of several words, that share OVERLAP_WORDS or more consecutive words
 * (typography folded) are overlapping excerpts of one remark ("It's always been bipartisan. We
 * need to keep it that way" / "We need to keep it that way. We want it that way."). A run under 8
 * words is weak evidence, like a short fragment: it needs one person on both sides (resolved
 * speakers, pronouns included); a longer run, like a longer fragment, is kept apart only by two
 * confidently named persons (verifyPair). The run must reach (within OVERLAP_SLACK words) the start
 * or the end of each quote (the longest such run counts, not a longer one in the middle), as
 * where one outlet's excerpt stops and the other's goes on: a claim
 * a speaker repeats in other words shares a run in the middle of both ("nothing happened to her.
 * Flynn lied and" ... "destroyed" / "ruined" his life), which is no evidence of one utterance.
 * The "same story" condition is the clustering's.
 */
function verifyOverlap(a: MatchKey, b: MatchKey): Evidence | null {
  if (a.short || b.short || a.indirect || b.indirect || a.title || b.title) return null;
  const run = findSharedRun(a.words, b.words, OVERLAP_WORDS, (sa, sb, n) => touchesEnd(sa, n, a.words.length) && touchesEnd(sb, n, b.words.length));
  if (run === null) return null;
  if (run[2] < 8 && !speakersAgree(a, b)) return null;
  return { kind: "overlap", aStart: run[0], bStart: run[1], length: run[2] };
}

/** the fewest consecutive shared words that make two quotes overlapping excerpts of one remark */
export const OVERLAP_WORDS = 6;
/** words an excerpt may carry before or after the shared run ("And", "Well,") */
const OVERLAP_SLACK = 2;

function touchesEnd(start: number, length: number, words: number): boolean {
  return start <= OVERLAP_SLACK || words - (start + length) <= OVERLAP_SLACK;
}

/** the speakers extraction resolved (pronouns and roles included) name two different persons */
function resolvedDiffer(a: MatchKey, b: MatchKey): boolean {
  return a.person !== null && b.person !== null && areDifferentPersons(a.person, b.person);
}

/** most word edits for a piece of `words` words found inside a longer quote: none under 8 words, else as for whole wordings */
export function containedEdits(words: number, options: ResolvedMatchOptions): number {
  return words < 8 ? 0 : options.editThreshold(words);
}

/**
 * A shorter wording may join a longer quote when it carries enough words to be recognised: three
 * content words (see clusterKeys for "content") by themselves; with a
 * speaker that agrees (needsAgreeingSpeaker), a run of four or more words ("I wish I didn't have
 * to do it", "Well, which is it?"; not a title) or a shorter piece holding a content word
 * ("ridiculous", "the heck", "a total disgrace"). Three words with one or two content words join
 * as one or two words and four do (they were refused, the only length where a piece with an
 * agreeing speaker never joined).
 */
export function isJoinableFragment(k: MatchKey): boolean {
  const n = k.words.length;
  return n >= 1 && (k.content >= 3 || (!k.title && (n >= 4 || k.content >= 1)));
}

/** both wordings are credited to one person (resolved within their articles: "he" counts) */
function speakersAgree(a: MatchKey, b: MatchKey): boolean {
  return a.person !== null && b.person !== null && !resolvedDiffer(a, b);
}

/** titles, headlines, scare quotes of one or two words and fragments with fewer than three content words */
export function needsAgreeingSpeaker(k: MatchKey): boolean {
  return k.title || k.words.length <= 2 || k.content < 3;
}
