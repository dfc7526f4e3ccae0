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

/**
 * A bare domain line shortly before a quote, as a link-preview card prints it (see
 * src/provenance/find-preview-domains.ts).
 */
export interface PreviewDomain {
  /** host without "www.", lower case: "laprensalatina.com" */
  domain: string;
  /** the line as written, trimmed: "www.laprensalatina.com" */
  evidence: string;
  start: number;
}

/**
 * An "at the <Event Name>" phrase near a quote (src/provenance/find-setting-candidates.ts). Which one
 * is the quote's setting depends on the family's speaker, so every candidate is kept.
 */
export interface SettingCandidate {
  /** "at the 11th Moscow Conference on International Security" */
  phrase: string;
  /** characters between the phrase and the quote (0 inside it) */
  distance: number;
  /** in the quote's own sentence (counts whoever the speaker is) */
  own: boolean;
  /** the phrase's sentence, searched for the speaker's name when not `own` */
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * What provenance needs from the text around one mention, computed once when the article version is
 * stored (a linear pass), so matching does not re-read unchanged articles' text.
 */
export interface MentionClues {
  /** setting candidates in the order findSetting weighs them */
  setting: SettingCandidate[];
  /** preview-domain lines in the default window (600 characters) before the mention's start */
  previews: PreviewDomain[];
}
