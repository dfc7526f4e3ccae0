import type { ChangeType, Severity } from "../model/family.ts";
import type { QuoteToken } from "../text/tokenize-quote.ts";

const LOW: ReadonlySet<ChangeType> = new Set(["typography", "punctuation", "case", "spelling"]);

const NEGATIONS = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without",
  "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't", "couldn't", "mustn't", "mightn't", "needn't",
]);

const MODALS = new Set(["will", "would", "shall", "should", "may", "might", "can", "could", "must", "ought"]);

const NUMBER_WORDS = new Set([
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
  "thousand", "million", "billion", "trillion", "dozen", "half", "first", "second", "third",
  "percent", "once", "twice",
]);

const DATE_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "yesterday", "today", "tomorrow", "tonight",
]);

/**
 * Severity of one change. `low` for typography, punctuation, case and spelling. Otherwise `high`
 * when the two sides differ in negations, numbers (digits or number words), dates (month and day
 * names), named entities (capitalised words that do not open a sentence, "I" excepted) or modal
 * verbs (will -> may, or a modal added or dropped); `medium` for the rest.
 * "may" counts as a modal, and as a month only when capitalised mid-sentence (a named entity).
 */
export function rateChangeSeverity(type: ChangeType, from: readonly QuoteToken[], to: readonly QuoteToken[]): Severity {
  if (LOW.has(type)) return "low";
  const a = wordsOf(from);
  const b = wordsOf(to);
  const tests: ((t: QuoteToken) => boolean)[] = [
    (t) => NEGATIONS.has(t.lower) || t.lower.endsWith("n't"),
    (t) => /\d/.test(t.key) || NUMBER_WORDS.has(t.lower),
    (t) => DATE_WORDS.has(t.lower) && t.lower !== "may",
    (t) => isNamedEntity(t),
    (t) => MODALS.has(t.lower),
  ];
  for (const test of tests) if (!sameMultiset(a.filter(test), b.filter(test))) return "high";
  return "medium";
}

function wordsOf(tokens: readonly QuoteToken[]): QuoteToken[] {
  // words inside an editorial bracket count too ("[Iran]")
  const out: QuoteToken[] = [];
  for (const t of tokens) {
    if (t.kind === "word") out.push(t);
    else if (t.kind === "bracket") {
      const inner = t.typo.slice(1, -1).split(" ").filter((w) => w.length > 0);
      inner.forEach((w, i) => out.push({ ...t, kind: "word", raw: w, typo: w, lower: w.toLowerCase(), key: w.toLowerCase(), sentenceInitial: i === 0 && /^[a-z]/.test(w) }));
    }
  }
  return out;
}

function isNamedEntity(t: QuoteToken): boolean {
  if (t.sentenceInitial || t.typo === "I" || t.typo.startsWith("I'")) return false;
  const c = t.typo.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function sameMultiset(x: QuoteToken[], y: QuoteToken[]): boolean {
  if (x.length !== y.length) return false;
  const a = x.map((t) => t.key).sort();
  const b = y.map((t) => t.key).sort();
  return a.every((k, i) => k === b[i]);
}
