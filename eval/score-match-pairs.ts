import { classifyWrongMerge, type MergeRoute } from "./classify-wrong-merge.ts";
import { findSpanMention } from "./find-span-mention.ts";
import { DRIFTS, type BasilPair, type BasilSpanRef, type Drift, type EvalMention, type StoredMatchView } from "./match-types.ts";

/** One labelled pair with the mentions its spans took (null = not extracted) and the prediction. */
export interface ScoredPair {
  pair: BasilPair;
  a: EvalMention | null;
  b: EvalMention | null;
  /** both spans extracted and their mentions in one family */
  predictedSame: boolean;
}

/** Why a `same` pair was not predicted same (a hint for the matching and speaker work). */
export type MissReason =
  | "not-extracted"   // one or both spans have no mention
  | "speakers-differ" // both mentions have a speaker, and the names differ
  | "speaker-missing" // exactly one or both mentions have no speaker
  | "same-speaker";   // the speakers agree: the text decided against the match

export const MISS_REASONS: readonly MissReason[] = ["not-extracted", "speakers-differ", "speaker-missing", "same-speaker"];

export interface MissedPair extends ScoredPair {
  reason: MissReason;
}

export interface WrongMerge extends ScoredPair {
  a: EvalMention;
  b: EvalMention;
  familyId: string;
  through: MergeRoute;
  /**
   * the labels are not transitive here: each span of this `different` pair is labelled `same` as
   * one third span (a passage one outlet quotes whole, the other two a sentence of it each), so
   * no grouping into families can score all three pairs right
   */
  forcedByLabels: boolean;
}

export interface DriftRecall {
  drift: Drift;
  total: number;
  /** pairs of this class whose two spans were extracted */
  bothExtracted: number;
  matched: number;
  /** end-to-end: matched / total */
  recall: number;
}

export interface MatchScore {
  pairs: { same: number; different: number; unsure: number };
  /** scored pairs (same or different) whose two spans were extracted */
  bothExtracted: { same: number; different: number };
  /** same pairs predicted same */
  truePositives: number;
  /** different pairs predicted same (= wrongMerges.length) */
  falsePositives: number;
  /** truePositives / (truePositives + falsePositives); null when nothing was predicted same */
  precision: number | null;
  /** end-to-end: truePositives / all same pairs (a span not extracted counts as missed) */
  recall: number;
  /** of precision and end-to-end recall (0 when precision is null) */
  f1: number;
  byDrift: DriftRecall[];
  /** distinct labelled spans of all pairs (unsure included) and how many have no mention */
  spans: { labelled: number; notExtracted: number; share: number };
  wrongMerges: WrongMerge[];
  /** same pairs not predicted same, in data order */
  missed: MissedPair[];
  missReasons: Record<MissReason, number>;
}

/**
 * Protocol steps 2-4 over the stored result: each span takes its mention (findSpanMention), a pair
 * is predicted `same` when its two mentions are in one family, then precision over pairs with
 * both spans extracted, end-to-end recall and F1, recall per drift class, wrong merges and the
 * spans not extracted. `unsure` pairs are not scored (their spans still count as labelled spans).
 */
export function scoreMatchPairs(pairs: readonly BasilPair[], view: StoredMatchView): MatchScore {
  const spanCache = new Map<string, EvalMention | null>();
  const mentionOf = (span: BasilSpanRef): EvalMention | null => {
    const key = spanKey(span);
    if (!spanCache.has(key)) spanCache.set(key, findSpanMention(span, view));
    return spanCache.get(key) ?? null;
  };
  const counts = { same: 0, different: 0, unsure: 0 };
  const bothExtracted = { same: 0, different: 0 };
  const drift = new Map<Drift, DriftRecall>(DRIFTS.map((d) => [d, { drift: d, total: 0, bothExtracted: 0, matched: 0, recall: 0 }]));
  const wrongMerges: WrongMerge[] = [];
  const missed: MissedPair[] = [];
  const missReasons = Object.fromEntries(MISS_REASONS.map((r) => [r, 0])) as Record<MissReason, number>;
  let truePositives = 0;
  const sameAs = new Map<string, Set<string>>();
  for (const pair of pairs) {
    if (pair.label !== "same") continue;
    const [a, b] = [spanKey(pair.a), spanKey(pair.b)];
    sameAs.set(a, (sameAs.get(a) ?? new Set()).add(b));
    sameAs.set(b, (sameAs.get(b) ?? new Set()).add(a));
  }
  const forcedByLabels = (pair: BasilPair): boolean => {
    const other = sameAs.get(spanKey(pair.b)) ?? new Set<string>();
    return [...(sameAs.get(spanKey(pair.a)) ?? [])].some((c) => other.has(c));
  };
  for (const pair of pairs) {
    counts[pair.label]++;
    const a = mentionOf(pair.a);
    const b = mentionOf(pair.b);
    if (pair.label === "unsure") continue;
    const extracted = a !== null && b !== null;
    const predictedSame = extracted && a.familyId !== null && a.familyId === b.familyId;
    if (extracted) bothExtracted[pair.label]++;
    if (pair.label === "same") {
      const cls = pair.drift === null ? undefined : drift.get(pair.drift);
      if (cls) {
        cls.total++;
        if (extracted) cls.bothExtracted++;
        if (predictedSame) cls.matched++;
      }
      if (predictedSame) truePositives++;
      else {
        const reason = missReason(a, b);
        missReasons[reason]++;
        missed.push({ pair, a, b, predictedSame, reason });
      }
    } else if (predictedSame) {
      wrongMerges.push({ pair, a, b, predictedSame, familyId: a.familyId ?? "", through: classifyWrongMerge(a, b), forcedByLabels: forcedByLabels(pair) });
    }
  }
  for (const cls of drift.values()) cls.recall = ratio(cls.matched, cls.total);
  const falsePositives = wrongMerges.length;
  const precision = truePositives + falsePositives === 0 ? null : truePositives / (truePositives + falsePositives);
  const recall = ratio(truePositives, counts.same);
  const f1 = precision === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const labelled = spanCache.size;
  const notExtracted = [...spanCache.values()].filter((m) => m === null).length;
  return {
    pairs: counts,
    bothExtracted,
    truePositives,
    falsePositives,
    precision,
    recall,
    f1,
    byDrift: [...drift.values()],
    spans: { labelled, notExtracted, share: ratio(notExtracted, labelled) },
    wrongMerges,
    missed,
    missReasons,
  };
}

function spanKey(span: BasilSpanRef): string {
  return `${span.triplet}/${span.source}/${span.start}/${span.end}`;
}

function missReason(a: EvalMention | null, b: EvalMention | null): MissReason {
  if (a === null || b === null) return "not-extracted";
  if (a.speaker === null || b.speaker === null) return "speaker-missing";
  return a.speaker.toLowerCase() === b.speaker.toLowerCase() ? "same-speaker" : "speakers-differ";
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
