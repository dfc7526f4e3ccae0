import type { MatchableMention } from "../model/family.ts";
import type { Stories } from "./find-stories.ts";
import { toSpeakerPerson } from "../text/to-speaker-person.ts";

/** What resolving a speaker reads of a mention. */
export type StorySpeaker = Pick<MatchableMention, "id" | "articleId" | "speaker" | "speakerType">;

export interface StorySpeakers {
  /** mention id -> the one full name of its story that holds its bare name ("Li" -> "Li Shangfu") */
  resolved: Map<string, string>;
  /** ids of the mentions whose bare name its story never names in full (no evidence of a person) */
  unconfirmed: Set<string>;
}

/**
 * Names resolved within a story (see findStories), never across the corpus: a one-word speaker
 * name becomes the one full person name of its article's story holding that word as family or
 * given name ("Li" and "Shangfu" both give "Li Shangfu"), under its first spelling in code-point
 * order; with two such names ("Trump" with Donald and Ivanka Trump) it stays as it is, and with
 * none it is unconfirmed. The matcher compares and names families under the resolved names; the
 * mentions keep their own. The rebuild policy compares the result before and after new articles.
 */
export function resolveStorySpeakers(mentions: readonly StorySpeaker[], stories: Stories): StorySpeakers {
  const resolved = new Map<string, string>();
  const unconfirmed = new Set<string>();
  for (const m of mentions) {
    const person = m.speaker === null ? null : toSpeakerPerson(m.speaker, m.speakerType ?? null);
    if (person === null || person.given !== "") continue;
    const names = stories.fullNames(m.articleId, person.family);
    if (names.size === 1) resolved.set(m.id, [...names.values()][0] ?? "");
    else if (names.size === 0) unconfirmed.add(m.id);
  }
  return { resolved, unconfirmed };
}
