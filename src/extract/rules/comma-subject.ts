import { OBJECT_SKIP } from "../../lexicon/cue-lemma-classes.ts";
import { WEAK_LEMMAS } from "../../lexicon/cue-verbs.ts";
import { attr } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { genericSubject, subjectOfSentence } from "../find-subject.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/**
 * "Woodrow Benford, 58, who lives outside town, says he ...": a cue after a comma that neither an
 * apposition nor an inverted subject explains; the subject opens the sentence and the content
 * follows the cue. Weak verbs ("noted", "added") need more than this: none.
 */
export const commaSubject: CueRule = { name: "comma-subject", build: buildCommaSubject };

function buildCommaSubject(sc: Scan, c: CueMatch): Attribution | null | false {
  const { tokens, sentenceEnd } = sc;
  const { cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || prev.text !== ",") return false;
  // "Woodrow Benford, 58, who lives outside town, says he ...": the subject opens the sentence
  const subj = subjectOfSentence(tokens, j) ?? genericSubject(tokens, 0, j);
  if (!subj || WEAK_LEMMAS.has(cue.lemma)) return null;
  return attr(c, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
}
