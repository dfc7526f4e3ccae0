/**
 * The drift vocabulary: every class of wording change, in one table. classifyChanges (via the
 * detectors in change-detectors.ts), rateChangeSeverity, scoreFidelity, isQuoteDrift and the audit
 * verdict read it; `schemas/report.schema.json` and the Prisma enum `ChangeType` are checked
 * against it (tests/drift/change-classes.test.ts). This module imports nothing, so
 * src/model/family.ts can re-export its types without a cycle.
 */

export type Severity = "low" | "medium" | "high";

export interface ChangeClass<Name extends string = string> {
  class: Name;
  /** severity every change of this class starts from */
  severity: Severity;
  /** the content rules of rateChangeSeverity may raise it to high (negation, number, date, name, modal) */
  raisedByContent: boolean;
  /**
   * alters the words rather than only their typographic or orthographic form: the verdict calls
   * an outlet "altered" for these, "cosmetic" for the others
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
}

/** In the order of the JSON schema and the Prisma enum. */
export const CHANGE_CLASSES = [
  {
    class: "typography", severity: "low", raisedByContent: false, isDrift: false, isExcerptCut: false,
    fidelityWeight: 0, label: "typography", verdictShows: "both-sides",
    definition: "a kept word or mark differing only in typography (quotes, dashes, spacing)",
  },
  {
    class: "punctuation", severity: "low", raisedByContent: false, isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "punctuation", verdictShows: "both-sides",
    definition: "only punctuation marks changed, no words",
  },
  {
    class: "case", severity: "low", raisedByContent: false, isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "case", verdictShows: "both-sides",
    definition: "a kept word differing only in capitals",
  },
  {
    class: "spelling", severity: "low", raisedByContent: false, isDrift: false, isExcerptCut: false,
    fidelityWeight: 0.05, label: "spelling", verdictShows: "both-sides",
    definition: "a kept word spelled another way (US/UK spelling, hyphenation, a/an)",
  },
  {
    class: "editorial-insertion", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: false,
    fidelityWeight: 0.25, label: "editorial insertion", verdictShows: "label",
    definition: "[bracketed] editorial text on one side only, or different on both",
  },
  {
    class: "truncation", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: true,
    fidelityWeight: 0.5, label: "truncation", verdictShows: "label",
    definition: "words lost or added next to an ellipsis or at the very end",
  },
  {
    class: "substitution", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "substitution", verdictShows: "both-sides",
    definition: "words replaced by other words",
  },
  {
    class: "insertion", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "insertion", verdictShows: "added-text",
    definition: "words added inside the quote",
  },
  {
    class: "deletion", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: false,
    fidelityWeight: 1, label: "deletion", verdictShows: "removed-text",
    definition: "words dropped from inside the quote",
  },
  {
    class: "reordering", severity: "medium", raisedByContent: true, isDrift: true, isExcerptCut: false,
    fidelityWeight: 0.5, label: "reordering", verdictShows: "label",
    definition: "the same words in another order",
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
