import type { MatchableMention } from "../model/family.ts";
import { buildKeyTable } from "./build-key-table.ts";
import { clusterKeys } from "./cluster-keys.ts";
import { toKeyEntry } from "./to-key-entry.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { findStories, type Stories } from "./find-stories.ts";

/** One mention as the clustering sees it. */
export interface MatchEntry {
  mention: MatchableMention;
  /** its match words (see toMatchWords) */
  words: readonly string[];
  /** the speaker it is compared under (its own) */
  speaker: string | null;
  /** being added in this run (incremental matching: only pairs with a fresh side are compared) */
  fresh: boolean;
}

export interface ClusterEntriesOptions {
  /** the stories of the entries' articles (findStories); default: read from the entries' mentions */
  stories?: Stories;
  /** entry index pairs united first without the speaker check (a previous run's families) */
  given?: readonly (readonly [number, number])[];
  incremental?: boolean;
  /** incremental runs: set to 1 for each entry that is not fresh and that a fresh entry's union was tried with (see ClusterKeysInput.touched) */
  touched?: Uint8Array;
}

/**
 * The matcher's set-up, shared by the rebuild and the incremental path: keys from the entries
 * (a cannotLink side gets a key of its own), repeatOf links of fresh entries as forced unions,
 * the constraints mapped from mention ids to keys, then clusterKeys. Returns each entry's
 * representative (equal numbers: one family).
 */
export function clusterEntries(entries: readonly MatchEntry[], options: ResolvedMatchOptions, clusterOptions: ClusterEntriesOptions = {}): Int32Array {
  const { mustLink = [], cannotLink = [] } = options.constraints;
  // entries by mention id, for repeatOf links and constraints only (a million ids are not mapped for nothing)
  const linked = mustLink.length > 0 || cannotLink.length > 0 || entries.some((e) => e.fresh && e.mention.repeatOf !== null);
  const entryOf = new Map<string, number>(linked ? entries.map((e, i) => [e.mention.id, i]) : []);
  const alone = new Set(cannotLink.flat());
  // the key entries made as the table reads them, not all at once (a million entries are a quarter of a gigabyte)
  const table = buildKeyTable({
    length: entries.length,
    entry: (i) => {
      const { mention: m, words, speaker, fresh } = entries[i] as MatchEntry;
      return toKeyEntry(m, words, speaker, fresh, alone.has(m.id));
    },
  }, options.minWords);
  const keyOf = (entry: number): number => table.keyOfEntry[entry] ?? 0;
  const forced: [number, number][] = [];
  entries.forEach((e, i) => {
    const target = !e.fresh || e.mention.repeatOf === null ? undefined : entryOf.get(e.mention.repeatOf);
    if (target !== undefined) forced.push([keyOf(i), keyOf(target)]);
  });
  const toKeys = (pairs: readonly (readonly [string, string])[]): [number, number][] => {
    const out: [number, number][] = [];
    for (const [a, b] of pairs) {
      const ea = entryOf.get(a);
      const eb = entryOf.get(b);
      if (ea !== undefined && eb !== undefined) out.push([keyOf(ea), keyOf(eb)]);
    }
    return out;
  };
  const touchedKeys = clusterOptions.touched === undefined ? undefined : new Uint8Array(table.keys.length);
  const roots = clusterKeys({
    table, options,
    stories: clusterOptions.stories ?? findStories(entries.map((e) => e.mention), options.storyDays),
    mustLink: toKeys(mustLink),
    cannotLink: toKeys(cannotLink),
    given: (clusterOptions.given ?? []).map(([a, b]) => [keyOf(a), keyOf(b)] as const),
    forced,
    incremental: clusterOptions.incremental === true,
    ...(touchedKeys === undefined ? {} : { touched: touchedKeys }),
  });
  if (touchedKeys !== undefined && clusterOptions.touched !== undefined) {
    for (let i = 0; i < entries.length; i++) if (touchedKeys[keyOf(i)] === 1 && !entries[i]?.fresh) clusterOptions.touched[i] = 1;
  }
  const rootOfEntry = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) rootOfEntry[i] = roots[keyOf(i)] ?? 0;
  return rootOfEntry;
}
