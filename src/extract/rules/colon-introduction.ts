import { INTRO_NOUNS } from "../../lexicon/credit-lines.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { IntroductionRule, NounPhrase, Token } from "../types.ts";

/** at most this many tokens between the name and the colon ("From Jane Doe, the county clerk:") */
const MAX_TAIL = 12;

/**
 * The speaker a verbless introduction names: "From Chairwoman Janet Holt:", "Statement from the
 * mayor:", "From Jane Doe, writing in the county newsletter:". `tokens` are one sentence's tokens
 * (quotes as "<q>" tokens); the sentence must end with the colon and hold no quote. The phrase
 * after "from" must be a person or a role ("the mayor"); an organisation only when the colon
 * follows it directly ("From the county board:"). Channels (agencies, outlets, documents) are
 * sources, not speakers: null. Sentences with a cue verb are left to the attributions.
 */
export const colonIntroduction: IntroductionRule = { name: "colon-introduction", find: findColonIntroduction };

export function findColonIntroduction(tokens: readonly Token[]): NounPhrase | null {
  const n = tokens.length;
  const colon = tokens[n - 1];
  if (!colon || colon.text !== ":" || n > 24) return null;
  // "From X:" / "Statement from X:"
  let k = 0;
  while (k < n && k < 4 && (tokens[k] as Token).lower !== "from") {
    if (!INTRO_NOUNS.has((tokens[k] as Token).lower)) return null;
    k++;
  }
  if (tokens[k]?.lower !== "from") return null;
  const np = parseNounPhrase(tokens, k + 1, "forward", 0, n - 1);
  if (!np) return null;
  const direct = np.last === n - 2;
  if (np.kind === "organization") return direct ? np : null;
  if (np.kind !== "person" && np.kind !== "role") return null;
  if (direct) return np;
  // a short tail: ", the county clerk", "writing in the newsletter", "in a statement"
  if (n - 2 - np.last > MAX_TAIL) return null;
  for (let m = np.last + 1; m < n - 1; m++) {
    const t = tokens[m] as Token;
    if (t.lower === "<q>" || t.text === ":" || t.text === ";" || t.text === ".") return null;
  }
  return np;
}
