import { OBJECT_SKIP } from "../../lexicon/cue-lemma-classes.ts";
import { attr } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { genericForward, opensClause, subjectOfSentence } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/**
 * An inverted cue right after a quote or opening the sentence: "“...,” said Li." / "Said Li,
 * ...": the phrase after the cue speaks (the quote is the content). When that phrase opens a
 * clause ("Mr. Manafort, citing “the magic of Trump,” said the candidate could ...") the
 * sentence's subject speaks and the clause is the content.
 */
export const inverted: CueRule = { name: "inverted", build: buildInverted };

function buildInverted(sc: Scan, c: CueMatch): Attribution | null | false {
  const { tokens, sentenceEnd } = sc;
  const { cueLast: last, cue, before: j } = c;
  const base = c;
  const prev = tokens[j];
  if (!(!prev || prev.lower === "<q>" || (prev.text === "," && (tokens[j - 1]?.lower === "<q>" || j === 0)))) return false;
  // "“...,” said Li." / sentence-initial "Said Li, ..."
  const np = parseNounPhrase(tokens, last + 1, "forward") ?? genericForward(tokens, last + 1);
  if (prev && (prev.text === "," || prev.lower === "<q>") && (!np || opensClause(sc, np))) {
    // "Mr. Manafort, citing “the magic of Trump,” said the candidate could ...": the subject opens the sentence
    const subj = subjectOfSentence(tokens, j);
    if (subj) return attr(base, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
  }
  return attr(base, "inverted", np, null);
}
