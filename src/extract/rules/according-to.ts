import { ACCORDING_STOP } from "../../lexicon/phrase-boundaries.ts";
import { setSource } from "../build-attribution.ts";
import { SPAN } from "../find-content.ts";
import { channelName, describe } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Scan, Token, TokenRule } from "../types.ts";

/**
 * "according to X": "CONTENT, according to X." or "According to X, CONTENT." A channel (an
 * agency, a media description, a publication) credits the sentence and speaks only as a channel;
 * any other phrase ("state corporate records") is the speaker. The phrase is taken whole even
 * when no content is found.
 */
export const accordingTo: TokenRule = { name: "according-to", words: ["according"], at: findAccordingTo };

function findAccordingTo(sc: Scan, i: number): number {
  const { text, tokens, sentenceEnd, contentFloor, attributions } = sc;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.lower !== "according" || next?.lower !== "to") return -1;
  const ph = accordingPhrase(tokens, i + 2);
  if (!ph) return i;
  const phraseText = text.slice(ph.start, ph.end);
  const channel = channelName(phraseText, tokens, ph.first, ph.last);
  if (channel) {
    setSource(sc, channel, t.start, ph.end);
    const np = parseNounPhrase(tokens, ph.first, "forward");
    const content = accordingContent(tokens, i, ph.last, contentFloor, sentenceEnd);
    if (content) attributions.push({ cueFirst: i, cueLast: i + 1, cueStart: t.start, cueEnd: (next as Token).end, lemma: "according to", mode: "according", np, content, content2: undefined, channelOnly: true });
  } else {
    // "according to state corporate records": the phrase itself, when it is no known kind of speaker
    const np = parseNounPhrase(tokens, ph.first, "forward") ?? describe(tokens, ph.first, ph.last);
    const content = accordingContent(tokens, i, ph.last, contentFloor, sentenceEnd);
    attributions.push({ cueFirst: i, cueLast: i + 1, cueStart: t.start, cueEnd: (next as Token).end, lemma: "according to", mode: "according", np, content, content2: undefined, channelOnly: false });
  }
  return ph.last;
}

function accordingPhrase(tokens: readonly Token[], from: number): { first: number; last: number; start: number; end: number } | null {
  let k = from;
  let last = -1;
  while (k < tokens.length && k - from < 12) {
    const t = tokens[k] as Token;
    if (!t.word) break;
    if (k > from && ACCORDING_STOP.has(t.lower) && !t.cap) break;
    last = k;
    k++;
  }
  if (last < from) return null;
  return { first: from, last, start: (tokens[from] as Token).start, end: (tokens[last] as Token).end };
}

function accordingContent(tokens: readonly Token[], according: number, phraseLast: number, floor: number, sEnd: number): [number, number] | null {
  const before = tokens[according - 1];
  if (before && before.text === ",") {
    // "CONTENT, according to X."
    const k = Math.max(-1, according - 1 - SPAN);
    const s = tokens[k + 1];
    if (!s) return null;
    const start = Math.max(floor, s.start);
    let words = 0;
    for (let m = k + 1; m < according - 1; m++) if ((tokens[m] as Token).word) words++;
    return words >= 3 && before.start - start > 10 ? [start, before.start] : null;
  }
  // "According to X, CONTENT."
  const comma = tokens[phraseLast + 1];
  let k = phraseLast + 1;
  if (comma && comma.text !== ",") {
    // the phrase may run on ("according to a report issued by ..."): find the next comma
    while (k < tokens.length && (tokens[k] as Token).text !== "," && k - phraseLast < 12) k++;
  }
  const s = tokens[k + 1];
  if (!s || s.lower === "<q>") return null;
  let e = sEnd;
  return e - s.start > 10 ? [s.start, e] : (e = 0, null);
}
