import type { ArticleMessage } from "../model/message.ts";
import { makeStableId } from "../model/make-stable-id.ts";
import type { ArticleBundle } from "./store.ts";
import { makeRecordIds } from "./make-record-ids.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { PRONOUN_WORDS } from "../lexicon/pronouns.ts";

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
  const date = (value: string | null | undefined, field: string): string | null => {
    if (value === null || value === undefined) return null;
    if (ISO_DATE.test(value)) {
      const parsed = new Date(`${value}T00:00:00Z`);
      if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return value;
    }
    notes.push({ severity: "warning", code: "invalid-date", stage: "store",
      message: `${field} "${value}" is not a valid YYYY-MM-DD date; stored as unknown` });
    return null;
  };

  let outlet: OutletRow | null = null;
  if (article.outlet) {
    const normalisedName = keyOf(article.outlet.name);
    outlet = {
      id: makeStableId("o", normalisedName), name: article.outlet.name.trim(), normalisedName,
      domain: article.outlet.domain, kind: article.outlet.kind, country: article.outlet.country,
    };
  }
  const dateline = article.dateline;
  const publishedAt = date(article.publishedAt?.value, "page date");
  const eventDate = date(article.eventDate?.value, "event date");
  const datelineDate = date(dateline?.date, "dateline date");
  const articleRow = [
    articleId, url ?? article.file, url, article.url?.from ?? null, article.file, article.format,
    outlet?.id ?? null, article.outlet?.from ?? null, article.title?.value ?? null, article.title?.from ?? null,
    publishedAt, article.publishedAt?.from ?? null, eventDate, article.eventDate?.from ?? null,
    article.byline, dateline?.text ?? null, dateline?.place ?? null, datelineDate, dateline?.wire ?? null,
    article.language, article.mined,
  ];
  const metadata = {
    file: article.file, url: article.url, title: article.title, outlet: article.outlet,
    publishedAt: article.publishedAt, eventDate: article.eventDate, byline: article.byline,
    dateline: article.dateline, language: article.language, mined: article.mined,
  };

  const sources = new Map<string, NamedRow>();
  const sourceId = (name: string): string => {
    const normalisedName = keyOf(name);
    let row = sources.get(normalisedName);
    if (!row) {
      row = { id: makeStableId("src", normalisedName), name: name.trim(), normalisedName };
      sources.set(normalisedName, row);
    }
    return row.id;
  };
  const credits = (extraction?.credits ?? []).map((c, i) => [
    versionId, articleId, i, sourceId(c.name), c.name, c.mention, c.kind, c.start, c.end, c.url ?? null,
  ]);

  const speakers = new Map<string, SpeakerRow>();
  const aliases = new Map<string, [string, string]>();
  const mentions: unknown[][] = [];
  const repeats: [string, string][] = [];
  const idByLocal = new Map<string, string>();
  const usedIds = new Set<string>();
  const quotes = extraction?.quotes ?? [];
  const clues = bundle.clues ?? [];
  for (const [index, q] of quotes.entries()) {
    let id = ids.mentionId(q.start, q.end);
    if (usedIds.has(id)) {
      // two quotes on one range (e.g. a direct quote and a claim read from it): keep both
      id = makeStableId("m", versionId, q.start, q.end, q.id);
      notes.push({ severity: "info", code: "duplicate-range", stage: "store", range: [q.start, q.end],
        message: `quotes share the range ${q.start}-${q.end}; ${q.id} got id ${id}` });
    }
    if (idByLocal.has(q.id)) throw new Error(`quote id ${q.id} appears twice in the extraction of ${article.file}`);
    usedIds.add(id);
    idByLocal.set(q.id, id);
    let speakerId: string | null = null;
    const s = q.speaker;
    if (s) {
      const normalisedName = keyOf(s.name);
      speakerId = makeStableId("s", normalisedName);
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
    }
    const src = q.source;
    mentions.push([
      id, versionId, articleId, outlet?.id ?? null, q.id, q.text, q.start, q.end, q.kind,
      speakerId, s?.name ?? null, s?.mention ?? null, s?.start ?? null, s?.end ?? null, s?.role ?? null, s?.type ?? null,
      q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null,
      src ? sourceId(src.name) : null, src?.mention ?? null, src?.start ?? null, src?.end ?? null, src?.scope ?? null,
      q.confidence, q.rule, clues[index] ?? null,
    ]);
  }
  for (const q of quotes) {
    if (q.repeatOf === null) continue;
    const target = idByLocal.get(q.repeatOf);
    const self = idByLocal.get(q.id);
    if (target && self) repeats.push([self, target]);
    else notes.push({ severity: "warning", code: "unknown-repeat", stage: "store", range: [q.start, q.end],
      message: `${q.id} repeats ${q.repeatOf}, which the extraction does not contain; link dropped` });
  }

  const allMessages = [...article.messages, ...(extraction?.messages ?? []), ...notes];
  const messages = allMessages.map((m, i) => [
    versionId, i, m.severity, m.code, m.message, m.stage, m.range?.[0] ?? null, m.range?.[1] ?? null,
  ]);
  const version = [
    versionId, articleId, article.contentHash, article.rawHash, article.format, article.file,
    article.text, article.raw === article.text ? null : article.raw, article.cleanBody,
    article.regions, metadata, extraction !== null, extraction !== null ? extractedAt : null,
  ];
  return {
    file: article.file, articleId, versionId, outlet, article: articleRow, version, messages,
    sources: [...sources.values()], credits, speakers: [...speakers.values()],
    aliases: [...aliases.values()], mentions, repeats,
  };
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
