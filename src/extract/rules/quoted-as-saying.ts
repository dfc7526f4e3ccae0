import { PASSIVE, QUOTED_AS_VERBS } from "../../lexicon/cue-surroundings.ts";
import { setSource } from "../build-attribution.ts";
import { contentAfter } from "../find-content.ts";
import { backPhrase, channelName } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Scan, Token, TokenRule } from "../types.ts";

/**
 * "X quoted/cited Y as saying CONTENT": Y speaks, X (the phrase before the verb) is the channel
 * the sentence credits ("TASS quoted him as saying"). The cue runs from "quoted" to "saying".
 * Not a cue after "was"/"as"/"if" ("was quoted as saying" is left to the reporting verb).
 */
export const quotedAsSaying: TokenRule = { name: "quoted-as-saying", words: ["quoted", "cited"], at: findQuotedAsSaying };

function findQuotedAsSaying(sc: Scan, i: number): number {
  const { text, tokens, sentenceEnd, attributions } = sc;
  const t = tokens[i] as Token;
  if ((t.lower !== "quoted" && t.lower !== "cited") || PASSIVE.has(tokens[i - 1]?.lower ?? "")) return -1;
  let k = i + 1;
  while (k < tokens.length && k - i < 8 && tokens[k]?.lower !== "as") k++;
  if (tokens[k]?.lower !== "as" || !QUOTED_AS_VERBS.test(tokens[k + 1]?.lower ?? "")) return -1;
  const subj = backPhrase(tokens, i - 1);
  const spk = parseNounPhrase(tokens, i + 1, "forward", 0, k);
  if (subj) {
    const ch = channelName(text.slice(subj.start, subj.end), tokens, subj.first, subj.last);
    setSource(sc, ch ?? text.slice(subj.start, subj.end).replace(/^the\s+/, ""), subj.start, (tokens[k + 1] as Token).end);
  }
  const cueEnd = (tokens[k + 1] as Token).end;
  attributions.push({ cueFirst: i, cueLast: k + 1, cueStart: t.start, cueEnd, lemma: "say", mode: "quoted-as-saying", np: spk, content: contentAfter(sc, tokens, k + 2, sentenceEnd, false, sc.source), content2: undefined, channelOnly: false });
  return k + 1;
}
