import { DATE_WORDS } from "../lexicon/date-words.ts";
import { MODAL_VERBS } from "../lexicon/modal-verbs.ts";
import { NEGATIONS } from "../lexicon/negations.ts";
import { NUMBER_WORDS } from "../lexicon/number-words.ts";
import type { QuoteToken } from "../text/tokenize-quote.ts";
import { getChangeClass, type ChangeType, type Severity } from "./change-classes.ts";

/**
 * Severity of one change: its class's severity in the table (change-classes.ts; low for
 * typography, punctuation, case and spelling, medium for the rest). A class the content rules
 * apply to (`raisedByContent`) becomes `high` when the two sides differ in negations, numbers
 * (digits or number words), dates (month and day names), named entities (capitalised words that
 * do not open a sentence, "I" excepted) or modal verbs (will -> may, or a modal added or dropped).
 * "may" counts as a modal, and as a month only when capitalised mid-sentence (a named entity).
 */
export function rateChangeSeverity(type: ChangeType, from: readonly QuoteToken[], to: readonly QuoteToken[]): Severity {
  const row = getChangeClass(type);
  if (!row.raisedByContent) return row.severity;
  const a = wordsOf(from);
  const b = wordsOf(to);
  const tests: ((t: QuoteToken) => boolean)[] = [
    (t) => NEGATIONS.has(t.lower) || t.lower.endsWith("n't"),
    (t) => /\d/.test(t.key) || NUMBER_WORDS.has(t.lower),
    (t) => DATE_WORDS.has(t.lower) && t.lower !== "may",
    (t) => isNamedEntity(t),
    (t) => MODAL_VERBS.has(t.lower),
  ];
  for (const test of tests) if (!sameMultiset(a.filter(test), b.filter(test))) return "high";
  return row.severity;
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
