import type pg from "pg";
import type { ArticleRows, NamedRow, OutletRow, SpeakerRow } from "./prepare-article-rows.ts";
import { insertRows, type BulkColumn } from "./insert-rows.ts";
import { BULK_COLUMNS } from "./bulk-columns.ts";

/** One article to write, with what the store decided for it. */
export interface PlannedArticle {
  rows: ArticleRows;
  /** insert (or, when reprocessing, overwrite) the version and its extraction */
  writeVersion: boolean;
  /** version already stored: delete its messages, credits and mentions first */
  reprocess: boolean;
  /** seq of the version when it is new */
  seq: number;
  versionCount: number;
}

const { article: ARTICLE_COLUMNS, article_version: VERSION_COLUMNS, ingest_message: MESSAGE_COLUMNS,
  article_credit: CREDIT_COLUMNS, mention: MENTION_COLUMNS } = BULK_COLUMNS;

const updateAll = (columns: readonly BulkColumn[], skip: readonly string[]): string =>
  columns.filter((c) => !skip.includes(c.name)).map((c) => `"${c.name}" = EXCLUDED."${c.name}"`).join(", ");

/**
 * Writes the planned articles with one statement per table for all of them (the caller wraps the
 * call in a savepoint; a failure leaves nothing of any of them). Bulk rows go through
 * insert-rows.ts (parametrised multi-row INSERT), never row by row.
 */
export interface WriteArticleRowsOptions {
  /** write the new mentions' candidate keys (default true; see SaveArticlesOptions.candidateKeys) */
  keys?: boolean;
}

export async function writeArticleRows(client: pg.ClientBase, planned: readonly PlannedArticle[], options: WriteArticleRowsOptions = {}): Promise<void> {
  if (planned.length === 0) return;
  const versions = planned.filter((p) => p.writeVersion);
  const reprocessed = versions.filter((p) => p.reprocess).map((p) => p.rows.versionId);
  if (reprocessed.length > 0) await clearReprocessedVersions(client, reprocessed);
  // outlets, sources and speakers first: the rows below reference them
  await writeOutlets(client, planned);
  await writeCreditedSources(client, versions);
  await writeSpeakers(client, versions);
  await writeArticlesAndVersions(client, planned, versions, options.keys !== false);
}

/** Deletes what the reprocessed versions will write again: their messages, credits and mentions. */
async function clearReprocessedVersions(client: pg.ClientBase, reprocessed: readonly string[]): Promise<void> {
  // Deleting these mentions would cascade into the memberships and flags of their families and
  // leave those families half there (a canonical mention gone, a member missing). Delete those
  // families whole instead: their mentions become unmatched and the next match places them again.
  // their mentions in other articles wait for the next match again
  await client.query(
    `INSERT INTO "match_pending" ("mention_id")
     SELECT fm."mention_id" FROM "family_membership" fm
      WHERE fm."family_id" IN (SELECT fm2."family_id" FROM "family_membership" fm2 JOIN "mention" m ON m."id" = fm2."mention_id"
                                WHERE m."version_id" = ANY($1::text[]))
     ON CONFLICT DO NOTHING`,
    [reprocessed],
  );
  await client.query(
    // nested, not joined: on a sharded database (docs/scaling.md) mentions and memberships are
    // distributed by different columns, and an uncorrelated subquery is run first on its own
    `DELETE FROM "quote_family"
      WHERE "id" IN (SELECT "family_id" FROM "family_membership"
                      WHERE "mention_id" IN (SELECT "id" FROM "mention" WHERE "version_id" = ANY($1::text[])))`,
    [reprocessed],
  );
  for (const table of ["ingest_message", "article_credit", "mention"]) {
    await client.query(`DELETE FROM "${table}" WHERE version_id = ANY($1::text[])`, [reprocessed]);
  }
}

/** Inserts new outlets; a stored outlet only gains a domain, kind or country it lacked. */
async function writeOutlets(client: pg.ClientBase, planned: readonly PlannedArticle[]): Promise<void> {
  const outlets = mergeOutlets(planned.map((p) => p.rows.outlet));
  await insertRows(client, {
    table: "outlet",
    columns: BULK_COLUMNS.outlet,
    rows: outlets.map((o) => [o.id, o.name, o.normalisedName, o.domain, o.kind, o.country]),
    onConflict: `ON CONFLICT ("normalised_name") DO UPDATE SET
      "domain" = COALESCE("outlet"."domain", EXCLUDED."domain"),
      "kind" = CASE WHEN "outlet"."kind" = 'unknown' THEN EXCLUDED."kind" ELSE "outlet"."kind" END,
      "country" = COALESCE("outlet"."country", EXCLUDED."country")
      WHERE ("outlet"."domain" IS NULL AND EXCLUDED."domain" IS NOT NULL)
         OR ("outlet"."kind" = 'unknown' AND EXCLUDED."kind" <> 'unknown')
         OR ("outlet"."country" IS NULL AND EXCLUDED."country" IS NOT NULL)`,
  });
}

/** Inserts new credited sources, linked to the outlet of the same normalised name when there is one. */
async function writeCreditedSources(client: pg.ClientBase, versions: readonly PlannedArticle[]): Promise<void> {
  const sources = uniqueBy(versions.flatMap((p) => p.rows.sources));
  if (sources.length > 0) {
    await client.query(
      `INSERT INTO "credited_source" ("id", "name", "normalised_name", "outlet_id")
       SELECT u.id, u.name, u.norm, o.id FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, name, norm)
       LEFT JOIN "outlet" o ON o.normalised_name = u.norm
       ON CONFLICT ("normalised_name") DO NOTHING`,
      [sources.map((s) => s.id), sources.map((s) => s.name), sources.map((s) => s.normalisedName)],
    );
  }
}

/** Inserts new speakers (a stored one only gains a role or type it lacked) and their aliases. */
async function writeSpeakers(client: pg.ClientBase, versions: readonly PlannedArticle[]): Promise<void> {
  const speakers = mergeSpeakers(versions.flatMap((p) => p.rows.speakers));
  await insertRows(client, {
    table: "speaker",
    columns: BULK_COLUMNS.speaker,
    rows: speakers.map((s) => [s.id, s.name, s.normalisedName, s.role, s.type]),
    onConflict: `ON CONFLICT ("normalised_name") DO UPDATE SET
      "role" = COALESCE("speaker"."role", EXCLUDED."role"), "type" = COALESCE("speaker"."type", EXCLUDED."type")
      WHERE ("speaker"."role" IS NULL AND EXCLUDED."role" IS NOT NULL)
         OR ("speaker"."type" IS NULL AND EXCLUDED."type" IS NOT NULL)`,
  });
  const aliases = new Map(versions.flatMap((p) => p.rows.aliases).map((a) => [`${a[0]}\u0000${a[1]}`, a]));
  await insertRows(client, {
    table: "speaker_alias",
    columns: BULK_COLUMNS.speaker_alias,
    rows: [...aliases.values()],
    onConflict: `ON CONFLICT ("speaker_id", "alias") DO NOTHING`,
  });
}

/**
 * Upserts every planned article and the versions to write with their messages, credits and
 * mentions, then links repeated mentions and points each article at its latest version (both
 * updates reference rows inserted here, so they come last).
 */
async function writeArticlesAndVersions(
  client: pg.ClientBase, planned: readonly PlannedArticle[], versions: readonly PlannedArticle[], keys: boolean,
): Promise<void> {
  await insertRows(client, {
    table: "article",
    columns: ARTICLE_COLUMNS,
    rows: planned.map((p) => [...p.rows.article, p.versionCount]),
    onConflict: `ON CONFLICT ("id") DO UPDATE SET ${updateAll(ARTICLE_COLUMNS, ["id", "key"])}, "updated_at" = now()`,
  });
  await insertRows(client, {
    table: "article_version",
    columns: VERSION_COLUMNS,
    rows: versions.map((p) => [...p.rows.version, p.seq]),
    onConflict: `ON CONFLICT ("id") DO UPDATE SET ${updateAll(VERSION_COLUMNS, ["id", "article_id", "seq"])}`,
  });
  await insertRows(client, { table: "ingest_message", columns: MESSAGE_COLUMNS, rows: versions.flatMap((p) => p.rows.messages) });
  await insertRows(client, { table: "article_credit", columns: CREDIT_COLUMNS, rows: versions.flatMap((p) => p.rows.credits) });
  await insertRows(client, { table: "mention", columns: MENTION_COLUMNS, rows: versions.flatMap((p) => p.rows.mentions) });
  // the candidate index is written with the mentions; a reprocessed version's mentions keep their
  // ids (and their keys, which depend only on the text and speaker stored under that id)
  if (keys) {
    await insertRows(client, {
      table: "mention_key", columns: BULK_COLUMNS.mention_key, rows: versions.flatMap((p) => p.rows.keys),
      onConflict: `ON CONFLICT DO NOTHING`, chunkSize: 100_000,
    });
    // and the story index (its rows of a replaced version stay; readers keep latest versions)
    await insertRows(client, {
      table: "story_key", columns: BULK_COLUMNS.story_key, rows: versions.flatMap((p) => p.rows.storyKeys),
      onConflict: `ON CONFLICT DO NOTHING`, chunkSize: 100_000,
    });
  }
  await insertRows(client, {
    table: "match_pending", columns: BULK_COLUMNS.match_pending,
    rows: versions.flatMap((p) => p.rows.mentions.map((m) => [m[0]])), onConflict: `ON CONFLICT DO NOTHING`,
  });
  // a repeat is inside its article: matching on article_id too lets a sharded database (Citus,
  // mention distributed by article_id, docs/scaling.md) send each row to its shard
  const repeats = versions.flatMap((p) => p.rows.repeats.map(([id, target]) => [p.rows.articleId, id, target] as const));
  if (repeats.length > 0) {
    await client.query(
      `UPDATE "mention" SET "repeat_of_id" = u.target FROM unnest($1::text[], $2::text[], $3::text[]) AS u(article_id, id, target)
        WHERE "mention"."article_id" = u.article_id AND "mention"."id" = u.id`,
      [repeats.map((r) => r[0]), repeats.map((r) => r[1]), repeats.map((r) => r[2])],
    );
  }
  await client.query(
    `UPDATE "article" SET "latest_version_id" = u.version_id FROM unnest($1::text[], $2::text[]) AS u(id, version_id)
      WHERE "article"."id" = u.id AND "article"."latest_version_id" IS DISTINCT FROM u.version_id`,
    [planned.map((p) => p.rows.articleId), planned.map((p) => p.rows.versionId)],
  );
}

function mergeOutlets(outlets: readonly (OutletRow | null)[]): OutletRow[] {
  const byName = new Map<string, OutletRow>();
  for (const o of outlets) {
    if (!o) continue;
    const known = byName.get(o.normalisedName);
    if (!known) byName.set(o.normalisedName, { ...o });
    else {
      known.domain ??= o.domain;
      known.country ??= o.country;
      if (known.kind === "unknown") known.kind = o.kind;
    }
  }
  return [...byName.values()];
}

function mergeSpeakers(speakers: readonly SpeakerRow[]): SpeakerRow[] {
  const byName = new Map<string, SpeakerRow>();
  for (const s of speakers) {
    const known = byName.get(s.normalisedName);
    if (!known) byName.set(s.normalisedName, { ...s });
    else {
      known.role ??= s.role;
      known.type ??= s.type;
    }
  }
  return [...byName.values()];
}

function uniqueBy(rows: readonly NamedRow[]): NamedRow[] {
  return [...new Map(rows.map((r) => [r.normalisedName, r])).values()];
}
