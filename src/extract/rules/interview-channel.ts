import { INTERVIEW_DETERMINERS } from "../../lexicon/cue-surroundings.ts";
import { setSource } from "../build-attribution.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Scan, Token, TokenRule } from "../types.ts";

/**
 * "in an interview with X", "in remarks to X", "speaking to X", "statement to X": when X is an
 * agency, outlet or publication, the sentence credits it as its source ("in an interview with
 * CNN"). Never an attribution itself; the words are taken either way.
 */
export const interviewChannel: TokenRule = { name: "interview-channel", words: ["interview", "remarks", "speaking", "statement"], at: findInterviewChannel };

function findInterviewChannel(sc: Scan, i: number): number {
  const { text, tokens } = sc;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!((t.lower === "interview" && next?.lower === "with") || ((t.lower === "remarks" || t.lower === "speaking" || t.lower === "statement") && (next?.lower === "to" || next?.lower === "with")))) return -1;
  const np = parseNounPhrase(tokens, i + 2, "forward");
  if (np && (np.kind === "agency" || np.kind === "media" || np.kind === "publication")) {
    const chName = np.agency ?? text.slice(np.start, np.end).replace(/^the\s+/, "");
    let s = t.start;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && INTERVIEW_DETERMINERS.test(prev.lower)) s = prev.start;
    if (prev2 && prev2.lower === "in" && prev && INTERVIEW_DETERMINERS.test(prev.lower)) s = prev2.start;
    else if (prev?.lower === "in") s = prev.start;
    setSource(sc, chName, s, np.end);
  }
  return i;
}
