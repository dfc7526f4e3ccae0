import { findSpanMention } from "./find-span-mention.ts";
import type { BasilSpeakerLabel, EvalMention, StoredMatchView } from "./match-types.ts";
import { namesGroup } from "./names-group.ts";
import { namesLabelledSpeaker } from "./names-labelled-speaker.ts";

export interface ScoredSpeaker {
  label: BasilSpeakerLabel;
  mention: EvalMention | null;
  /** the mention's resolved speaker names the labelled person */
  right: boolean;
}

export interface SpeakerScore {
  labelled: number;
  /** labelled spans that have a mention (overlap >= 0.3) */
  found: number;
  /** found spans whose mention's resolved speaker names the labelled person */
  right: number;
  /** found spans whose mention has no speaker at all */
  noSpeaker: number;
  /** right / found (0 when nothing was found) */
  accuracy: number;
  /** found and right among labels naming one person, and among labels naming a group (names-group.ts) */
  byLabel: { person: { found: number; right: number }; group: { found: number; right: number } };
  items: ScoredSpeaker[];
}

/**
 * The BASIL speaker figure: each labelled span takes its mention as in the matching protocol; a
 * found span is right when the mention's resolved speaker (the article-level name stored with the
 * mention, not the family's) names the labelled person (namesLabelledSpeaker).
 */
export function scoreSpeakers(labels: readonly BasilSpeakerLabel[], view: StoredMatchView): SpeakerScore {
  const items = labels.map((label): ScoredSpeaker => {
    const mention = findSpanMention(label, view);
    return { label, mention, right: mention !== null && namesLabelledSpeaker(label.speaker, mention.speaker) };
  });
  const found = items.filter((i) => i.mention !== null).length;
  const right = items.filter((i) => i.right).length;
  const noSpeaker = items.filter((i) => i.mention !== null && i.mention.speaker === null).length;
  const side = (group: boolean): { found: number; right: number } => {
    const list = items.filter((i) => i.mention !== null && namesGroup(i.label.speaker) === group);
    return { found: list.length, right: list.filter((i) => i.right).length };
  };
  return { labelled: labels.length, found, right, noSpeaker, accuracy: found === 0 ? 0 : right / found, byLabel: { person: side(false), group: side(true) }, items };
}
