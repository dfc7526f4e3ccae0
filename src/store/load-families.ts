import type pg from "pg";
import type { Corpus } from "../model/corpus.ts";
import { loadCorpus } from "./load-corpus.ts";
import { loadMatch } from "./load-match.ts";
import type { StoredMatch } from "./store.ts";

/**
 * The given families with their provenance, the mentions of their members (latest versions) and
 * those mentions' articles: what a family's page or audit shows, and nothing else of the store.
 */
export async function loadFamilies(client: pg.ClientBase, familyIds: readonly string[]): Promise<{ corpus: Corpus } & StoredMatch> {
  const match = await loadMatch(client, familyIds);
  const corpus = await loadCorpus(client, match.result.families.flatMap((f) => f.members.map((m) => m.mentionId)));
  return { ...match, corpus };
}
