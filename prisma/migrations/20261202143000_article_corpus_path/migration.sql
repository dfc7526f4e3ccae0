-- AlterTable (additive, issue 14): the article file's name relative to the corpus root (the folder
-- given to ingest), which reports show for an article without a URL instead of a local path.
-- Rows stored before it stay NULL (reports fall back to the bare file name) until re-ingested.
ALTER TABLE "article" ADD COLUMN "corpus_path" TEXT;
