-- AlterEnum (additive, issue 13): two low change classes split off from "spelling" and
-- "substitution" (a contraction made or undone; a / an), and the flag for an occurrence that
-- both altered the wording and dropped the source credit. Existing rows keep their values.
ALTER TYPE "ChangeType" ADD VALUE IF NOT EXISTS 'contraction' BEFORE 'editorial-insertion';
ALTER TYPE "ChangeType" ADD VALUE IF NOT EXISTS 'article-form' BEFORE 'editorial-insertion';
ALTER TYPE "FlagType" ADD VALUE IF NOT EXISTS 'altered-and-uncredited';
