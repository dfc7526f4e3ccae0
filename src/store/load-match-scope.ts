import type pg from "pg";
import type { OutletKind, OutletRef } from "../model/article.ts";
import type { Corpus } from "../model/corpus.ts";
import type { MatchResult } from "../model/family.ts";
import type { SpeakerType } from "../model/quote.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { toCandidateKeys } from "../text/to-candidate-keys.ts";
import { toSpeakerPerson } from "../text/to-speaker-person.ts";
import { toStoryKeys } from "../text/to-story-keys.ts";
import { tokenizeQuote } from "../text/tokenize-quote.ts";
import { toNormalisedText } from "../text/to-normalised-text.ts";
import { makeStableId } from "../model/make-stable-id.ts";
import { loadCorpus } from "./load-corpus.ts";
import { loadMatch } from "./load-match.ts";

export interface LoadMatchScopeOptions {
  /**
   * A key carried by more stored mentions than this finds no candidates (boilerplate such as
   * "said that"; the in-memory matcher skips a bigram of more than `maxPostings` distinct
   * wordings, and reprints make mentions outnumber wordings, hence a multiple of it).
   */
  maxKeyMentions: number;
  /** least shared speaker-word keys for a candidate found by them (paraphraseMinShared) */
  minSharedSpeakerWords: number;
  /** days around the new mentions' dates within which a speaker's name word joins a story */
  storyDays: number;
  /** stored families to include besides those the new mentions touch (ids that could collide) */
  familyIds?: readonly string[];
  /**
   * Load only these stored families (`familyIds` ignored), with their members, articles, story rows and
   * provenance, and no new mention (`fresh` 0): what a loaded scope adds when the ids of its
   * families collide with stored ones outside it (until session 23 the whole scope was loaded again).
   */
  onlyFamilies?: readonly string[];
  /**
   * How many word bigrams a stored mention must share with one new mention to be a candidate
   * (the matcher's bound: countLeastSharedGrams); without it, one shared bigram with any of them.
   */
  gramBound?: GramBound;
  /**
   * Which of these stored mentions with a bare name resolve differently once the new articles are
   * stored (findRenamedMentions), given the story rows they read (the new articles' included):
   * only those of the new articles' stories are loaded, where until session 23 their whole stories were.
   * Without it every mention of the new articles' stories is loaded.
   */
  findRenamed?: (candidates: readonly StoryCandidate[], storyMentions: readonly StoryRow[], freshArticles: ReadonlySet<string>) => string[];
  /** the words a quote is matched on (toMatchWords; default its tokens' keys): which ones are one word */
  matchWords?: (text: string) => readonly string[];
}

/** A stored mention with a bare name, as findRenamed reads it. */
export interface StoryCandidate {
  id: string;
  articleId: string;
  speaker: string | null;
  speakerType: SpeakerType | null;
}

/** The least shared bigrams of a pair, from each wording's shape (made once per wording from its bigram keys in text order). */
export interface GramBound<S = any> {
  shape(sequence: readonly number[]): S;
  least(fresh: S, stored: S): number;
}

/**
 * What an incremental match needs, read through the candidate index instead of the whole corpus:
 * - `fresh`: the mentions waiting for a match (match_pending, latest versions only);
 * - every stored mention sharing a candidate key with them (toCandidateKeys: a word bigram, or
 *   `minSharedSpeakerWords` speaker name word + content word keys): their text candidates;
 * - once more, the text candidates of the members of the families those belong to (the families
 *   a new wording meets are clustered again with it, their members compared like new mentions);
 * - of the mentions on a page dated within `storyDays` of theirs whose speaker (a person) shares a
 *   name word with theirs that is a family name in one of the two (their stories: findStories),
 *   found in the story index (`story_key`, by key and day: src/text/to-story-keys.ts), those a
 *   new mention can change: one-word quotes (no bigram: a scare quote joins a longer quote of its
 *   story), the quotes holding the word of a new one-word quote, and the bare names that resolve
 *   differently with the new articles (`findRenamed`; without it, every one);
 * - once more, the text candidates of the members of those one-word quotes' and renamed bare
 *   names' families (clustered again from scratch when a new wording or name changes them);
 * - every family holding one of those, or a mention of an earlier version of a fresh mention's
 *   article, whole (all members), with its provenance, and the articles of all those mentions.
 */
export interface MatchScope {
  fresh: number;
  corpus: Corpus;
  previous: MatchResult;
  provenance: FamilyProvenance[];
  /** ids of the stored families in `previous`: the families a partial save replaces */
  replaces: string[];
  /** every stored outlet with a domain, by first article id (names link-preview domains) */
  outlets: OutletRef[];
  /**
   * What the matcher reads stories from (MatchMentionsOptions.storyMentions): the speaker and page
   * date of every mention of the scope's articles (whether two of them are one story depends on
   * those two alone), and of every mention naming a person in full on a page dated within
   * `storyDays` of one of those articles with a word of a bare name there (what that bare name
   * resolves against: Stories.fullNames). Nothing else of their stories is read.
   */
  storyMentions: StoryRow[];
  /** wall milliseconds of each step of loading the scope (the server's time, mostly), by step */
  steps: Record<string, number>;
  /** the scope's mentions found by the end of each step (new ones included), by step */
  sizes: Record<string, number>;
}

/** A mention as stories read it: its article, page date and speaker as extracted. */
export interface StoryRow {
  articleId: string;
  date: string | null;
  pageDate: string | null;
  speaker: string | null;
  speakerType: SpeakerType | null;
}

/** The scope of an incremental match, or null when the candidate index is not complete yet. */
export async function loadMatchScope(client: pg.ClientBase, options: LoadMatchScopeOptions): Promise<MatchScope | null> {
  // one snapshot for every query: an article another worker writes meanwhile is neither matched
  // nor read into this run's stories (it is pending for the next run, whose rule for what changed
  // reads the stories without it: decideMatchRun)
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const scope = await loadSnapshot(client, options);
    await client.query("COMMIT");
    return scope;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function loadSnapshot(client: pg.ClientBase, options: LoadMatchScopeOptions): Promise<MatchScope | null> {
  const state = await client.query<{ ready: boolean }>(`SELECT "key_index_ready" AS ready FROM "store_state" WHERE "id" = 1`);
  if (state.rows[0]?.ready !== true) return null;
  const steps: Record<string, number> = {};
  const sizes: Record<string, number> = {};
  let last = performance.now();
  const found = new Set<string>();
  const step = (name: string): void => {
    const now = performance.now();
    steps[name] = (steps[name] ?? 0) + (now - last);
    sizes[name] = found.size;
    last = now;
  };
  const only = options.onlyFamilies;
  const fresh = only !== undefined ? { rows: [] } : await client.query<{ id: string; text: string; speaker: string | null; speaker_type: SpeakerType | null; article_id: string; day: string | null }>(
    `SELECT m.id, m.text, COALESCE(s.name, m.speaker_name) AS speaker, m.speaker_type, m.article_id,
            to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD') AS day
       FROM "match_pending" p JOIN "mention" m ON m.id = p.mention_id
       JOIN "article" a ON a.latest_version_id = m.version_id
       LEFT JOIN "speaker" s ON s.id = m.speaker_id
      ORDER BY m.id`,
  );
  const freshIds = fresh.rows.map((r) => r.id);
  for (const id of freshIds) found.add(id);
  step("fresh");
  const familyIds = only !== undefined ? [...only].sort() : await findScopeFamilies(client, fresh.rows, found, options, step);
  const stored = await loadMatch(client, familyIds);
  for (const f of stored.result.families) for (const m of f.members) found.add(m.mentionId);
  step("families");
  const corpus = await loadCorpus(client, [...found]);
  step("corpus");
  const storyMentions = await loadStoryRows(client, [...new Set(corpus.mentions.map((m) => m.articleId))], options.storyDays);
  step("story rows");
  const outlets = await client.query<{ name: string; domain: string; kind: OutletKind; country: string | null }>(
    `SELECT o.name, o.domain, o.kind, o.country FROM "outlet" o
       JOIN LATERAL (SELECT min(a.id) AS first FROM "article" a WHERE a.outlet_id = o.id) f ON f.first IS NOT NULL
      WHERE o.domain IS NOT NULL ORDER BY f.first`,
  );
  step("outlets");
  return {
    fresh: freshIds.length,
    corpus,
    previous: stored.result,
    provenance: stored.provenance,
    replaces: stored.result.families.map((f) => f.id),
    outlets: outlets.rows.map((o) => ({ name: o.name, domain: o.domain, kind: o.kind, country: o.country })),
    storyMentions,
    steps,
    sizes,
  };
}

/**
 * The stored families of an incremental match's scope (see MatchScope), by id; adds to `found` the
 * stored mentions found on the way (text and story candidates).
 */
async function findScopeFamilies(
  client: pg.ClientBase, fresh: readonly (Row & { text: string })[], found: Set<string>, options: LoadMatchScopeOptions, step: (name: string) => void,
): Promise<string[]> {
  const text = await findTextCandidates(client, fresh, found, options);
  for (const id of text) found.add(id);
  step("text candidates");
  const story = await findStoryRows(client, toStoryPairs(fresh), options.storyDays, [], true);
  const reopen = await findStoryCandidates(client, fresh, story, options);
  for (const id of reopen) found.add(id);
  step("story candidates");
  // one hop further: the stored families a new mention's text meets are clustered again from
  // scratch with it (matchIncremental), their members compared like new mentions, so their
  // members' own text candidates (and those candidates' families) are loaded too, once, before
  // matching. Identical members (text and speaker) are looked up once, so a family of thousands
  // of copies of one sentence costs one lookup. Not repeated for the families this brings in (a
  // chain of reclustered families two hops away is not seen; measured in README "Corpus scale").
  const met = await client.query<{ id: string; text: string; speaker: string | null }>(
    `SELECT DISTINCT ON (m.text, COALESCE(s.name, m.speaker_name)) m.id, m.text, COALESCE(s.name, m.speaker_name) AS speaker
       FROM "family_membership" fm JOIN "mention" m ON m.id = fm.mention_id
       LEFT JOIN "speaker" s ON s.id = m.speaker_id
      WHERE fm.family_id IN (SELECT family_id FROM "family_membership" WHERE mention_id = ANY($1::text[]))
      ORDER BY m.text, COALESCE(s.name, m.speaker_name), m.id`,
    [[...text, ...reopen]],
  );
  step("met families' members");
  if (met.rows.length > 0) for (const id of await findTextCandidates(client, met.rows, found, options)) found.add(id);
  step("met members' text candidates");
  const families = await client.query<{ family_id: string }>(
    `SELECT DISTINCT fm.family_id FROM "family_membership" fm WHERE fm.mention_id = ANY($1::text[])
     UNION
     SELECT fm.family_id FROM "mention" m JOIN "article" a ON a.id = m.article_id
       JOIN "family_membership" fm ON fm.mention_id = m.id
      WHERE m.article_id = ANY($2::text[]) AND m.version_id <> a.latest_version_id`,
    [[...found], [...new Set(fresh.map((r) => r.article_id))]],
  );
  // and the stored families sharing a base id (see makeBaseFamilyId) with those or with a new
  // mention's family of its own (two short "We will see" of one speaker): their ids are
  // disambiguated together (findCollidingFamilies), so loading them now spares the match a second
  // round over the whole scope in the common cases
  const touched = [...new Set([...families.rows.map((r) => r.family_id), ...(options.familyIds ?? [])])];
  const own = [...new Set(fresh.map((r) => makeStableId("qf", r.speaker, toNormalisedText(r.text))))];
  const colliding = await client.query<{ id: string }>(
    `SELECT "id" FROM "quote_family"
      WHERE ("base_id" = ANY($2::text[]) OR "base_id" IN (SELECT "base_id" FROM "quote_family" WHERE "id" = ANY($1::text[])))
        AND NOT ("id" = ANY($1::text[]))`,
    [touched, own],
  );
  const familyIds = [...new Set([...touched, ...colliding.rows.map((r) => r.id)])].sort();
  step("family ids");
  return familyIds;
}

/**
 * The stored mentions (not in `skip`) that could match one of these mentions by text: a shared
 * word bigram (findGramCandidates), or `minSharedSpeakerWords` speaker name word + content word
 * keys (paraphrase needs that many shared content words with one mention, so with all the
 * mentions' keys together this finds every such mention, and a few more).
 */
async function findTextCandidates(
  client: pg.ClientBase, mentions: readonly { id: string; text: string; speaker: string | null }[], skip: ReadonlySet<string>, options: LoadMatchScopeOptions,
): Promise<string[]> {
  const grams = new Set<number>();
  const speakerWords = new Set<number>();
  const sequences: number[][] = [];
  for (const r of mentions) {
    const keys = toCandidateKeys(r.text, r.speaker);
    for (const k of keys.grams) grams.add(k);
    sequences.push(keys.sequence);
    for (const k of keys.speakerWords) speakerWords.add(k);
  }
  const out = new Set<string>();
  if (grams.size > 0) {
    for (const id of await findGramCandidates(client, skip, sequences, [...grams], options)) out.add(id);
  }
  if (speakerWords.size > 0) {
    // two statements, not one with a CTE: the planner overestimated the kept keys (251,730 for
    // 44,540 at 1M mentions) and joined them by a sequential scan of the whole index (32.6M rows,
    // 21 s); with the kept keys as a literal array both steps are index-only scans
    const kept = await client.query<{ key: number }>(
      `SELECT key FROM "mention_key" WHERE key = ANY($1::int4[]) GROUP BY key HAVING count(*) <= $2`, [[...speakerWords], options.maxKeyMentions]);
    if (kept.rows.length > 0) {
      const rows = await client.query<{ mention_id: string }>(
        `SELECT mention_id FROM "mention_key" WHERE key = ANY($1::int4[]) GROUP BY mention_id HAVING count(*) >= $2`,
        [kept.rows.map((r) => r.key), options.minSharedSpeakerWords],
      );
      for (const r of rows.rows) if (!skip.has(r.mention_id)) out.add(r.mention_id);
    }
  }
  return [...out];
}

/**
 * The story rows of these articles: every mention of their latest versions with its speaker,
 * then every mention of another article naming a person in full on a page dated within
 * `storyDays` of one of them with a word of one of their bare names (findStoryRows by the bare
 * names' `resolvedBy` keys, full names kept). The matcher asks Stories only about the scope's
 * articles: `same` reads the two articles' own speakers, `fullNames` of a bare name reads those
 * full names (findStories), so the scope's stories are a rebuild's. Until session 22 every
 * mention whose speaker shares a story key with theirs was read (bare names, and the full names of
 * every person the articles name in full), though nothing asked about them.
 */
async function loadStoryRows(client: pg.ClientBase, articleIds: readonly string[], storyDays: number): Promise<StoryRow[]> {
  const own = await client.query<Row>(
    `SELECT m.id, m.article_id, to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD') AS day,
            COALESCE(s.name, m.speaker_name) AS speaker, m.speaker_type
       FROM "mention" m JOIN "article" a ON a.latest_version_id = m.version_id
       LEFT JOIN "speaker" s ON s.id = m.speaker_id
      WHERE m.article_id = ANY($1::text[])`,
    [articleIds],
  );
  const near = await findStoryRows(client, toStoryPairs(own.rows, "resolvedBy"), storyDays, articleIds);
  const rows = [...own.rows, ...near.filter((r) => r.speaker !== null && (toSpeakerPerson(r.speaker, r.speaker_type)?.given ?? "") !== "")];
  return rows.map((r) => ({ articleId: r.article_id, date: r.day, pageDate: r.day, speaker: r.speaker, speakerType: r.speaker_type }));
}

type Row = { id: string; article_id: string; day: string | null; speaker: string | null; speaker_type: SpeakerType | null; text?: string };

/**
 * Of the mentions of the new mentions' stories (`story`, their texts read), those the new mentions
 * can change besides their text candidates: the one-word quotes (no bigram finds them), the quotes
 * holding the word of a new one-word quote (its candidates: attachSingleWords), and the bare names
 * that `findRenamed` says resolve differently now (what they resolve against read through the
 * story index: the new articles' full names are stored already). Without `findRenamed`, all of them.
 */
async function findStoryCandidates(
  client: pg.ClientBase, fresh: readonly (Row & { text: string })[], story: readonly Row[], options: LoadMatchScopeOptions,
): Promise<string[]> {
  const findRenamed = options.findRenamed;
  if (findRenamed === undefined) return story.map((r) => r.id);
  const freshArticles = new Set(fresh.map((r) => r.article_id));
  const wordsOf = options.matchWords ?? ((text: string): string[] => {
    const words: string[] = [];
    for (const token of tokenizeQuote(text)) if (token.kind === "word") words.push(token.key);
    return words;
  });
  const single = new Set<string>();
  for (const r of fresh) {
    const words = wordsOf(r.text);
    if (words.length === 1) single.add(words[0] ?? "");
  }
  const out: string[] = [];
  const bare: Row[] = [];
  for (const r of story) {
    if (freshArticles.has(r.article_id)) continue;
    const words = wordsOf(r.text ?? "");
    if (words.length === 1 || (single.size > 0 && words.some((w) => single.has(w)))) out.push(r.id);
    else if (r.speaker !== null && toSpeakerPerson(r.speaker, r.speaker_type)?.given === "") bare.push(r);
  }
  if (bare.length > 0) {
    const read = await findStoryRows(client, toStoryPairs(bare, "resolvedBy"), options.storyDays, []);
    const rows = [...bare, ...read].map((r) => ({ articleId: r.article_id, date: r.day, pageDate: r.day, speaker: r.speaker, speakerType: r.speaker_type }));
    const candidates = bare.map((r) => ({ id: r.id, articleId: r.article_id, speaker: r.speaker, speakerType: r.speaker_type }));
    out.push(...findRenamed(candidates, rows, freshArticles));
  }
  return out;
}

/** The (story key, day) pairs of these mentions: toStoryKeys' keys of that kind (`sought`: their stories) of each speaker on its page's day. */
function toStoryPairs(
  rows: readonly { speaker: string | null; speaker_type: SpeakerType | null; day: string | null }[], kind: "sought" | "resolvedBy" = "sought",
): { keys: number[]; days: string[] } {
  const pairs = new Set<string>();
  const keys: number[] = [];
  const days: string[] = [];
  for (const r of rows) {
    if (r.day === null) continue;
    for (const k of toStoryKeys(r.speaker, r.speaker_type)[kind]) {
      const pair = `${k} ${r.day}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      keys.push(k);
      days.push(r.day);
    }
  }
  return { keys, days };
}

/**
 * The stored mentions (latest versions, not of `skipArticles`) posted under these pairs' keys: the
 * story index's postings of each key on the days within `storyDays` of its day (one index-only
 * range scan per pair: on a 1M-mention store 0.5 s where reading every posting of the name words
 * and joining them to mention and article before filtering by date took 9.3 s), then those
 * postings' mentions read by id, kept when they are of their article's latest version and their
 * page is still on the posting's day (a replaced version's postings stay in the index). Two
 * statements: with the ids as a literal array the second is an index scan of `mention`.
 */
async function findStoryRows(
  client: pg.ClientBase, pairs: { keys: number[]; days: string[] }, storyDays: number, skipArticles: readonly string[], withText = false,
): Promise<Row[]> {
  if (pairs.keys.length === 0) return [];
  const postings = await client.query<{ mention_id: string; day: string }>(
    `SELECT DISTINCT sk.mention_id, to_char(sk.day, 'YYYY-MM-DD') AS day
       FROM unnest($1::int4[], $2::date[]) AS f(key, day)
       JOIN "story_key" sk ON sk.key = f.key AND sk.day BETWEEN f.day - $3::int AND f.day + $3::int`,
    [pairs.keys, pairs.days, storyDays],
  );
  if (postings.rows.length === 0) return [];
  const rows = await client.query<Row>(
    `SELECT DISTINCT m.id, m.article_id, to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD') AS day,
            COALESCE(s.name, m.speaker_name) AS speaker, m.speaker_type${withText ? ", m.text" : ""}
       FROM unnest($1::text[], $2::date[]) AS p(id, day)
       JOIN "mention" m ON m.id = p.id
       JOIN "article" a ON a.id = m.article_id AND a.latest_version_id = m.version_id
       LEFT JOIN "speaker" s ON s.id = m.speaker_id
      WHERE COALESCE(a.published_at, a.event_date) = p.day AND NOT (m.article_id = ANY($3::text[]))
      ORDER BY m.id`,
    [postings.rows.map((r) => r.mention_id), postings.rows.map((r) => r.day), skipArticles],
  );
  return rows.rows;
}

/**
 * Stored mentions sharing a word bigram with the new ones, skipping a bigram more than
 * `maxKeyMentions` mentions carry; with a `gramBound`, only those sharing as many bigrams with one
 * new mention as the matcher could verify as one statement with it (a common bigram such as "of
 * the" alone makes no candidate of a long quote). Their texts are read once to count, per new
 * mention, the bigrams they share.
 */
async function findGramCandidates(
  client: pg.ClientBase, skip: ReadonlySet<string>, freshGrams: readonly (readonly number[])[], grams: readonly number[], options: LoadMatchScopeOptions,
): Promise<string[]> {
  const kept = await client.query<{ key: number }>(
    `SELECT key FROM "mention_key" WHERE key = ANY($1::int4[]) GROUP BY key HAVING count(*) <= $2`, [grams, options.maxKeyMentions]);
  const keys = kept.rows.map((r) => r.key);
  if (keys.length === 0) return [];
  const bound = options.gramBound;
  if (bound === undefined) {
    const rows = await client.query<{ mention_id: string }>(`SELECT DISTINCT mention_id FROM "mention_key" WHERE key = ANY($1::int4[])`, [keys]);
    return rows.rows.map((r) => r.mention_id).filter((id) => !skip.has(id));
  }
  const keptSet = new Set(keys);
  // bigram -> the new mentions carrying it
  const carriers = new Map<number, number[]>();
  freshGrams.forEach((sequence, f) => {
    for (const g of new Set(sequence)) {
      if (!keptSet.has(g)) continue;
      const list = carriers.get(g);
      if (list) list.push(f);
      else carriers.set(g, [f]);
    }
  });
  const freshShapes = freshGrams.map((sequence) => bound.shape(sequence));
  const rows = await client.query<{ id: string; text: string }>(
    `SELECT m.id, m.text FROM "mention" m WHERE m.id IN (SELECT mention_id FROM "mention_key" WHERE key = ANY($1::int4[]))`, [keys]);
  const shared = new Int32Array(freshGrams.length);
  const touched: number[] = [];
  const out: string[] = [];
  for (const row of rows.rows) {
    if (skip.has(row.id)) continue;
    const sequence = toCandidateKeys(row.text, null).sequence;
    touched.length = 0;
    for (const g of new Set(sequence)) {
      for (const f of carriers.get(g) ?? []) {
        if (shared[f] === 0) touched.push(f);
        shared[f] = (shared[f] ?? 0) + 1;
      }
    }
    if (touched.length > 0) {
      const shape = bound.shape(sequence);
      if (touched.some((f) => (shared[f] ?? 0) >= bound.least(freshShapes[f], shape))) out.push(row.id);
    }
    for (const f of touched) shared[f] = 0;
  }
  return out;
}
