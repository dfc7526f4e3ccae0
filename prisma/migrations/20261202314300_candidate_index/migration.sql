-- Candidate index in the database (issue 15 #1): mention keys, pending mentions, family base ids.
CREATE TABLE "mention_key" (
    "key" INTEGER NOT NULL,
    "mention_id" TEXT NOT NULL,

    CONSTRAINT "mention_key_pkey" PRIMARY KEY ("key", "mention_id")
);

CREATE TABLE "match_pending" (
    "mention_id" TEXT NOT NULL,

    CONSTRAINT "match_pending_pkey" PRIMARY KEY ("mention_id")
);

ALTER TABLE "match_pending" ADD CONSTRAINT "match_pending_mention_id_fkey" FOREIGN KEY ("mention_id") REFERENCES "mention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "quote_family" ADD COLUMN "base_id" TEXT;
CREATE INDEX "quote_family_base_id_idx" ON "quote_family"("base_id");
ALTER TABLE "quote_family" ADD COLUMN "outlet_count" INTEGER;

ALTER TABLE "store_state" ADD COLUMN "key_index_ready" BOOLEAN NOT NULL DEFAULT true;

-- A store upgraded from before this migration has no keys for its mentions and no base ids for its
-- families: its next match runs over the whole corpus (writing the keys) and rewrites every family.
UPDATE "store_state" SET "key_index_ready" = NOT EXISTS (SELECT 1 FROM "mention");
UPDATE "quote_family" SET "fingerprint" = NULL;
