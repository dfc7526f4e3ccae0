import { TITLE_ABBREVIATIONS } from "../src/lexicon/name-parts.ts";
import { TITLE_WORDS } from "../src/lexicon/titles.ts";
import type { ScoredArticle } from "./collect-errors.ts";
import { namesLabelledSpeaker } from "./names-labelled-speaker.ts";
import { SPEAKER_LABEL_KINDS, type SpeakerLabel, type SpeakerLabelKind } from "./read-speaker-labels.ts";

export interface ResolvedSpeakerItem {
  label: SpeakerLabel;
  /** a prediction is matched to the labelled attribution (overlap >= the loosest threshold) */
  found: boolean;
  /** the name the prediction resolved (its speaker's, else its credited source's), null when none */
  resolved: string | null;
  /** the surface mention the engine resolved ("he", "the senator"), null when none */
  mention: string | null;
  right: boolean;
}

export interface ResolvedSpeakerCounts {
  labelled: number;
  found: number;
  right: number;
  /** right / found (0 when nothing was found) */
  accuracy: number;
}

export interface ResolvedSpeakerScore extends ResolvedSpeakerCounts {
  /** labels naming no article or attribution of the scored data (a stale label file) */
  unknown: number;
  byKind: Record<SpeakerLabelKind, ResolvedSpeakerCounts>;
  items: ResolvedSpeakerItem[];
}

/**
 * Resolved-speaker accuracy on hand-labelled PolNeAR attributions (eval/labels/README.md): a label
 * is found when the protocol's matching at the loosest threshold gave its gold attribution a
 * prediction; it is right when the prediction's resolved speaker name (else its credited source's
 * name) names the labelled speaker by the BASIL rule (names-labelled-speaker.ts) and does not give
 * the labelled person another first name ("Bill Clinton" for "Hillary Clinton"). Pure.
 */
export function scoreResolvedSpeakers(items: readonly ScoredArticle[], labels: readonly SpeakerLabel[]): ResolvedSpeakerScore {
  const byDoc = new Map(items.map((item) => [item.doc.docId, item]));
  const scored: ResolvedSpeakerItem[] = [];
  let unknown = 0;
  for (const label of labels) {
    const item = byDoc.get(label.doc);
    const gi = item ? item.doc.attributions.findIndex((a) => a.id === label.attribution) : -1;
    if (!item || gi < 0) { unknown++; continue; }
    const pi = item.score.gold[gi]?.matched[0] ?? null;
    const pred = pi === null ? undefined : item.score.preds[pi];
    if (!pred) { scored.push({ label, found: false, resolved: null, mention: null, right: false }); continue; }
    const resolved = pred.speakerName ?? pred.sourceName;
    const span = pred.speaker ?? pred.source;
    const mention = span ? item.doc.text.slice(span[0], span[1]) : null;
    const right = resolved !== null && namesLabelledSpeaker(label.speaker, resolved) && !(label.type === "person" && otherGivenName(label.speaker, resolved));
    scored.push({ label, found: true, resolved, mention, right });
  }
  const count = (list: readonly ResolvedSpeakerItem[]): ResolvedSpeakerCounts => {
    const found = list.filter((i) => i.found).length;
    const right = list.filter((i) => i.right).length;
    return { labelled: list.length, found, right, accuracy: found === 0 ? 0 : right / found };
  };
  const byKind = Object.fromEntries(SPEAKER_LABEL_KINDS.map((k) => [k, count(scored.filter((i) => i.label.kind === k))])) as Record<SpeakerLabelKind, ResolvedSpeakerCounts>;
  return { ...count(scored), unknown, byKind, items: scored };
}

/**
 * A person label and a resolved name that give the person different given names ("Hillary Clinton"
 * and "Bill Clinton"): the first capitalised word of each that is no title and not its last word,
 * when both have one, differ (an initial agrees with the name it starts: "J." and "John").
 */
function otherGivenName(label: string, resolved: string): boolean {
  const a = givenName(label);
  const b = givenName(resolved);
  return a !== null && b !== null && a !== b && !a.startsWith(b) && !b.startsWith(a);
}

function givenName(name: string): string | null {
  const words = name.split(/\s+/);
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k] as string;
    const bare = w.toLowerCase().replace(/\.$/, "");
    if (/^\p{Lu}/u.test(w) && !TITLE_ABBREVIATIONS.has(bare) && !TITLE_WORDS.has(bare) && bare !== "the") return bare;
  }
  return null;
}
