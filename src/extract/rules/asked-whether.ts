import { AUX, OBJECT_PRONOUNS, PASSIVE_BE, QUESTION_WORDS } from "../../lexicon/cue-surroundings.ts";
import { attr } from "../build-attribution.ts";
import { isTrimmable, SPAN } from "../find-content.ts";
import { genericSubject } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, Scan, Token } from "../types.ts";

/**
 * "asked (X) whether/if/how ...", "When asked about ...", "was asked if ...": the question is the
 * content (the asker may be unknown). Tried first, before the checks that a cue is no noun; when
 * no question follows, the next rules read "asked" as any other cue.
 */
export const askedWhether: CueRule = { name: "asked-whether", build: buildAskedWhether };

function buildAskedWhether(sc: Scan, c: CueMatch): Attribution | false {
  const i = c.cueFirst;
  const t = sc.tokens[i] as Token;
  if (!(c.cue.lemma === "ask" && !t.cap || (t.cap && i === 0 && c.cue.lemma === "ask"))) return false;
  return askAttribution(sc, i, c.cueLast) ?? false;
}

/**
 * "asked (X) whether/if/how ...", "When asked about ...": the question is the content, up to the
 * clause's comma when the question opens the sentence ("When asked why, Sembler said ...").
 */
function askAttribution(sc: Scan, first: number, last: number): Attribution | null {
  const { text, tokens, sentenceEnd } = sc;
  let k = last + 1;
  let q = tokens[k];
  if (q && q.word && !QUESTION_WORDS.has(q.lower)) {
    const obj = parseNounPhrase(tokens, k, "forward");
    if (obj) k = obj.last + 1;
    else if (OBJECT_PRONOUNS.test(q.lower)) k++;
    q = tokens[k];
  }
  if (!q || !QUESTION_WORDS.has(q.lower)) return null;
  const base = { cueFirst: first, cueLast: last, cueStart: (tokens[first] as Token).start, cueEnd: (tokens[last] as Token).end, lemma: "ask", channelOnly: false };
  const opener = tokens[first - 1];
  const sentenceInitial = first === 0 || (first === 1 && opener?.lower === "when") || opener?.text === ",";
  let end = sentenceEnd;
  for (let m = k + 1; m < tokens.length && m - k < SPAN; m++) {
    const x = tokens[m] as Token;
    if (x.text === ";" || (sentenceInitial && x.text === ",")) { end = x.start; break; }
  }
  while (end > q.start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (end <= q.start) return null;
  // the asker: the subject before the cue, if any ("Reporters asked whether ...")
  let j = first - 1;
  let passive = false;
  while (j >= 0 && (tokens[j] as Token).word && AUX.has((tokens[j] as Token).lower)) {
    if (PASSIVE_BE.test((tokens[j] as Token).lower)) passive = true;
    j--;
  }
  // "Trump was asked whether ...": the one asked is not the asker
  const np = sentenceInitial || passive ? null : parseNounPhrase(tokens, j, "back") ?? genericSubject(tokens, Math.max(0, j - 8), j + 1);
  return attr(base, "leading", np, [q.start, end]);
}
