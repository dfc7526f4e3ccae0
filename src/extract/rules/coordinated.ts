import { OBJECT_SKIP } from "../../lexicon/cue-lemma-classes.ts";
import { attr } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { subjectOfSentence } from "../find-subject.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/** a coordinated cue "... and said ...", "... but said ...": the sentence's subject speaks; the content follows the cue */
export const coordinated: CueRule = { name: "coordinated", build: buildCoordinated };

function buildCoordinated(sc: Scan, c: CueMatch): Attribution | null | false {
  const { tokens, sentenceEnd } = sc;
  const { cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || (prev.lower !== "and" && prev.lower !== "but")) return false;
  const np = subjectOfSentence(tokens, j);
  if (!np) return null;
  return attr(c, "leading", np, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
}
