/**
 * The story lookup of an incremental match on a kept `bench:scale` store, old against new, under
 * EXPLAIN (ANALYZE, BUFFERS), for the speakers of the newest --articles articles' mentions, each on
 * its page's day:
 * - before (session 20): every posting of each speaker NAME WORD in the candidate index
 *   (`mention_key`, toCandidateKeys' `names`, any name word, given names too), joined to mention
 *   and article, then filtered to pages within 14 days;
 * - now (src/store/load-match-scope.ts findStoryRows): the story index (`story_key`, by key and
 *   day: src/text/to-story-keys.ts, a family name in one of the two), one range scan per
 *   (key, day) pair, then the postings' mentions read by id (latest versions on that day).
 * Prints both plans and the mentions each finds.
 * Args: --url postgresql://... [--articles 1000] [--days 14]
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { toCandidateKeys } from "../src/text/to-candidate-keys.ts";
import { toStoryKeys } from "../src/text/to-story-keys.ts";
import type { SpeakerType } from "../src/model/quote.ts";

const { values } = parseArgs({ options: { url: { type: "string" }, articles: { type: "string", default: "1000" }, days: { type: "string", default: "14" } } });
const c = new pg.Client({ connectionString: values.url });
await c.connect();
const storyDays = Number(values.days);
const { rows } = await c.query<{ speaker: string | null; speaker_type: SpeakerType | null; day: string | null }>(
  `SELECT COALESCE(s.name, m.speaker_name) AS speaker, m.speaker_type, to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD') AS day
     FROM (SELECT * FROM article ORDER BY published_at DESC, id LIMIT $1) a JOIN mention m ON m.version_id = a.latest_version_id
     LEFT JOIN speaker s ON s.id = m.speaker_id`, [Number(values.articles)]);
const pairs = (keysOf: (r: (typeof rows)[number]) => number[]): [number[], string[]] => {
  const seen = new Set<string>();
  const out: [number[], string[]] = [[], []];
  for (const r of rows) {
    if (r.day === null || r.speaker === null) continue;
    for (const k of keysOf(r)) if (!seen.has(`${k} ${r.day}`)) { seen.add(`${k} ${r.day}`); out[0].push(k); out[1].push(r.day); }
  }
  return out;
};
const plan = async (label: string, sql: string, args: unknown[]): Promise<number> => {
  const e = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, args);
  console.log(`${label}:\n${e.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
  const t = performance.now();
  const found = await c.query(sql, args);
  console.log(`${label}: ${found.rows.length} rows in ${(performance.now() - t).toFixed(0)} ms (run again without EXPLAIN)\n`);
  return found.rows.length;
};
const old = pairs((r) => toCandidateKeys("", r.speaker).names);
console.log(`${rows.length} mentions; before: ${old[0].length} (name word, day) pairs`);
await plan("before (mention_key, every name word)", `SELECT DISTINCT mk.mention_id FROM unnest($1::int4[], $2::date[]) AS f(key, day)
  JOIN "mention_key" mk ON mk.key = f.key JOIN "mention" m ON m.id = mk.mention_id
  JOIN "article" a ON a.latest_version_id = m.version_id
 WHERE COALESCE(a.published_at, a.event_date) BETWEEN f.day - $3::int AND f.day + $3::int`, [...old, storyDays]);
const now = pairs((r) => toStoryKeys(r.speaker, r.speaker_type).sought);
console.log(`now: ${now[0].length} (story key, day) pairs`);
const t = performance.now();
const postings = await c.query<{ mention_id: string; day: string }>(
  `SELECT DISTINCT sk.mention_id, to_char(sk.day, 'YYYY-MM-DD') AS day FROM unnest($1::int4[], $2::date[]) AS f(key, day)
     JOIN "story_key" sk ON sk.key = f.key AND sk.day BETWEEN f.day - $3::int AND f.day + $3::int`, [...now, storyDays]);
const verified = await c.query(
  `SELECT DISTINCT m.id FROM unnest($1::text[], $2::date[]) AS p(id, day) JOIN "mention" m ON m.id = p.id
     JOIN "article" a ON a.id = m.article_id AND a.latest_version_id = m.version_id
    WHERE COALESCE(a.published_at, a.event_date) = p.day`, [postings.rows.map((r) => r.mention_id), postings.rows.map((r) => r.day)]);
console.log(`now (story_key, family names): ${postings.rows.length} postings, ${verified.rows.length} mentions in ${(performance.now() - t).toFixed(0)} ms (both statements)`);
await plan("now, statement 1 (story_key range scans)", `SELECT DISTINCT sk.mention_id, sk.day FROM unnest($1::int4[], $2::date[]) AS f(key, day)
  JOIN "story_key" sk ON sk.key = f.key AND sk.day BETWEEN f.day - $3::int AND f.day + $3::int`, [...now, storyDays]);
await c.end();
