/** Provenance of one family: origin, first appearance, relay chain and per-occurrence flags. */

export type OccurrenceFlag =
  | "source-dropped" | "source-changed" | "altered-under-same-source"
  | "predates-source" | "page-date-mismatch" | "altered-and-uncredited";

export interface ChainLink {
  /** relaying outlet or agency */
  from: string;
  /** credited outlet or agency */
  to: string;
  /** the phrase that shows it ("according to the state-run Russian Tass agency", "(EFE)") */
  evidence: string;
  /** the article that carries the evidence */
  articleId: string;
}

export interface FirstAppearance {
  articleId: string;
  mentionId: string;
  outlet: string | null;
  date: string | null;
}

export interface FamilyProvenance {
  familyId: string;
  speaker: string | null;
  /** where / when said, when the text says so ("at the 11th Moscow Conference on International Security") */
  setting: string | null;
  firstAppearance: FirstAppearance;
  /** the source its mentions credit most (canonical name), null when none credits any */
  origin: string | null;
  chain: ChainLink[];
  /** mentionId -> flags */
  flags: Record<string, OccurrenceFlag[]>;
}
