/**
 * Where a statement was said, when the text says so: "at the 11th Moscow Conference on
 * International Security", from "... said during his speech at the 11th Moscow Conference on
 * International Security that ...". Looks in the sentence holding the quote, the three sentences
 * before it (news copy names the occasion once, then quotes on: seed 004's drills quote comes two
 * sentences after "said at the 11th Moscow Conference ...") and the one after, and keeps the
 * phrase nearest to the quote.
 *
 * Hand-written token walk rather than one big regex: the phrase is a run of capitalised words and
 * connectors, which a regex can only express with nested quantifiers (not linear on hostile text).
 */

/** How far either side of the quote to look, in characters (bounds the work on huge paragraphs). */
const MAX_REACH = 1500;
const CONNECTORS = new Set(["of", "on", "for", "and", "in", "the", "de", "to", "&"]);
/** Capitalised words that end an event name ("... on International Security on Tuesday"). */
const NOT_NAMES = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
]);
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.&-]*$/u;
const INTRODUCERS = ["at the ", "At the "];

export interface FindSettingOptions {
  /**
   * The quote's speaker. A phrase in another sentence than the quote's own counts only when that
   * sentence names the speaker (a part of the name of 3+ letters: "Shangfu", "Jalali"), so one
   * speaker's occasion is not lent to the next speaker quoted below it. Without a speaker, only
   * the quote's own sentence and the one before it are searched.
   */
  speaker?: string | null;
}

export function findSetting(text: string, start: number, end: number, options: FindSettingOptions = {}): string | null {
  const nameParts = (options.speaker ?? "").split(/[\s.,'’-]+/).filter((part) => part.length >= 3);
  const from = windowStart(text, start, nameParts.length > 0 ? SENTENCES_BEFORE : 1);
  const to = windowEnd(text, end);
  const ownFrom = windowStart(text, start, 0);
  const ownTo = windowEnd(text, end, 1);
  let best: { phrase: string; distance: number } | null = null;
  for (const intro of INTRODUCERS) {
    let at = text.indexOf(intro, from);
    while (at >= 0 && at < to) {
      const boundaryBefore = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "");
      const inOwnSentence = at >= ownFrom && at < ownTo;
      if (boundaryBefore && (inOwnSentence || sentenceNames(text, at, nameParts))) {
        const phrase = readEventName(text, at + intro.length, to);
        if (phrase) {
          const distance = at >= end ? at - end : at < start ? start - at : 0;
          if (!best || distance < best.distance) best = { phrase: `at the ${phrase}`, distance };
        }
      }
      at = text.indexOf(intro, at + 1);
    }
  }
  return best?.phrase ?? null;
}

const SENTENCES_BEFORE = 3;

/** Start of the `before`-th sentence before the one holding `start`. */
function windowStart(text: string, start: number, before: number): number {
  const limit = Math.max(0, start - MAX_REACH);
  let boundaries = 0;
  for (let i = start - 1; i >= limit; i--) {
    if (isBoundary(text, i)) {
      boundaries++;
      if (boundaries === before + 1) return i + 1;
    }
  }
  return limit;
}

/** End of the `after`-th sentence after the one holding `end` (default: the next one). */
function windowEnd(text: string, end: number, after = 2): number {
  const limit = Math.min(text.length, end + MAX_REACH);
  let boundaries = 0;
  for (let i = end; i < limit; i++) {
    if (isBoundary(text, i)) {
      boundaries++;
      if (boundaries === after) return i;
    }
  }
  return limit;
}

/** Whether the sentence around `at` contains one of the speaker's name parts as a word. */
function sentenceNames(text: string, at: number, nameParts: readonly string[]): boolean {
  if (nameParts.length === 0) return false;
  const sentence = text.slice(windowStart(text, at, 0), windowEnd(text, at, 1));
  return nameParts.some((part) => {
    let i = sentence.indexOf(part);
    while (i >= 0) {
      const before = sentence[i - 1] ?? " ";
      const after = sentence[i + part.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      i = sentence.indexOf(part, i + 1);
    }
    return false;
  });
}

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n") return true;
  if (c === "." || c === "!" || c === "?") {
    // "." before a line break is not counted: the line break is the boundary.
    return text[i + 1] === " ";
  }
  return false;
}

/** Reads "11th Moscow Conference on International Security" from `at`; null unless >= 2 names. */
function readEventName(text: string, at: number, limit: number): string | null {
  const words: string[] = [];
  let capitalised = 0;
  let i = at;
  let first = true;
  while (i < limit && words.length < 16) {
    let j = i;
    while (j < limit && text[j] !== " " && text[j] !== "\n" && text[j] !== "\t") j++;
    const raw = text.slice(i, j);
    const word = raw.replace(/[,.:;!?)”"’]+$/u, "");
    const ends = word !== raw || text[j] === "\n" || j >= limit;
    if (first && ORDINAL.test(word)) {
      words.push(word);
    } else if (CAPITALISED.test(word) && !NOT_NAMES.has(word)) {
      words.push(word);
      capitalised++;
    } else if (!first && CONNECTORS.has(word)) {
      words.push(word);
    } else {
      break;
    }
    first = false;
    if (ends) break;
    i = j + 1;
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1] ?? "")) words.pop();
  return capitalised >= 2 ? words.join(" ") : null;
}
