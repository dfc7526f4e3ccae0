import { NOUN_DETERMINERS, PASSIVE } from "../../lexicon/cue-surroundings.ts";
import type { CueMatch, CueRule, Scan, Token } from "../types.ts";

/**
 * A cue word that is no reporting verb here: a noun after a determiner or possessive ("his
 * remarks", "Trump's tweets"), a passive "was told/asked/reported/quoted", a capitalised cue
 * mid-sentence (a name: "Said"; "Says"/"Said" after a quote or in a headline are fine), and the
 * aside ", say, ". Decides "no attribution" for the cue.
 */
export const notACue: CueRule = { name: "not-a-cue", build: (sc, c) => (isNotACue(sc, c) ? null : false) };

function isNotACue(sc: Scan, c: CueMatch): boolean {
  const { tokens } = sc;
  const { cueFirst: i, cueLast, cue } = c;
  const t = tokens[i] as Token;
  const prevWord = tokens[i - 1];
  if (prevWord && prevWord.word && (NOUN_DETERMINERS.test(prevWord.lower) || prevWord.lower.endsWith("'s"))) return true; // a noun: "his remarks"
  if (prevWord && PASSIVE.has(prevWord.lower) && (cue.lemma === "ask" || cue.lemma === "tell" || cue.lemma === "report" || cue.lemma === "quote")) return true;
  if (t.cap && i > 0 && !(tokens[i - 1]?.lower === "<q>")) {
    // "Says" in a headline is fine; a capitalised cue mid-sentence is a name ("Said")
    if (t.lower !== "says" && t.lower !== "said") return true;
  }
  // "instead of, say, the party": an aside, not a cue
  if (t.lower === "say" && prevWord?.text === "," && tokens[cueLast + 1]?.text === ",") return true;
  return false;
}
