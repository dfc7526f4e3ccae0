import type { BulkColumn } from "./insert-rows.ts";

/**
 * The column lists of every bulk insert (insert-rows.ts), by table: SQL names and parameter types,
 * in the order the row arrays are built. tests/store/bulk-columns-match-schema.test.ts checks each
 * against prisma/schema.prisma (names, types, and that no column of the model is left unwritten
 * without a stated reason), so a schema change that these lists miss fails a test.
 */
const col = (name: string, type: string): BulkColumn => ({ name, type });
const t = "text";
const i4 = "int4";
const changeColumns = [col("position", i4), col("type", '"ChangeType"'), col("from", t), col("to", t), col("severity", '"Severity"')];

export const BULK_COLUMNS = {
  outlet: [col("id", t), col("name", t), col("normalised_name", t), col("domain", t), col("kind", '"OutletKind"'), col("country", t)],
  speaker: [col("id", t), col("name", t), col("normalised_name", t), col("role", t), col("type", '"SpeakerType"')],
  speaker_alias: [col("speaker_id", t), col("alias", t)],
  article: [
    col("id", t), col("key", t), col("url", t), col("url_origin", t), col("file", t), col("corpus_path", t), col("format", '"InputFormat"'),
    col("outlet_id", t), col("outlet_origin", t), col("title", t), col("title_origin", t),
    col("published_at", "date"), col("published_at_origin", t), col("event_date", "date"), col("event_date_origin", t),
    col("byline", t), col("dateline", t), col("dateline_place", t), col("dateline_date", "date"), col("dateline_wire", t),
    col("language", t), col("mined", "bool"), col("version_count", i4),
  ],
  article_version: [
    col("id", t), col("article_id", t), col("content_hash", t), col("raw_hash", t), col("format", '"InputFormat"'),
    col("source_path", t), col("text", t), col("raw", t), col("clean_body", t), col("regions", "jsonb"),
    col("metadata", "jsonb"), col("extracted", "bool"), col("extracted_at", "timestamptz"), col("seq", i4),
  ],
  ingest_message: [
    col("version_id", t), col("position", i4), col("severity", '"MessageSeverity"'), col("code", t), col("message", t),
    col("stage", '"PipelineStage"'), col("range_start", i4), col("range_end", i4),
  ],
  article_credit: [
    col("version_id", t), col("article_id", t), col("position", i4), col("source_id", t), col("name", t),
    col("mention", t), col("kind", '"CreditKind"'), col("start", i4), col("end", i4), col("url", t),
  ],
  mention: [
    col("id", t), col("version_id", t), col("article_id", t), col("outlet_id", t), col("local_id", t), col("text", t),
    col("start", i4), col("end", i4), col("kind", '"QuoteKind"'), col("speaker_id", t), col("speaker_name", t),
    col("speaker_mention", t), col("speaker_start", i4), col("speaker_end", i4), col("speaker_role", t),
    col("speaker_type", '"SpeakerType"'), col("cue", t), col("cue_start", i4), col("cue_end", i4), col("source_id", t),
    col("source_mention", t), col("source_start", i4), col("source_end", i4), col("source_scope", '"SourceScope"'),
    col("confidence", "float8"), col("rule", t), col("clues", "jsonb"),
  ],
  mention_key: [col("key", i4), col("mention_id", t)],
  story_key: [col("key", i4), col("day", "date"), col("mention_id", t)],
  match_pending: [col("mention_id", t)],
  variant: [col("family_id", t), col("id", t), col("position", i4), col("is_canonical", "bool"),
    col("text", t), col("normalised", t), col("fidelity", "float8"), col("similarity", "float8")],
  family_membership: [col("family_id", t), col("mention_id", t), col("variant_id", t), col("position", i4),
    col("link", '"LinkType"'), col("fidelity", "float8"), col("similarity", "float8")],
  variant_change: [col("family_id", t), col("variant_id", t), ...changeColumns],
  membership_change: [col("family_id", t), col("mention_id", t), ...changeColumns],
  chain_link: [col("family_id", t), col("position", i4), col("from", t), col("to", t), col("evidence", t), col("article_id", t)],
  occurrence_flag: [col("family_id", t), col("mention_id", t), col("position", i4), col("flag", '"FlagType"')],
} satisfies Record<string, readonly BulkColumn[]>;
