import { CONDITION_WORDS } from "../lexicon/condition-words.ts";
import { DATE_WORDS } from "../lexicon/date-words.ts";
import { MODAL_VERBS } from "../lexicon/modal-verbs.ts";
import { NEGATIONS } from "../lexicon/negations.ts";
import { NUMBER_WORDS } from "../lexicon/number-words.ts";
import type { QuoteToken } from "../text/tokenize-quote.ts";
import { getChangeClass, type ChangeType, type ContentRule, type Severity } from "./change-classes.ts";

/** What each content rule looks for in a word. */
const RULE_TESTS: Readonly<Record<ContentRule, (t: QuoteToken) => boolean>> = {
  negation: (t) => NEGATIONS.has(t.lower) || t.lower.endsWith("n't"),
  number: (t) => /\d/.test(t.key) || NUMBER_WORDS.has(t.lower),
  date: (t) => DATE_WORDS.has(t.lower) && t.lower !== "may",
  "named-entity": (t) => isNamedEntity(t),
  modality: (t) => MODAL_VERBS.has(t.lower),
  condition: (t) => CONDITION_WORDS.has(t.lower),
};

/**
 * Severity of one change: its class's severity in the table (change-classes.ts), raised to `high`
 * when the two sides differ in what one of the class's `raisedBy` rules looks for: negations,
 * numbers (digits or number words), dates (month and day names), named entities (capitalised
 * words that do not open a sentence, "I" excepted), modal verbs (will -> may, or a modal added or
 * dropped), condition words (if, unless). "may" counts as a modal, and as a month only when
 * capitalised mid-sentence (a named entity). Words inside an editorial [bracket] count too.
 */
export function rateChangeSeverity(type: ChangeType, from: readonly QuoteToken[], to: readonly QuoteToken[]): Severity {
  const row = getChangeClass(type);
  if (row.raisedBy.length === 0) return row.severity;
  const a = wordsOf(from);
  const b = wordsOf(to);
  for (const rule of row.raisedBy) {
    const test = RULE_TESTS[rule];
    if (!sameMultiset(a.filter(test), b.filter(test))) return "high";
  }
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
