-- AlterTable: what provenance reads from the text around each mention (setting candidates and
-- link-preview lines before it), computed once when the version is stored, so matching does not
-- re-read unchanged articles' text (issue 9, defect 6). Null for rows stored before: computed then.
ALTER TABLE "mention" ADD COLUMN "clues" JSONB;
