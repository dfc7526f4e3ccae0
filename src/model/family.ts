/** Cross-outlet matching: families of mentions of one statement, their variants and drift. */

// The change classes and severities are declared once, in the drift table (a module that imports
// nothing): src/drift/change-classes.ts.
import type { ChangeType, Severity } from "../drift/change-classes.ts";
import type { SpeakerType } from "./quote.ts";

export type { ChangeType, Severity };

export type LinkType =
  | "canonical"         // the family's canonical mention (earliest appearance)
  | "verbatim"          // identical wording
  | "normalised-equal"  // differs only in typography, case or whitespace
  | "variant"           // word edits, US/UK spellings included
  | "partial"           // a sub-span, or a truncated teaser ending in "..." / "within..."
  | "split"             // one statement quoted in two pieces (this mention is one piece)
  | "merged"            // two statements quoted as one
  | "paraphrase";       // an indirect claim matched to a direct quote on strong lexical evidence

export interface Change {
  type: ChangeType;
  /** text on the canonical side ("" for an insertion) */
  from: string;
  /** text on this variant's side ("" for a deletion) */
  to: string;
  severity: Severity;
}

/** A mention as the matcher sees it: plain data assembled from stored or freshly extracted rows. */
export interface MatchableMention {
  /** stable mention id: makeStableId("m", versionId, start, end), see src/store/make-record-ids.ts */
  id: string;
  articleId: string;
  outlet: string | null;
  /** earliest known date of the article: event date if known, else page date (YYYY-MM-DD) */
  date: string | null;
  /** the article's page date (YYYY-MM-DD): breaks ties between equal earliest dates */
  pageDate?: string | null;
  text: string;
  kind: "direct" | "partial" | "indirect";
  /** canonical speaker name, null when unknown */
  speaker: string | null;
  /** what the speaker is, as extraction typed it (a person unless said otherwise) */
  speakerType?: SpeakerType | null;
  /**
   * the speaker as written at this quote ("he", "the senator", "Trump", "Sen. Ted Cruz"); absent
   * when unknown (then the speaker counts as written). A person is confidently named only by the
   * words written here: a pronoun or role noun resolved to a name is advice, never a veto. An
   * empty string: nothing is written at this quote (a floating quote credited to the last speaker).
   */
  speakerMention?: string | null;
  /** credited source name of the mention (quote-level), null if none */
  source: string | null;
  /** article-level credits' names (wire, original link) */
  articleCredits: string[];
  /** id of the mention this one repeats inside its article, if any */
  repeatOf: string | null;
}

export interface Variant {
  /** stable id: hash of the normalised text */
  id: string;
  /** wording as first seen (earliest mention carrying it) */
  text: string;
  /** normalised text (typography, case, whitespace folded; brackets kept) */
  normalised: string;
  /** fidelity against the canonical variant, 0..1 (1 = identical wording) */
  fidelity: number;
  /** string-similarity Dice against the canonical variant's text */
  similarity: number;
  /** changes from the canonical variant to this one (empty for the canonical variant) */
  changes: Change[];
}

export interface FamilyMember {
  mentionId: string;
  variantId: string;
  link: LinkType;
  /** fidelity of this mention's wording against the canonical, 0..1 */
  fidelity: number;
  similarity: number;
  /** changes from the canonical wording to this mention's wording; recorded for every link type */
  changes: Change[];
}

/**
 * One distinct speaker the members of a family name (each mention keeps its own speaker): how many
 * members name it, how many of those name it in the words written at the quote (not a pronoun or
 * role noun resolved to it), in which outlets, and whether it is another person than the family's
 * speaker (a disagreement, shown, not hidden).
 */
export interface FamilySpeakerVote {
  name: string;
  members: number;
  namedAtQuote: number;
  outlets: string[];
  disagrees: boolean;
}

export interface QuoteFamily {
  /** stable, citable id derived from content, e.g. "qf-3k9x2m1a" */
  id: string;
  /** the best-evidenced of the members' own speakers (pickFamilySpeaker; the view lists them all) */
  speaker: string | null;
  canonicalMentionId: string;
  canonicalVariantId: string;
  variants: Variant[];
  /** sorted by (date, mentionId) */
  members: FamilyMember[];
}

export interface MatchResult {
  families: QuoteFamily[];
}
