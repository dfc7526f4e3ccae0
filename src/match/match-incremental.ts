import type { MatchableMention, MatchResult, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { clusterEntries, type MatchEntry } from "./cluster-entries.ts";
import { decideMatchRun } from "./decide-match-run.ts";
import type { Stories } from "./find-stories.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { matchMentions } from "./match-mentions.ts";
import { resolveMatchOptions, type MatchMentionsOptions, type ResolvedMatchOptions } from "./resolve-match-options.ts";
import { toInternedMatchWords } from "./to-interned-match-words.ts";
import { toMatchWords } from "./to-match-words.ts";

/**
 * Adds the mentions that are in no previous family to a previous result without re-clustering
 * the corpus: the existing families' variants are indexed (every member under its variant's
 * words and its own speaker), only pairs involving a new wording are compared, existing
 * families stay united, and only the families that receive a mention (or are joined by one) are
 * rebuilt (canonical, links, drift); the others are returned as they were. When the previous
 * families cannot be patched it returns matchMentions on all mentions instead (decideMatchRun
 * says when).
 *
 * The families a new wording meets (joins, or is kept apart from by the speaker rule) are
 * clustered again from scratch with it (clusterTouched), so the result does not depend on the
 * order the mentions arrived in: it equals matchMentions on the same mentions (tested on the noisy
 * generated corpus in many small batches), except when more than MAX_RECLUSTER_ROUNDS rounds of
 * met families would be needed. A new wording meets an old family when a union with one of its
 * members is tried (joined or kept apart by the speaker rule) or when it could contain one of its
 * sub-spans; the mentions are clustered in id order, as in a rebuild, so ties break alike.
 * `quotetrail match --rebuild` (matchMentions) is the reference.
 *
 * @param allMentions every mention of the corpus (previous and new)
 */
export function matchIncremental(previous: MatchResult, allMentions: readonly MatchableMention[], options?: MatchMentionsOptions): MatchResult {
  const resolved = resolveMatchOptions(options);
  const run = decideMatchRun(previous, allMentions, resolved.constraints, resolved);
  if (run.kind === "rebuild") return matchMentions(allMentions, options);
  if (run.kind === "keep") return previous;
  const { byId, fresh, stories, renamed } = run;

  // the families of renamed members (a bare name that resolves differently now) are clustered
  // again from scratch, as if met by a new mention
  const renamedIds = new Set(renamed);
  const reopened = new Set<number>();
  previous.families.forEach((f, k) => {
    if (f.members.some((m) => renamedIds.has(m.mentionId))) reopened.add(k);
  });
  // existing families: every member under its variant's words and its own speaker
  const unordered: { entry: MatchEntry; family: number }[] = [];
  previous.families.forEach((f, k) => {
    for (const ms of membersByVariant(f, byId)) {
      const words = toMatchWords(ms[0]?.text ?? "").words;
      for (const m of ms) unordered.push({ entry: { mention: m, words, speaker: m.speaker, fresh: reopened.has(k) }, family: k });
    }
  });
  const freshMentions = fresh.map((id) => byId.get(id)).filter((m): m is MatchableMention => m !== undefined);
  const matchWords = toInternedMatchWords(freshMentions);
  for (const m of freshMentions) unordered.push({ entry: { mention: m, words: matchWords.get(m.id)?.words ?? [], speaker: m.speaker, fresh: true }, family: -1 });
  // in mention id order, as a rebuild takes them (prepareMentionStories): wordings are numbered in
  // the order of their first mention, and the clustering breaks its ties by those numbers
  unordered.sort((a, b) => (a.entry.mention.id < b.entry.mention.id ? -1 : a.entry.mention.id > b.entry.mention.id ? 1 : 0));
  const entries = unordered.map((x) => x.entry);
  const entryFamily = unordered.map((x) => x.family);
  const roots = clusterTouched(entries, entryFamily, resolved, stories, reopened);

  // components holding a fresh mention are rebuilt, with all members of the families they absorbed
  const touchedRoots = new Set<number>();
  for (let e = 0; e < entries.length; e++) if (entries[e]?.fresh) touchedRoots.add(roots[e] ?? 0);
  const members = new Map<number, MatchableMention[]>();
  const absorbed = new Set<number>();
  entries.forEach((entry, e) => {
    const root = roots[e] ?? 0;
    if (!touchedRoots.has(root)) return;
    const list = members.get(root);
    if (list === undefined) members.set(root, [entry.mention]);
    else list.push(entry.mention);
    const k = entryFamily[e] ?? -1;
    if (k >= 0) absorbed.add(k);
  });
  const kept: QuoteFamily[] = previous.families.filter((_, k) => !absorbed.has(k));
  const rebuilt = [...members.values()].map((ms) => buildFamily(ms, resolved, matchWords));
  // a family renamed by an earlier collision gets its plain id back if the collision is gone
  return { families: disambiguateFamilyIds([...kept, ...rebuilt]) };
}

/**
 * The clustering of an incremental run. A new mention that meets an old family (joins it, or is
 * kept apart from it by the speaker rule) may, in a rebuild, have been compared before the weaker
 * evidence that made that family (a fragment, an overlap): the old family's members are then
 * clustered again from scratch with the new mentions (marked fresh, their old unions dropped),
 * until no further old family is met (at most MAX_RECLUSTER_ROUNDS rounds). So the result does
 * not depend on the order the mentions arrived in (a fragment that came first no longer keeps a
 * later identical quote of another named person out). Sets `fresh` on the entries it reclusters.
 */
function clusterTouched(entries: MatchEntry[], entryFamily: readonly number[], resolved: ResolvedMatchOptions, stories: Stories, reopened: Set<number>): Int32Array {
  for (let round = 0; ; round++) {
    const given: [number, number][] = [];
    const firstEntryOfFamily = new Map<number, number>();
    entries.forEach((entry, e) => {
      const k = entryFamily[e] ?? -1;
      if (k < 0 || entry.fresh) return;
      const first = firstEntryOfFamily.get(k);
      if (first === undefined) firstEntryOfFamily.set(k, e);
      else given.push([first, e]);
    });
    const touched = new Uint8Array(entries.length);
    const roots = clusterEntries(entries, resolved, { stories, given, incremental: true, touched });
    const met = new Set<number>();
    touched.forEach((t, e) => {
      const k = entryFamily[e] ?? -1;
      if (t === 1 && k >= 0 && !reopened.has(k)) met.add(k);
    });
    if (met.size === 0 || round === MAX_RECLUSTER_ROUNDS) return roots;
    for (const k of met) reopened.add(k);
    entries.forEach((entry, e) => {
      if (met.has(entryFamily[e] ?? -1)) entries[e] = { ...entry, fresh: true };
    });
  }
}

/** rounds of reclustering met families before an incremental run settles for what it has */
const MAX_RECLUSTER_ROUNDS = 4;

/** A family's members grouped by variant, in member order. */
function membersByVariant(f: QuoteFamily, byId: ReadonlyMap<string, MatchableMention>): MatchableMention[][] {
  const byVariant = new Map<string, MatchableMention[]>();
  for (const member of f.members) {
    const m = byId.get(member.mentionId);
    if (m === undefined) continue;
    const list = byVariant.get(member.variantId);
    if (list === undefined) byVariant.set(member.variantId, [m]);
    else list.push(m);
  }
  return [...byVariant.values()];
}
