import { createInMemoryMatcher } from "./in-memory/create-in-memory-matcher.ts";
import type { MatchConstraints, Matcher } from "./matcher.ts";
import type { StoryMention } from "./find-stories.ts";

/** Tuning of the matcher. Every field has a default; see resolveMatchOptions. */
export interface MatchMentionsOptions {
  /** The backend that finds and verifies candidate pairs. Default: the in-memory bigram index. */
  matcher?: Matcher;
  /** mustLink / cannotLink between mention ids (see MatchConstraints). Default none. */
  constraints?: MatchConstraints;
  /**
   * Quotes with fewer match words (brackets and punctuation excluded) are never matched to
   * anything (except by an explicit repeatOf): "We will see" must not grow a giant family.
   * Default 4 (MemeTracker's shortest linked phrase).
   */
  minWords?: number;
  /**
   * Largest gap in days between two wordings' dates for them to be compared; null = no limit.
   * Undated mentions are always compared. Default 365, so re-publications weeks or months later
   * still join (seed 001 is 41 days after 000).
   */
  windowDays?: number | null;
  /**
   * Largest word edit distance between two wordings of about the same length, given the longer
   * one's word count. Default (MemeTracker-like, widened for long quotes): 4-6 words -> 1,
   * 7-14 -> 2, 15-24 -> 3, longer -> 4. US/UK spellings and [brackets] cost nothing.
   */
  editThreshold?: (words: number) => number;
  /** A piece must have at least this many words to count as one piece of a split quote. Default 5. */
  minContainedWords?: number;
  /**
   * Largest gap in days between two articles of one story (see findStories): a quoted fragment
   * joins only a longer quote of its story. Default 14.
   */
  storyDays?: number;
  /**
   * Word pairs (bigrams) carried by more distinct wordings than this are boilerplate and do not
   * generate candidates. Default 500.
   */
  maxPostings?: number;
  /** Paraphrase: least share of the indirect claim's content words found in the quote. Default 0.5. */
  paraphraseOverlap?: number;
  /** Paraphrase: least number of shared content words. Default 4. */
  paraphraseMinShared?: number;
  /**
   * What stories are read from (findStories): every mention of the articles matched and of the
   * articles within `storyDays` quoting their speakers' name words, speakers as extracted. Default:
   * the mentions matched. An incremental match over a part of the corpus (Store.loadMatchScope)
   * passes the rest, so its stories are a rebuild's.
   */
  storyMentions?: readonly StoryMention[];
}

export type ResolvedMatchOptions = Required<Omit<MatchMentionsOptions, "windowDays" | "storyMentions">> & {
  windowDays: number | null;
  storyMentions: readonly StoryMention[] | null;
};

export function resolveMatchOptions(options: MatchMentionsOptions = {}): ResolvedMatchOptions {
  return {
    matcher: options.matcher ?? createInMemoryMatcher(),
    constraints: options.constraints ?? {},
    minWords: options.minWords ?? 4,
    windowDays: options.windowDays === undefined ? 365 : options.windowDays,
    editThreshold: options.editThreshold ?? defaultEditThreshold,
    minContainedWords: options.minContainedWords ?? 5,
    storyDays: options.storyDays ?? 14,
    maxPostings: options.maxPostings ?? 500,
    paraphraseOverlap: options.paraphraseOverlap ?? 0.5,
    paraphraseMinShared: options.paraphraseMinShared ?? 4,
    storyMentions: options.storyMentions ?? null,
  };
}

function defaultEditThreshold(words: number): number {
  if (words < 4) return 0;
  if (words <= 6) return 1;
  if (words <= 14) return 2;
  if (words <= 24) return 3;
  return 4;
}
