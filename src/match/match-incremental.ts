import type { MatchableMention, MatchResult, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { buildKeyTable, type KeyEntry } from "./build-key-table.ts";
import { clusterKeys } from "./cluster-keys.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "./resolve-match-options.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";
import { matchMentions } from "./match-mentions.ts";
import { unifySpeakerNames } from "./unify-speaker-names.ts";

/**
 * Adds new mentions to a previous result without re-clustering the corpus: the existing
 * families' variants are indexed (one key per family variant, carrying the family's speaker),
 * only pairs involving a new wording are compared, existing families stay united, and only the
 * families that receive a mention (or are joined by one) are rebuilt (canonical, links, drift);
 * the others are returned as they were.
 *
 * When the corpus-level speaker names changed for mentions already in families (see
 * unifySpeakerNames), it returns matchMentions on all mentions instead.
 *
 * Equal to matchMentions on the same mentions, except by design when:
 * - a new wording is compatible with two existing families whose speakers conflict, or would
 *   have let the reference order its unions differently (speaker constraint: the reference
 *   processes all edges strongest first, here old unions come first);
 * - an existing sub-span already inside a family would have preferred a new, tighter container
 *   (it stays where it is: moving it would re-cluster);
 * - a previous family was split by the "two statements quoted as one" guard, which only sees the
 *   containers of the current run.
 * `quotetrail match --rebuild` (matchMentions) is the reference.
 *
 * @param allMentions every mention of the corpus (previous and new); previous members missing
 *   from it are dropped from their families
 * @param newMentionIds the mentions to add (ids already in a family are ignored)
 */
export function matchIncremental(
  previous: MatchResult,
  allMentions: readonly MatchableMention[],
  newMentionIds: readonly string[],
  options?: MatchMentionsOptions,
): MatchResult {
  const resolved = resolveMatchOptions(options);
  const byId = new Map(unifySpeakerNames(allMentions).map((m) => [m.id, m]));
  const familyOf = new Map<string, number>();
  previous.families.forEach((f, k) => {
    for (const m of f.members) familyOf.set(m.mentionId, k);
  });
  // The corpus-level speaker names can change with the new mentions (a fuller name arrives and a
  // bare surname now resolves to it, or a second fuller name makes it ambiguous). Families keyed
  // on the old names cannot be patched: recompute them all, as the reference does.
  for (const f of previous.families) {
    for (const member of f.members) {
      const speaker = byId.get(member.mentionId)?.speaker ?? null;
      if (speaker !== null && speaker !== f.speaker) return matchMentions(allMentions, options);
    }
  }
  const fresh = [...new Set(newMentionIds)].filter((id) => byId.has(id) && !familyOf.has(id)).sort();
  if (fresh.length === 0) return previous;

  // existing families: one entry per (family, variant), carrying the family's speaker
  const entries: KeyEntry[] = [];
  const entryFamily: number[] = [];
  previous.families.forEach((f, k) => {
    const byVariant = new Map<string, MatchableMention[]>();
    for (const member of f.members) {
      const m = byId.get(member.mentionId);
      if (m === undefined) continue;
      const list = byVariant.get(member.variantId);
      if (list === undefined) byVariant.set(member.variantId, [m]);
      else list.push(m);
    }
    for (const ms of byVariant.values()) {
      const words = toMatchWords(ms[0]?.text ?? "").words;
      for (const m of ms) {
        // every mention goes in (dates, articles), all under the family's speaker
        entries.push({ speaker: f.speaker, words, date: m.date, indirect: m.kind === "indirect", articleId: m.articleId, id: m.id, fresh: false });
        entryFamily.push(k);
      }
    }
  });
  const matchWords = new Map<string, MatchWords>();
  const freshStart = entries.length;
  for (const id of fresh) {
    const m = byId.get(id);
    if (m === undefined) continue;
    const w = toMatchWords(m.text);
    matchWords.set(id, w);
    entries.push({ speaker: m.speaker, words: w.words, date: m.date, indirect: m.kind === "indirect", articleId: m.articleId, id: m.id, fresh: true });
    entryFamily.push(-1);
  }
  const table = buildKeyTable(entries, resolved.minWords);

  const given: [number, number][] = [];
  const firstKeyOfFamily = new Map<number, number>();
  for (let e = 0; e < freshStart; e++) {
    const k = entryFamily[e] ?? -1;
    const key = table.keyOfEntry[e] ?? 0;
    const first = firstKeyOfFamily.get(k);
    if (first === undefined) firstKeyOfFamily.set(k, key);
    else given.push([first, key]);
  }
  const entryOfMention = new Map<string, number>(entries.map((e, i) => [e.id, i]));
  const forced: [number, number][] = [];
  for (const id of fresh) {
    const m = byId.get(id);
    const target = m?.repeatOf === null || m === undefined ? undefined : entryOfMention.get(m.repeatOf);
    const self = entryOfMention.get(id);
    if (target !== undefined && self !== undefined) forced.push([table.keyOfEntry[self] ?? 0, table.keyOfEntry[target] ?? 0]);
  }
  const roots = clusterKeys({ table, options: resolved, given, forced, incremental: true });

  // components holding a fresh mention are rebuilt, with all members of the families they absorbed
  const touchedRoots = new Set<number>();
  for (let e = freshStart; e < entries.length; e++) touchedRoots.add(roots[table.keyOfEntry[e] ?? 0] ?? 0);
  const members = new Map<number, MatchableMention[]>();
  const absorbed = new Set<number>();
  entries.forEach((entry, e) => {
    const root = roots[table.keyOfEntry[e] ?? 0] ?? 0;
    if (!touchedRoots.has(root)) return;
    const m = byId.get(entry.id);
    if (m === undefined) return;
    const list = members.get(root);
    if (list === undefined) members.set(root, [m]);
    else list.push(m);
    const k = entryFamily[e] ?? -1;
    if (k >= 0) absorbed.add(k);
  });
  const kept: QuoteFamily[] = previous.families.filter((_, k) => !absorbed.has(k)).map((f) => dropMissing(f, byId, resolved));
  const rebuilt = [...members.values()].map((ms) => buildFamily(ms, resolved, matchWords));
  // a family renamed by an earlier collision gets its plain id back if the collision is gone
  return { families: disambiguateFamilyIds([...kept, ...rebuilt]) };
}

/** A kept family whose members all still exist is returned as it was. */
function dropMissing(f: QuoteFamily, byId: ReadonlyMap<string, MatchableMention>, options: ReturnType<typeof resolveMatchOptions>): QuoteFamily {
  if (f.members.every((m) => byId.has(m.mentionId))) return f;
  const ms = f.members.map((m) => byId.get(m.mentionId)).filter((m): m is MatchableMention => m !== undefined);
  return ms.length === 0 ? f : buildFamily(ms, options);
}
