-- AlterEnum (additive, issue 12): a speaker may be a group of people named by a plural noun phrase
-- ("State Department officials", "Republicans", "critics"). A group never names one person: the
-- matcher never lets it block a match and a family's speaker prefers a named person over it.
-- Existing rows keep their values.
ALTER TYPE "SpeakerType" ADD VALUE IF NOT EXISTS 'group';
