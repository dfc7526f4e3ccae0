import { WEAK_LEMMAS } from "../../lexicon/cue-verbs.ts";
import { attr, withSecond } from "../build-attribution.ts";
import { hasThatSoon, leadingOrTrailing, shortTail } from "../find-content.ts";
import { describe, genericSubject, trailingSubjectComma } from "../find-subject.ts";
import { NP_INNER } from "../../lexicon/phrase-boundaries.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/**
 * The plain subject before its cue: "X said (that) CONTENT" (leading) and the trailing reporting
 * clause "CONTENT, X said (on Tuesday)." / "CONTENT, a source close to him said." (the whole
 * phrase after the comma speaks). The last rule: a cue after any other word with no subject
 * phrase before it has no attribution.
 */
export const subjectBeforeCue: CueRule = { name: "subject-before-cue", build: buildSubjectBeforeCue };

function buildSubjectBeforeCue(sc: Scan, c: CueMatch): Attribution | null {
  const { tokens } = sc;
  const { cueFirst: first, cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || !prev.word) return null;
  let np = parseNounPhrase(tokens, j, "back");
  // "Officials based in Washington said": a name right after a lower-case preposition is its object, not the subject
  const prep = np ? tokens[np.first - 1] : undefined;
  if (np && np.kind !== "pronoun" && prep && !prep.cap && NP_INNER.has(prep.lower)) np = null;
  // "CONTENT, a source close to him said (Wednesday).": the whole phrase after the comma speaks
  const comma = trailingSubjectComma(tokens, j);
  if (comma >= 0 && (!np || np.first > comma + 1) && !hasThatSoon(tokens, last + 1) && shortTail(tokens, last + 1)) np = describe(tokens, comma + 1, j);
  np ??= WEAK_LEMMAS.has(cue.lemma) ? null : genericSubject(tokens, Math.max(0, j - 8), j + 1);
  if (!np) return null;
  return withSecond(sc, attr(c, "leading", np, leadingOrTrailing(sc, np, np.first, first, last, cue)));
}
