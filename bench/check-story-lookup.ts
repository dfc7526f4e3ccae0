/**
 * The story lookup of an incremental match (src/store/load-match-scope.ts: stored mentions whose
 * speaker shares a name word with a new mention's, on a page within 14 days) under EXPLAIN
 * (ANALYZE, BUFFERS) on a kept `bench:scale` store, against a prototype of postings keyed by (name
 * word, day): a side table `h_scale_name_day (key, day, mention_id)` built from the store's
 * mentions (--build; dropped with the store), looked up by one index range scan per pair.
 * The pairs are the name words of the speakers of the newest --articles articles' mentions, each
 * on its page's day. Prints both plans and the postings the current query reads.
 * Args: --url postgresql://... [--articles 1000] [--build]
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { toCandidateKeys } from "../src/text/to-candidate-keys.ts";

const { values } = parseArgs({ options: { url: { type: "string" }, articles: { type: "string", default: "1000" }, build: { type: "boolean" } } });
const c = new pg.Client({ connectionString: values.url });
await c.connect();
const day = `to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD')`;
if (values.build) {
  await c.query(`DROP TABLE IF EXISTS h_scale_name_day`);
  await c.query(`CREATE TABLE h_scale_name_day (key int4 NOT NULL, day date NOT NULL, mention_id text NOT NULL)`);
  const names = new Map<string, number[]>();
  let postings = 0;
  for (let after = ""; ;) {
    const { rows } = await c.query<{ id: string; speaker: string | null; day: string | null }>(
      `SELECT m.id, COALESCE(s.name, m.speaker_name) AS speaker, ${day} AS day
         FROM mention m JOIN article a ON a.latest_version_id = m.version_id LEFT JOIN speaker s ON s.id = m.speaker_id
        WHERE m.id > $1 ORDER BY m.id LIMIT 50000`, [after]);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const keys: number[] = [], days: string[] = [], ids: string[] = [];
    for (const r of rows) {
      if (r.speaker === null || r.day === null) continue;
      let ks = names.get(r.speaker);
      if (!ks) names.set(r.speaker, (ks = toCandidateKeys("", r.speaker).names));
      for (const k of ks) { keys.push(k); days.push(r.day); ids.push(r.id); }
    }
    await c.query(`INSERT INTO h_scale_name_day SELECT * FROM unnest($1::int4[], $2::date[], $3::text[])`, [keys, days, ids]);
    postings += keys.length;
  }
  await c.query(`ALTER TABLE h_scale_name_day ADD PRIMARY KEY (key, day, mention_id)`);
  await c.query(`VACUUM ANALYZE h_scale_name_day`);
  const size = await c.query<{ b: string }>(`SELECT pg_total_relation_size('h_scale_name_day')::text AS b`);
  console.log(`built: ${postings} postings, ${(Number(size.rows[0]?.b) / 1e6).toFixed(0)} MB`);
}
const { rows } = await c.query<{ speaker: string | null; day: string | null }>(
  `SELECT COALESCE(s.name, m.speaker_name) AS speaker, ${day} AS day
     FROM (SELECT * FROM article ORDER BY published_at DESC, id LIMIT $1) a JOIN mention m ON m.version_id = a.latest_version_id
     LEFT JOIN speaker s ON s.id = m.speaker_id`, [Number(values.articles)]);
const pairs = new Set<string>();
for (const r of rows) if (r.speaker && r.day) for (const k of toCandidateKeys("", r.speaker).names) pairs.add(`${k} ${r.day}`);
const split = [...pairs].map((p) => p.split(" "));
const args = [split.map((p) => Number(p[0])), split.map((p) => p[1]), 14];
console.log(`${rows.length} mentions, ${split.length} (name word, day) pairs`);
const plan = async (sql: string): Promise<void> => {
  const e = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, args);
  console.log(e.rows.map((r) => r["QUERY PLAN"]).join("\n"), "\n");
};
console.log("current (load-match-scope.ts):");
await plan(`SELECT DISTINCT mk.mention_id FROM unnest($1::int4[], $2::date[]) AS f(key, day)
  JOIN "mention_key" mk ON mk.key = f.key JOIN "mention" m ON m.id = mk.mention_id
  JOIN "article" a ON a.latest_version_id = m.version_id
 WHERE COALESCE(a.published_at, a.event_date) BETWEEN f.day - $3::int AND f.day + $3::int`);
const all = await c.query(`SELECT count(*) AS postings FROM mention_key WHERE key = ANY($1::int4[])`, [[...new Set(args[0] as number[])]]);
console.log(`every posting of those name words: ${all.rows[0]?.postings}`);
if ((await c.query(`SELECT to_regclass('h_scale_name_day') AS t`)).rows[0]?.t) {
  console.log("postings by (name word, day):");
  await plan(`SELECT DISTINCT nd.mention_id FROM unnest($1::int4[], $2::date[]) AS f(key, day)
    JOIN h_scale_name_day nd ON nd.key = f.key AND nd.day BETWEEN f.day - $3::int AND f.day + $3::int`);
}
await c.end();
