-- quotetrail initial schema. Hand-written to match prisma/schema.prisma exactly (the native schema
-- engine cannot be downloaded offline); tests/store/schema-matches-migration.test.ts checks it.

-- Trigram index on variant wordings for the fuzzy audit. On PGlite the extension must be loaded
-- when the database is opened (src/store/start-embedded-postgres.ts does).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('wire', 'agency', 'newspaper', 'broadcaster', 'aggregator', 'blog', 'forum', 'unknown');

-- CreateEnum
CREATE TYPE "InputFormat" AS ENUM ('txt', 'html', 'json', 'jsonl');

-- CreateEnum
CREATE TYPE "CreditKind" AS ENUM ('wire', 'credit-line', 'original-link');

-- CreateEnum
CREATE TYPE "QuoteKind" AS ENUM ('direct', 'partial', 'indirect');

-- CreateEnum
CREATE TYPE "SpeakerType" AS ENUM ('person', 'organization', 'document');

-- CreateEnum
CREATE TYPE "SourceScope" AS ENUM ('sentence', 'carried', 'article');

-- CreateEnum
CREATE TYPE "MessageSeverity" AS ENUM ('error', 'warning', 'info');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('read', 'ingest', 'extract', 'match', 'provenance', 'store');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('canonical', 'verbatim', 'normalised-equal', 'variant', 'partial', 'split', 'merged', 'paraphrase');

-- CreateEnum
CREATE TYPE "ChangeType" AS ENUM ('typography', 'punctuation', 'case', 'spelling', 'editorial-insertion', 'truncation', 'substitution', 'insertion', 'deletion', 'reordering');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "FlagType" AS ENUM ('source-dropped', 'source-changed', 'altered-under-same-source', 'predates-source', 'page-date-mismatch');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "outlet" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalised_name" TEXT NOT NULL,
    "domain" TEXT,
    "kind" "OutletKind" NOT NULL DEFAULT 'unknown',
    "country" TEXT,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "url_origin" TEXT,
    "file" TEXT NOT NULL,
    "format" "InputFormat" NOT NULL,
    "outlet_id" TEXT,
    "outlet_origin" TEXT,
    "title" TEXT,
    "title_origin" TEXT,
    "published_at" DATE,
    "published_at_origin" TEXT,
    "event_date" DATE,
    "event_date_origin" TEXT,
    "byline" TEXT,
    "dateline" TEXT,
    "dateline_place" TEXT,
    "dateline_date" DATE,
    "dateline_wire" TEXT,
    "language" TEXT NOT NULL,
    "mined" BOOLEAN NOT NULL,
    "latest_version_id" TEXT,
    "version_count" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_version" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "raw_hash" TEXT NOT NULL,
    "format" "InputFormat" NOT NULL,
    "source_path" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "raw" TEXT,
    "clean_body" TEXT NOT NULL,
    "regions" JSONB NOT NULL,
    "metadata" JSONB NOT NULL,
    "extracted" BOOLEAN NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extracted_at" TIMESTAMPTZ(3),

    CONSTRAINT "article_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_message" (
    "id" SERIAL NOT NULL,
    "version_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "severity" "MessageSeverity" NOT NULL,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "stage" "PipelineStage" NOT NULL,
    "range_start" INTEGER,
    "range_end" INTEGER,

    CONSTRAINT "ingest_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credited_source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalised_name" TEXT NOT NULL,
    "outlet_id" TEXT,

    CONSTRAINT "credited_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_credit" (
    "id" SERIAL NOT NULL,
    "version_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "source_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mention" TEXT NOT NULL,
    "kind" "CreditKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "url" TEXT,

    CONSTRAINT "article_credit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speaker" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalised_name" TEXT NOT NULL,
    "role" TEXT,
    "type" "SpeakerType",

    CONSTRAINT "speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speaker_alias" (
    "id" SERIAL NOT NULL,
    "speaker_id" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "speaker_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "outlet_id" TEXT,
    "local_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" "QuoteKind" NOT NULL,
    "speaker_id" TEXT,
    "speaker_name" TEXT,
    "speaker_mention" TEXT,
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,
    "speaker_role" TEXT,
    "speaker_type" "SpeakerType",
    "cue" TEXT,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "source_id" TEXT,
    "source_mention" TEXT,
    "source_start" INTEGER,
    "source_end" INTEGER,
    "source_scope" "SourceScope",
    "repeat_of_id" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,
    "rule" TEXT NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote_family" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "speaker_id" TEXT,
    "speaker_name" TEXT,
    "canonical_mention_id" TEXT,
    "canonical_variant_id" TEXT NOT NULL,

    CONSTRAINT "quote_family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "variant" (
    "family_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "is_canonical" BOOLEAN NOT NULL,
    "text" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,
    "fidelity" DOUBLE PRECISION NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "variant_pkey" PRIMARY KEY ("family_id","id")
);

-- CreateTable
CREATE TABLE "family_membership" (
    "family_id" TEXT NOT NULL,
    "mention_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "link" "LinkType" NOT NULL,
    "fidelity" DOUBLE PRECISION NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "family_membership_pkey" PRIMARY KEY ("family_id","mention_id")
);

-- CreateTable
CREATE TABLE "variant_change" (
    "family_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "ChangeType" NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,

    CONSTRAINT "variant_change_pkey" PRIMARY KEY ("family_id","variant_id","position")
);

-- CreateTable
CREATE TABLE "membership_change" (
    "family_id" TEXT NOT NULL,
    "mention_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "ChangeType" NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,

    CONSTRAINT "membership_change_pkey" PRIMARY KEY ("family_id","mention_id","position")
);

-- CreateTable
CREATE TABLE "provenance" (
    "family_id" TEXT NOT NULL,
    "speaker_name" TEXT,
    "setting" TEXT,
    "origin" TEXT,
    "origin_source_id" TEXT,
    "first_article_id" TEXT NOT NULL,
    "first_mention_id" TEXT,
    "first_outlet" TEXT,
    "first_date" DATE,

    CONSTRAINT "provenance_pkey" PRIMARY KEY ("family_id")
);

-- CreateTable
CREATE TABLE "chain_link" (
    "family_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,

    CONSTRAINT "chain_link_pkey" PRIMARY KEY ("family_id","position")
);

-- CreateTable
CREATE TABLE "occurrence_flag" (
    "family_id" TEXT NOT NULL,
    "mention_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "flag" "FlagType" NOT NULL,

    CONSTRAINT "occurrence_flag_pkey" PRIMARY KEY ("family_id","mention_id","flag")
);

-- CreateTable
CREATE TABLE "run" (
    "id" SERIAL NOT NULL,
    "command" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "stats" JSONB,

    CONSTRAINT "run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outlet_normalised_name_key" ON "outlet"("normalised_name");

-- CreateIndex
CREATE INDEX "outlet_domain_idx" ON "outlet"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "article_key_key" ON "article"("key");

-- CreateIndex
CREATE UNIQUE INDEX "article_latest_version_id_key" ON "article"("latest_version_id");

-- CreateIndex
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");

-- CreateIndex
CREATE INDEX "article_url_idx" ON "article"("url");

-- CreateIndex
CREATE INDEX "article_file_idx" ON "article"("file");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "article_version_content_hash_idx" ON "article_version"("content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "article_version_article_id_content_hash_key" ON "article_version"("article_id", "content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "article_version_article_id_seq_key" ON "article_version"("article_id", "seq");

-- CreateIndex
CREATE INDEX "ingest_message_code_idx" ON "ingest_message"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ingest_message_version_id_position_key" ON "ingest_message"("version_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "credited_source_normalised_name_key" ON "credited_source"("normalised_name");

-- CreateIndex
CREATE INDEX "credited_source_outlet_id_idx" ON "credited_source"("outlet_id");

-- CreateIndex
CREATE INDEX "credited_source_name_idx" ON "credited_source"("name");

-- CreateIndex
CREATE INDEX "article_credit_article_id_idx" ON "article_credit"("article_id");

-- CreateIndex
CREATE INDEX "article_credit_source_id_idx" ON "article_credit"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "article_credit_version_id_position_key" ON "article_credit"("version_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "speaker_normalised_name_key" ON "speaker"("normalised_name");

-- CreateIndex
CREATE INDEX "speaker_alias_alias_idx" ON "speaker_alias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "speaker_alias_speaker_id_alias_key" ON "speaker_alias"("speaker_id", "alias");

-- CreateIndex
CREATE INDEX "mention_article_id_idx" ON "mention"("article_id");

-- CreateIndex
CREATE INDEX "mention_outlet_id_idx" ON "mention"("outlet_id");

-- CreateIndex
CREATE INDEX "mention_speaker_id_idx" ON "mention"("speaker_id");

-- CreateIndex
CREATE INDEX "mention_source_id_idx" ON "mention"("source_id");

-- CreateIndex
CREATE INDEX "mention_repeat_of_id_idx" ON "mention"("repeat_of_id");

-- CreateIndex
CREATE UNIQUE INDEX "mention_version_id_local_id_key" ON "mention"("version_id", "local_id");

-- CreateIndex
CREATE INDEX "quote_family_speaker_id_idx" ON "quote_family"("speaker_id");

-- CreateIndex
CREATE INDEX "quote_family_canonical_mention_id_idx" ON "quote_family"("canonical_mention_id");

-- CreateIndex
CREATE INDEX "variant_id_idx" ON "variant"("id");

-- CreateIndex
CREATE INDEX "variant_normalised_trgm_idx" ON "variant" USING GIN ("normalised" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "family_membership_mention_id_idx" ON "family_membership"("mention_id");

-- CreateIndex
CREATE INDEX "family_membership_family_id_variant_id_idx" ON "family_membership"("family_id", "variant_id");

-- CreateIndex
CREATE INDEX "family_membership_link_idx" ON "family_membership"("link");

-- CreateIndex
CREATE INDEX "variant_change_type_idx" ON "variant_change"("type");

-- CreateIndex
CREATE INDEX "membership_change_mention_id_idx" ON "membership_change"("mention_id");

-- CreateIndex
CREATE INDEX "membership_change_type_idx" ON "membership_change"("type");

-- CreateIndex
CREATE INDEX "provenance_origin_source_id_idx" ON "provenance"("origin_source_id");

-- CreateIndex
CREATE INDEX "provenance_origin_idx" ON "provenance"("origin");

-- CreateIndex
CREATE INDEX "provenance_first_article_id_idx" ON "provenance"("first_article_id");

-- CreateIndex
CREATE INDEX "provenance_first_mention_id_idx" ON "provenance"("first_mention_id");

-- CreateIndex
CREATE INDEX "chain_link_article_id_idx" ON "chain_link"("article_id");

-- CreateIndex
CREATE INDEX "occurrence_flag_mention_id_idx" ON "occurrence_flag"("mention_id");

-- CreateIndex
CREATE INDEX "occurrence_flag_flag_idx" ON "occurrence_flag"("flag");

-- CreateIndex
CREATE INDEX "run_started_at_idx" ON "run"("started_at");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_latest_version_id_fkey" FOREIGN KEY ("latest_version_id") REFERENCES "article_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_version" ADD CONSTRAINT "article_version_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_message" ADD CONSTRAINT "ingest_message_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credited_source" ADD CONSTRAINT "credited_source_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_credit" ADD CONSTRAINT "article_credit_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_credit" ADD CONSTRAINT "article_credit_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_credit" ADD CONSTRAINT "article_credit_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "credited_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speaker_alias" ADD CONSTRAINT "speaker_alias_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "article_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "credited_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_repeat_of_id_fkey" FOREIGN KEY ("repeat_of_id") REFERENCES "mention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_family" ADD CONSTRAINT "quote_family_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_family" ADD CONSTRAINT "quote_family_canonical_mention_id_fkey" FOREIGN KEY ("canonical_mention_id") REFERENCES "mention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant" ADD CONSTRAINT "variant_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "quote_family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_membership" ADD CONSTRAINT "family_membership_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "quote_family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_membership" ADD CONSTRAINT "family_membership_mention_id_fkey" FOREIGN KEY ("mention_id") REFERENCES "mention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_membership" ADD CONSTRAINT "family_membership_family_id_variant_id_fkey" FOREIGN KEY ("family_id", "variant_id") REFERENCES "variant"("family_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_change" ADD CONSTRAINT "variant_change_family_id_variant_id_fkey" FOREIGN KEY ("family_id", "variant_id") REFERENCES "variant"("family_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_change" ADD CONSTRAINT "membership_change_family_id_mention_id_fkey" FOREIGN KEY ("family_id", "mention_id") REFERENCES "family_membership"("family_id", "mention_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "quote_family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_origin_source_id_fkey" FOREIGN KEY ("origin_source_id") REFERENCES "credited_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_first_article_id_fkey" FOREIGN KEY ("first_article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_first_mention_id_fkey" FOREIGN KEY ("first_mention_id") REFERENCES "mention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chain_link" ADD CONSTRAINT "chain_link_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "quote_family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chain_link" ADD CONSTRAINT "chain_link_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occurrence_flag" ADD CONSTRAINT "occurrence_flag_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "quote_family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occurrence_flag" ADD CONSTRAINT "occurrence_flag_mention_id_fkey" FOREIGN KEY ("mention_id") REFERENCES "mention"("id") ON DELETE CASCADE ON UPDATE CASCADE;
