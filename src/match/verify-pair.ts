import type { MatchKey } from "./build-key-table.ts";
import { containmentDistance } from "./containment-distance.ts";
import { isWithinWindow } from "./is-within-window.ts";
import type { Evidence } from "./matcher.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
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
 * The "same story" condition on fragments is the clustering's (clusterKeys).
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
    return distance <= threshold ? { kind: "full", distance } : null;
  }
  const [short, long] = la < lb ? [a, b] : [b, a];
  // a quote joins quotes: reported speech that carries a quoted fragment is not its container
  if (long.short || (long.indirect && !short.indirect) || !isJoinableFragment(short)) return null;
  if (needsAgreeingSpeaker(short) && !speakersAgree(short, long)) return null;
  // a short piece is weak evidence: there the speakers extraction resolved ("she" -> Mary Cheney,
  // "the former vice president" -> Dick Cheney) advise against it when they name two persons
  if (short.words.length < 8 && short.person !== null && long.person !== null && areDifferentPersons(short.person, long.person)) return null;
  const ls = short.words.length;
  const c = containmentDistance(short.words, long.words, containedEdits(ls, options));
  if (c === null) return null;
  return { kind: "contained", shorter: la < lb ? "a" : "b", distance: c.distance, start: c.start, end: c.end };
}

/** most word edits for a piece of `words` words found inside a longer quote: none under 8 words, else as for whole wordings */
export function containedEdits(words: number, options: ResolvedMatchOptions): number {
  return words < 8 ? 0 : options.editThreshold(words);
}

/**
 * A shorter wording may join a longer quote when it carries enough words to be recognised: three
 * content words, two rare ones (see clusterKeys for "content" and "rare"), or four words in a row
 * ("I wish I didn't have to do it", "Well, which is it?"; not a title), which needsAgreeingSpeaker
 * then holds to a quote of the same person.
 */
export function isJoinableFragment(k: MatchKey): boolean {
  return k.words.length >= 2 && (k.content >= 3 || k.rare >= 2 || (!k.title && k.words.length >= 4));
}

/** both wordings are credited to one person (resolved within their articles: "he" counts) */
function speakersAgree(a: MatchKey, b: MatchKey): boolean {
  return a.person !== null && b.person !== null && !areDifferentPersons(a.person, b.person);
}

/** titles, headlines, scare quotes of one or two words and fragments with fewer than three content words */
export function needsAgreeingSpeaker(k: MatchKey): boolean {
  return k.title || k.words.length <= 2 || k.content < 3;
}
