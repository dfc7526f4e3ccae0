/**
 * The "at the <Event Name>" phrases a quote's setting may come from (see find-setting.ts): every such
 * phrase in the quote's sentence, the three sentences before it and the one after, each with its
 * distance to the quote and its sentence, so that the choice, which depends on the family's speaker,
 * can be made later without reading the text again (choose-setting.ts).
 *
 * Work is bounded by the window (MAX_REACH characters either side), never by the text's length: a
 * 2 MB one-line article costs the same per quote as a short one (issue 9, defect 6).
 *
 * Hand-written token walk rather than one big regex: the phrase is a run of capitalised words and
 * connectors, which a regex can only express with nested quantifiers (not linear on hostile text).
 */
import type { SettingCandidate } from "../model/provenance.ts";
import { EVENT_INTRODUCERS, EVENT_NAME_CONNECTORS, NOT_EVENT_NAME_WORDS } from "../lexicon/event-name-words.ts";

/** How far either side of the quote to look, in characters (bounds the work on huge paragraphs). */
const MAX_REACH = 1500;
const SENTENCES_BEFORE = 3;
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.&-]*$/u;

export function findSettingCandidates(text: string, start: number, end: number): SettingCandidate[] {
  const from = windowStart(text, start, SENTENCES_BEFORE);
  const to = windowEnd(text, end);
  const ownFrom = windowStart(text, start, 0);
  const ownTo = windowEnd(text, end, 1);
  const candidates: SettingCandidate[] = [];
  for (const intro of EVENT_INTRODUCERS) {
    // search the window only (an introducer may start before `to` and end after it)
    const window = text.slice(from, Math.min(text.length, to + intro.length - 1));
    for (let k = window.indexOf(intro); k >= 0; k = window.indexOf(intro, k + 1)) {
      const at = from + k;
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
      const phrase = readEventName(text, at + intro.length, to);
      if (!phrase) continue;
      const own = at >= ownFrom && at < ownTo;
      candidates.push({
        phrase: `at the ${phrase}`,
        distance: at >= end ? at - end : at < start ? start - at : 0,
        own,
        sentenceStart: own ? ownFrom : windowStart(text, at, 0),
        sentenceEnd: own ? ownTo : windowEnd(text, at, 1),
      });
    }
  }
  return candidates;
}

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
    } else if (CAPITALISED.test(word) && !NOT_EVENT_NAME_WORDS.has(word)) {
      words.push(word);
      capitalised++;
    } else if (!first && EVENT_NAME_CONNECTORS.has(word)) {
      words.push(word);
    } else {
      break;
    }
    first = false;
    if (ends) break;
    i = j + 1;
  }
  while (words.length > 0 && EVENT_NAME_CONNECTORS.has(words[words.length - 1] ?? "")) words.pop();
  return capitalised >= 2 ? words.join(" ") : null;
}
