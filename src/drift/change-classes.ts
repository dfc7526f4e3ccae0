/**
 * The drift vocabulary: every class of wording change, in one table. classifyChanges (via the
 * detectors in change-detectors.ts), rateChangeSeverity, scoreFidelity, isQuoteDrift and the audit
 * verdict read it; `schemas/report.schema.json` and the Prisma enum `ChangeType` are checked
 * against it (tests/drift/change-classes.test.ts). This module imports nothing, so
 * src/model/family.ts can re-export its types without a cycle.
 */

export type Severity = "low" | "medium" | "high";

/**
 * What the two sides of a change can differ in that makes it `high` (rateChangeSeverity):
 * negations, numbers, dates, named entities, modal verbs, condition words (if, unless).
 */
export type ContentRule = "negation" | "number" | "date" | "named-entity" | "modality" | "condition";

/** The rules that raise a change to the quoted words themselves (substitution, insertion, ...). */
const MEANING: readonly ContentRule[] = ["negation", "number", "date", "named-entity", "modality"];

export interface ChangeClass<Name extends string = string> {
  class: Name;
  /** severity every change of this class starts from */
  severity: Severity;
  /** the content rules that raise a change of this class to high when the two sides differ in them */
  raisedBy: readonly ContentRule[];
  /**
   * alters the words rather than only their typographic or orthographic form: the verdict calls
   * an outlet "altered" for these, "cosmetic" for the others, and only these raise
   * `altered-under-same-source`. Every drift class is medium or high, every other class low.
   */
  isDrift: boolean;
  /** on a partial or split quote this class is the excerpt's own cut, not drift (isQuoteDrift) */
  isExcerptCut: boolean;
  /** fidelity cost per word touched (scoreFidelity) */
  fidelityWeight: number;
  /** plain-language name, as verdicts print it */
  label: string;
  /** how a verdict names one change: its label, the added text, the removed text, or both sides */
  verdictShows: "label" | "added-text" | "removed-text" | "both-sides";
  /** one-line definition */
  definition: string;
  /** why it has this severity, one line (README's severity table) */
  rationale: string;
}

/** In the order of the JSON schema and the Prisma enum. */
export const CHANGE_CLASSES = [
  {
    class: "typography", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0, label: "typography", verdictShows: "both-sides",
    definition: "a kept word or mark differing only in typography (quotes, dashes, spacing)",
    rationale: "house style of the outlet; the words are the speaker's",
  },
  {
    class: "punctuation", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "punctuation", verdictShows: "both-sides",
    definition: "only punctuation marks changed, no words",
    rationale: "punctuation of speech is the transcriber's, not the speaker's",
  },
  {
    class: "case", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "case", verdictShows: "both-sides",
    definition: "a kept word differing only in capitals",
    rationale: "capitals are house style (headline case, acronyms)",
  },
  {
    class: "spelling", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "spelling", verdictShows: "both-sides",
    definition: "a kept word spelled another way (US/UK spelling: organization/organisation; hyphenation)",
    rationale: "the same word in the outlet's spelling standard",
  },
  {
    class: "contraction", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "contraction", verdictShows: "both-sides",
    definition: "the same words contracted or spelled out (will not / won't, it is / it's)",
    rationale: "spoken words have no spelling: \"won't\" and \"will not\" say the same, negation included",
  },
  {
    class: "article-form", severity: "low", raisedBy: [], isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "a/an", verdictShows: "both-sides",
    definition: "the indefinite article a / an before the same word (a SCO / an SCO)",
    rationale: "follows how the next word is read aloud, not what was said",
  },
  {
    class: "editorial-insertion", severity: "high", raisedBy: [], isDrift: true, isExcerptCut: false,
    fidelityWeight: 0.25, label: "editorial insertion", verdictShows: "added-text",
    definition: "[bracketed] editorial text on one side only, or different on both",
    rationale: "words the speaker did not say, printed inside the quote marks",
  },
  {
    class: "truncation", severity: "medium", raisedBy: ["negation", "condition"], isDrift: true, isExcerptCut: true,
    fidelityWeight: 0.5, label: "truncation", verdictShows: "label",
    definition: "words lost or added next to an ellipsis or at the very end",
    rationale: "the kept words are the speaker's; high when the cut loses a negation or a condition (if, unless)",
  },
  {
    class: "substitution", severity: "medium", raisedBy: MEANING, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "substitution", verdictShows: "both-sides",
    definition: "words replaced by other words",
    rationale: "another word in the speaker's mouth; high when it changes a negation, number, date, name or modal (will -> may)",
  },
  {
    class: "insertion", severity: "medium", raisedBy: MEANING, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "insertion", verdictShows: "added-text",
    definition: "words added inside the quote",
    rationale: "words added to the quote; high when they add a negation, number, date, name or modal",
  },
  {
    class: "deletion", severity: "medium", raisedBy: MEANING, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "deletion", verdictShows: "removed-text",
    definition: "words dropped from inside the quote",
    rationale: "words dropped from the quote; high when they drop a negation, number, date, name or modal",
  },
  {
    class: "reordering", severity: "medium", raisedBy: [], isDrift: true, isExcerptCut: false,
    fidelityWeight: 0.5, label: "reordering", verdictShows: "label",
    definition: "the same words in another order",
    rationale: "the same words, another emphasis",
  },
] as const satisfies readonly ChangeClass[];

/** Name of a change class. */
export type ChangeType = (typeof CHANGE_CLASSES)[number]["class"];

const BY_NAME: ReadonlyMap<string, ChangeClass<ChangeType>> = new Map(CHANGE_CLASSES.map((row) => [row.class, row]));

/** The table row of a class (throws only on a name outside the vocabulary: a bug). */
export function getChangeClass(name: ChangeType): ChangeClass<ChangeType> {
  const row = BY_NAME.get(name);
  if (row === undefined) throw new Error(`Unknown change class "${name}": add it to CHANGE_CLASSES in src/drift/change-classes.ts.`);
  return row;
}
