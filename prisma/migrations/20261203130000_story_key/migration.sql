-- Story index (issue 15): postings keyed by (story key, page day), so that the story lookup of an
-- incremental match is a range scan over its window instead of every posting of a name word.
CREATE TABLE "story_key" (
    "key" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "mention_id" TEXT NOT NULL,

    CONSTRAINT "story_key_pkey" PRIMARY KEY ("key", "day", "mention_id")
);

-- A store that holds mentions has no story keys for them: its next match runs over the whole
-- corpus and writes them with the candidate index (src/store/write-candidate-index.ts).
UPDATE "store_state" SET "key_index_ready" = NOT EXISTS (SELECT 1 FROM "mention");
