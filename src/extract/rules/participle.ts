import { WEAK_LEMMAS } from "../../lexicon/cue-verbs.ts";
import { PROGRESSIVE } from "../../lexicon/cue-surroundings.ts";
import { NOT_HEAD } from "../../lexicon/phrase-boundaries.ts";
import { attr } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { genericSubject, subjectOfSentence } from "../find-subject.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/**
 * A participle cue ("..., saying that", "and adding"): the clause's subject speaks (the previous
 * attribution's subject, else the sentence's). After a noun ("issued a statement saying",
 * "three in 10 saying") the sentence's subject or the noun phrase speaks, and only with content.
 * Not after "was"/"kept" (a progressive: "was saying" is read as any other cue).
 */
export const participle: CueRule = { name: "participle", build: buildParticiple };

function buildParticiple(sc: Scan, c: CueMatch): Attribution | null | false {
  const { tokens, sentenceEnd, attributions } = sc;
  const { cueFirst: first, cueLast: last, cue } = c;
  const base = c;
  // participles ("saying", "adding"): the clause's subject speaks
  const progressive = cue.participle && PROGRESSIVE.test(tokens[first - 1]?.lower ?? "");
  if (!(cue.participle && !progressive)) return false;
  const prevTok = tokens[first - 1];
  if (!prevTok) return null;
  if (prevTok.text !== "," && prevTok.lower !== "<q>" && prevTok.lower !== "and") {
    // "911 calls saying ...", "issued a statement saying ...", "three in 10 saying ...": a noun's participle
    if (!prevTok.word || WEAK_LEMMAS.has(cue.lemma) || NOT_HEAD.has(prevTok.lower) || /(ly|ing)$/.test(prevTok.lower)) return null;
    const np = subjectOfSentence(tokens, first) ?? genericSubject(tokens, Math.max(0, first - 8), first);
    const content = contentAfter(sc, tokens, last + 1, sentenceEnd, false, sc.source, cue);
    return np && content ? attr(base, "participle", np, content) : null;
  }
  const owner = attributions.length > 0 ? attributions[attributions.length - 1] : undefined;
  const np = owner?.np ?? subjectOfSentence(tokens, first);
  const content = contentAfter(sc, tokens, last + 1, sentenceEnd, cue.lemma === "tell" ? true : false, sc.source, cue);
  return attr(base, "participle", np, content);
}
