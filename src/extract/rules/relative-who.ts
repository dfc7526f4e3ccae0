import { OBJECT_SKIP } from "../../lexicon/cue-lemma-classes.ts";
import { WEAK_LEMMAS } from "../../lexicon/cue-verbs.ts";
import { attr } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { genericSubject } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/** relative "X, who said ...": the subject is the phrase before "who"; the content follows the cue */
export const relativeWho: CueRule = { name: "relative-who", build: buildRelativeWho };

function buildRelativeWho(sc: Scan, c: CueMatch): Attribution | null | false {
  const { tokens, sentenceEnd } = sc;
  const { cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || prev.lower !== "who") return false;
  // relative "X, who said ...": the subject is before "who"
  let k = j - 1;
  if (tokens[k]?.text === ",") k--;
  const subj = parseNounPhrase(tokens, k, "back") ?? (WEAK_LEMMAS.has(cue.lemma) ? null : genericSubject(tokens, Math.max(0, k - 8), k + 1));
  if (!subj) return null;
  return attr(c, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
}
