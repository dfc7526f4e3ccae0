-- Match bookkeeping (issue 9 #4): every article write bumps corpus_revision in its own
-- transaction; a match records the revision it was computed from once its families are saved.
-- matched_revision < corpus_revision means a match is owed (an ingest killed before or during its
-- match phase), and the next ingest runs it even when it reads nothing new. One row, id 1.
CREATE TABLE "store_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "corpus_revision" BIGINT NOT NULL DEFAULT 0,
    "matched_revision" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "store_state_pkey" PRIMARY KEY ("id")
);

-- A store upgraded from before this migration may hold unmatched mentions: owe it one match.
INSERT INTO "store_state" ("id", "corpus_revision", "matched_revision")
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM "mention") THEN 1 ELSE 0 END, 0;

-- The Run model was never written by any command (issue 10 #8): dropped.
DROP TABLE "run";
DROP TYPE "RunStatus";
