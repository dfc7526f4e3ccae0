-- AlterTable: a hash of everything saved for a family, so that saving a match rewrites only the
-- families that changed (an incremental ingest no longer rewrites the whole match).
ALTER TABLE "quote_family" ADD COLUMN "fingerprint" TEXT;
