import {
  CONTRACTION_PLACEHOLDERS, CONTRACTION_TAILS, IRREGULAR_CONTRACTIONS, S_CONTRACTION_HOSTS,
} from "../lexicon/contractions.ts";
import type { QuoteToken } from "../text/tokenize-quote.ts";
import type { ChangeType } from "./change-classes.ts";

/** A token both wordings keep (same comparison key) whose text differs. */
export interface KeptToken {
  from: QuoteToken;
  to: QuoteToken;
}

/** A stretch the word diff found changed, brackets set apart: the tokens lost and added. */
export interface ChangedStretch {
  from: readonly QuoteToken[];
  to: readonly QuoteToken[];
  fromWords: readonly QuoteToken[];
  toWords: readonly QuoteToken[];
  /** an ellipsis on either side */
  ellipsis: boolean;
  /** the stretch ends the text */
  atEnd: boolean;
}

export interface Detector<Subject> {
  class: ChangeType;
  /** whether the subject is a change of this class; asked only when no earlier detector matched */
  detects: (subject: Subject) => boolean;
}

/**
 * The detectors classifyChanges runs, in order: the first that matches names the class.
 * Three classes also come from fixed steps of classifyChanges, not from these lists: an
 * `editorial-insertion` for each [bracket] lost or added in a stretch (paired side by side),
 * a `reordering` for a deletion and an insertion of the same words, and one `typography` change
 * when the tokens are equal and only spacing differs.
 */
export const KEPT_TOKEN_DETECTORS: readonly Detector<KeptToken>[] = [
  { class: "typography", detects: (k) => k.from.typo === k.to.typo },
  { class: "case", detects: (k) => k.from.lower === k.to.lower },
  { class: "editorial-insertion", detects: (k) => k.from.kind === "bracket" },
  { class: "article-form", detects: (k) => ARTICLES.has(k.from.lower) && ARTICLES.has(k.to.lower) },
  { class: "spelling", detects: () => true },
];

/** The detectors for a changed stretch, in order (the last matches anything). */
export const STRETCH_DETECTORS: readonly Detector<ChangedStretch>[] = [
  { class: "punctuation", detects: (s) => s.fromWords.length === 0 && s.toWords.length === 0 },
  { class: "contraction", detects: (s) => sameSpelledOut(s.fromWords, s.toWords) },
  // hyphenation or compounding: "state-funded" / "state funded", "non-proliferation" / "nonproliferation"
  { class: "spelling", detects: (s) => s.fromWords.length > 0 && s.toWords.length > 0 && s.fromWords.length !== s.toWords.length && joinedKeys(s.fromWords) === joinedKeys(s.toWords) },
  {
    class: "truncation",
    detects: (s) => ((s.fromWords.length === 0 || s.toWords.length === 0) && (s.ellipsis || s.atEnd)) || (s.ellipsis && s.atEnd),
  },
  { class: "deletion", detects: (s) => s.toWords.length === 0 },
  { class: "insertion", detects: (s) => s.fromWords.length === 0 },
  { class: "reordering", detects: (s) => haveSameWords(s.fromWords, s.toWords) },
  { class: "substitution", detects: () => true },
];

/** The same words (by comparison key) in any order; false for none. */
export function haveSameWords(x: readonly QuoteToken[], y: readonly QuoteToken[]): boolean {
  if (x.length !== y.length || x.length === 0) return false;
  const a = x.map((t) => t.key).sort();
  const b = y.map((t) => t.key).sort();
  return a.every((k, i) => k === b[i]);
}

function joinedKeys(tokens: readonly QuoteToken[]): string {
  return tokens.map((t) => t.key).join("");
}

const ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/**
 * The same words once contractions are spelled out ("will not" / "won't", "it is" / "it's"),
 * and not the same words as they stand: a contraction made or undone, nothing else.
 */
export function sameSpelledOut(x: readonly QuoteToken[], y: readonly QuoteToken[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  const a = x.flatMap(spellOut);
  const b = y.flatMap(spellOut);
  if (a.length !== b.length || (a.length === x.length && b.length === y.length)) return false;
  return a.every((w, i) => sameWord(w, b[i] ?? ""));
}

function sameWord(p: string, q: string): boolean {
  if (p === q) return true;
  return (CONTRACTION_PLACEHOLDERS.get(p)?.has(q) ?? false) || (CONTRACTION_PLACEHOLDERS.get(q)?.has(p) ?? false);
}

function spellOut(t: QuoteToken): string[] {
  const word = t.lower.replace(/[’‘]/g, "'");
  const irregular = IRREGULAR_CONTRACTIONS.get(word);
  if (irregular !== undefined) return [...irregular];
  for (const [tail, full] of CONTRACTION_TAILS) {
    if (!word.endsWith(tail) || word.length <= tail.length) continue;
    const host = word.slice(0, -tail.length);
    if (tail === "'s" && !S_CONTRACTION_HOSTS.has(host)) return [t.key];
    return [host, full];
  }
  return [t.key];
}
