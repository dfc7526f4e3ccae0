import type { OutletRef, ParsedArticle } from "../model/article.ts";
import type { ArticleMessage } from "../model/message.ts";
import type { MentionClues } from "../model/provenance.ts";
import type { ExtractedQuote, SpeakerRef } from "../model/quote.ts";
import { makeStableId } from "../model/make-stable-id.ts";
import type { ArticleBundle } from "./store.ts";
import { makeRecordIds, type RecordIds } from "./make-record-ids.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { PRONOUN_WORDS } from "../lexicon/pronouns.ts";
import { toCandidateKeys } from "../text/to-candidate-keys.ts";
import { toStoryKeys } from "../text/to-story-keys.ts";

export interface OutletRow {
  id: string;
  name: string;
  normalisedName: string;
  domain: string | null;
  kind: string;
  country: string | null;
}

export interface NamedRow {
  id: string;
  name: string;
  normalisedName: string;
}

export interface SpeakerRow extends NamedRow {
  role: string | null;
  type: string | null;
}

/** Everything one bundle writes, as rows in the column order of write-article-rows.ts. */
export interface ArticleRows {
  file: string;
  articleId: string;
  versionId: string;
  outlet: OutletRow | null;
  /** article columns except latest_version_id and version_count */
  article: unknown[];
  /** version columns except seq */
  version: unknown[];
  messages: unknown[][];
  sources: NamedRow[];
  credits: unknown[][];
  speakers: SpeakerRow[];
  aliases: [string, string][];
  mentions: unknown[][];
  /** candidate index rows [key, mentionId] (see toCandidateKeys) */
  keys: [number, string][];
  /** story index rows [key, day, mentionId] (see toStoryKeys): none when the page is undated */
  storyKeys: [number, string, string][];
  /** [mentionId, repeatOfMentionId] */
  repeats: [string, string][];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns one bundle into the rows the store writes (pure). Ids are stable (make-record-ids.ts).
 * Problems the database would reject or silently lose (an impossible date, a repeat of an unknown
 * quote, two quotes on one range) become `store` messages of the version instead.
 */
export function prepareArticleRows(bundle: ArticleBundle, extractedAt: Date): ArticleRows {
  const { article, extraction } = bundle;
  const url = article.url?.value ?? null;
  const ids = makeRecordIds({ url, file: article.file, contentHash: article.contentHash });
  const { articleId, versionId } = ids;
  const notes: ArticleMessage[] = [];
  const outlet = article.outlet ? makeOutletRow(article.outlet) : null;
  const { row: articleRow, day } = makeArticleRow(article, articleId, url, outlet, notes);

  const sources = new Map<string, NamedRow>();
  const sourceId = (name: string): string => addSource(sources, name);
  const credits = (extraction?.credits ?? []).map((c, i) => [
    versionId, articleId, i, sourceId(c.name), c.name, c.mention, c.kind, c.start, c.end, c.url ?? null,
  ]);
  const quotes = extraction?.quotes ?? [];
  const { mentions, keys, storyKeys, speakers, aliases, idByLocal } = makeMentionRows({
    quotes, clues: bundle.clues ?? [], ids, file: article.file, outletId: outlet?.id ?? null, sourceId, notes, day,
  });
  const repeats = linkRepeats(quotes, idByLocal, notes);

  const allMessages = [...article.messages, ...(extraction?.messages ?? []), ...notes];
  const messages = allMessages.map((m, i) => [
    versionId, i, m.severity, m.code, m.message, m.stage, m.range?.[0] ?? null, m.range?.[1] ?? null,
  ]);
  const version = makeVersionRow(article, articleId, versionId, extraction !== null ? extractedAt : null);
  return {
    file: article.file, articleId, versionId, outlet, article: articleRow, version, messages,
    sources: [...sources.values()], credits, speakers, aliases, mentions, keys, storyKeys, repeats,
  };
}

function makeOutletRow(outlet: OutletRef): OutletRow {
  const normalisedName = keyOf(outlet.name);
  return {
    id: makeStableId("o", normalisedName), name: outlet.name.trim(), normalisedName,
    domain: outlet.domain, kind: outlet.kind, country: outlet.country,
  };
}

/**
 * The article columns except latest_version_id and version_count, and its story day (the page
 * date, else the event date: COALESCE(published_at, event_date)); impossible dates become notes.
 */
function makeArticleRow(
  article: ParsedArticle, articleId: string, url: string | null, outlet: OutletRow | null, notes: ArticleMessage[],
): { row: unknown[]; day: string | null } {
  const dateline = article.dateline;
  const publishedAt = checkDate(article.publishedAt?.value, "page date", notes);
  const eventDate = checkDate(article.eventDate?.value, "event date", notes);
  const datelineDate = checkDate(dateline?.date, "dateline date", notes);
  const row = [
    articleId, url ?? article.file, url, article.url?.from ?? null, article.file, article.corpusPath ?? null, article.format,
    outlet?.id ?? null, article.outlet?.from ?? null, article.title?.value ?? null, article.title?.from ?? null,
    publishedAt, article.publishedAt?.from ?? null, eventDate, article.eventDate?.from ?? null,
    article.byline, dateline?.text ?? null, dateline?.place ?? null, datelineDate, dateline?.wire ?? null,
    article.language, article.mined,
  ];
  return { row, day: publishedAt ?? eventDate };
}

/** The version columns except seq; `extractedAt` is null when the article was not extracted. */
function makeVersionRow(article: ParsedArticle, articleId: string, versionId: string, extractedAt: Date | null): unknown[] {
  const metadata = {
    file: article.file, url: article.url, title: article.title, outlet: article.outlet,
    publishedAt: article.publishedAt, eventDate: article.eventDate, byline: article.byline,
    dateline: article.dateline, language: article.language, mined: article.mined,
  };
  return [
    versionId, articleId, article.contentHash, article.rawHash, article.format, article.file,
    article.text, article.raw === article.text ? null : article.raw, article.cleanBody,
    article.regions, metadata, extractedAt !== null, extractedAt,
  ];
}

/**
 * `value` when it is a real YYYY-MM-DD date, else null with a warning in `notes` (the date column
 * would reject "2023-02-30"; the text stays in the version's metadata).
 */
function checkDate(value: string | null | undefined, field: string, notes: ArticleMessage[]): string | null {
  if (value === null || value === undefined) return null;
  if (ISO_DATE.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return value;
  }
  notes.push({ severity: "warning", code: "invalid-date", stage: "store",
    message: `${field} "${value}" is not a valid YYYY-MM-DD date; stored as unknown` });
  return null;
}

/** The id of the credited source of that name, adding its row on first sight. */
function addSource(sources: Map<string, NamedRow>, name: string): string {
  const normalisedName = keyOf(name);
  let row = sources.get(normalisedName);
  if (!row) {
    row = { id: makeStableId("src", normalisedName), name: name.trim(), normalisedName };
    sources.set(normalisedName, row);
  }
  return row.id;
}

interface MentionRowsInput {
  quotes: readonly ExtractedQuote[];
  /** clues of each quote, same order */
  clues: readonly (MentionClues | null)[];
  ids: RecordIds;
  file: string;
  outletId: string | null;
  /** see addSource */
  sourceId: (name: string) => string;
  /** store messages of the version; duplicate ranges are noted here */
  notes: ArticleMessage[];
  /** the article's story day (YYYY-MM-DD) or null */
  day: string | null;
}

interface MentionRows {
  mentions: unknown[][];
  keys: [number, string][];
  storyKeys: [number, string, string][];
  speakers: SpeakerRow[];
  aliases: [string, string][];
  /** stored mention id by the quote's id within the extraction ("q1") */
  idByLocal: Map<string, string>;
}

/** One mention row per quote, with the speakers and aliases they name. Throws on a repeated quote id. */
function makeMentionRows(input: MentionRowsInput): MentionRows {
  const { quotes, clues, ids, notes, sourceId } = input;
  const { articleId, versionId } = ids;
  const speakers = new Map<string, SpeakerRow>();
  const aliases = new Map<string, [string, string]>();
  const mentions: unknown[][] = [];
  const keys: [number, string][] = [];
  const storyKeys: [number, string, string][] = [];
  const idByLocal = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const [index, q] of quotes.entries()) {
    let id = ids.mentionId(q.start, q.end);
    if (usedIds.has(id)) {
      // two quotes on one range (e.g. a direct quote and a claim read from it): keep both
      id = makeStableId("m", versionId, q.start, q.end, q.id);
      notes.push({ severity: "info", code: "duplicate-range", stage: "store", range: [q.start, q.end],
        message: `quotes share the range ${q.start}-${q.end}; ${q.id} got id ${id}` });
    }
    if (idByLocal.has(q.id)) throw new Error(`quote id ${q.id} appears twice in the extraction of ${input.file}`);
    usedIds.add(id);
    idByLocal.set(q.id, id);
    const s = q.speaker;
    const speakerId = s ? addSpeaker(speakers, aliases, s) : null;
    for (const key of toCandidateKeys(q.text, s?.name ?? null).all) keys.push([key, id]);
    if (input.day !== null && s) for (const key of toStoryKeys(s.name, s.type ?? null).posted) storyKeys.push([key, input.day, id]);
    const src = q.source;
    mentions.push([
      id, versionId, articleId, input.outletId, q.id, q.text, q.start, q.end, q.kind,
      speakerId, s?.name ?? null, s?.mention ?? null, s?.start ?? null, s?.end ?? null, s?.role ?? null, s?.type ?? null,
      q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null,
      src ? sourceId(src.name) : null, src?.mention ?? null, src?.start ?? null, src?.end ?? null, src?.scope ?? null,
      q.confidence, q.rule, clues[index] ?? null,
    ]);
  }
  return { mentions, keys, storyKeys, speakers: [...speakers.values()], aliases: [...aliases.values()], idByLocal };
}

/**
 * The speaker's id, adding its row on first sight (a later quote fills a role or type the first
 * lacked) and its name and surface form as aliases (pronouns are not aliases).
 */
function addSpeaker(speakers: Map<string, SpeakerRow>, aliases: Map<string, [string, string]>, s: SpeakerRef): string {
  const normalisedName = keyOf(s.name);
  const speakerId = makeStableId("s", normalisedName);
  const known = speakers.get(normalisedName);
  if (!known) {
    speakers.set(normalisedName, { id: speakerId, name: s.name.trim(), normalisedName, role: s.role ?? null, type: s.type ?? null });
  } else {
    known.role ??= s.role ?? null;
    known.type ??= s.type ?? null;
  }
  for (const alias of [s.name.trim(), s.mention.trim()]) {
    if (alias && !PRONOUN_WORDS.has(alias.toLowerCase())) aliases.set(`${speakerId}\u0000${alias}`, [speakerId, alias]);
  }
  return speakerId;
}

/** [mentionId, repeatOfMentionId] per quote that repeats another; a repeat of an unknown quote becomes a note. */
function linkRepeats(
  quotes: readonly ExtractedQuote[], idByLocal: ReadonlyMap<string, string>, notes: ArticleMessage[],
): [string, string][] {
  const repeats: [string, string][] = [];
  for (const q of quotes) {
    if (q.repeatOf === null) continue;
    const target = idByLocal.get(q.repeatOf);
    const self = idByLocal.get(q.id);
    if (target && self) repeats.push([self, target]);
    else notes.push({ severity: "warning", code: "unknown-repeat", stage: "store", range: [q.start, q.end],
      message: `${q.id} repeats ${q.repeatOf}, which the extraction does not contain; link dropped` });
  }
  return repeats;
}

/** Recent keys by name: the same speakers and sources recur across quotes and articles. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function keyOf(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    key = makeNameKey(name) || name.trim().toLowerCase() || "(unnamed)";
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(name, key);
  }
  return key;
}
