import { CREDIT_CLAUSE_WORDS, DASHES } from "../../lexicon/credit-lines.ts";
import { CUE_VERBS } from "../../lexicon/cue-verbs.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, SentenceRule, Token } from "../types.ts";

/** at most this many tokens of description after the name ("— Tom Reed, mayor of Springfield.") */
const MAX_TAIL = 16;

/**
 * The dash credit of a sentence that opens with a quote: “We will not raise taxes,” — Mayor Tom
 * Reed. / "..." -Commissioner Maria Lopez / "..." --Jane Doe (D-Ill.), a state senator.
 * The dash (one of - – — ―, or "--") must follow the quote directly, a person's name (two
 * name words, or one after a title) must follow the dash, and the name must end the sentence
 * but for a parenthesis and a comma with a short description holding no verb or quote. A dash
 * clause that goes on ("“Rules” — the TV show — was cancelled"), a page number ("- 2 -") or a
 * date is no credit. The dash is the attribution's cue; its content is the quote (null here).
 * `tokens` are a sentence's tokens with each quote as one "<q>" token. Bounded work: a fixed
 * number of tokens is looked at.
 */
export const dashCredit: SentenceRule = { name: "dash-credit", find: findDashAttribution };

export function findDashAttribution(tokens: readonly Token[]): Attribution | null {
  // the quote must open the sentence (bullets or other marks may precede it)
  let q = 0;
  while (q < tokens.length && q < 4 && !(tokens[q] as Token).word && (tokens[q] as Token).lower !== "<q>") q++;
  if (tokens[q]?.lower !== "<q>") return null;
  const dash = tokens[q + 1];
  if (!dash || !DASHES.has(dash.text)) return null;
  let last = q + 1;
  // "--Jane Doe": a doubled hyphen
  if (dash.text === "-" && tokens[q + 2]?.text === "-" && (tokens[q + 2] as Token).start === dash.end) last = q + 2;
  const np = parseNounPhrase(tokens, last + 1, "forward");
  if (!np || np.kind !== "person") return null;
  let nameWords = 0;
  for (let k = np.first; k <= np.last; k++) {
    const t = tokens[k] as Token;
    if (t.word && t.start >= np.nameStart) nameWords++;
  }
  if (nameWords < 2 && np.roleWords.length === 0) return null;
  if (!endsAsCredit(tokens, np.last + 1)) return null;
  const cueTok = tokens[last] as Token;
  return {
    cueFirst: q + 1, cueLast: last, cueStart: dash.start, cueEnd: cueTok.end, lemma: "say",
    mode: "dash-attribution", np, content: null, content2: undefined, channelOnly: false,
  };
}

/** from token k to the sentence end: nothing, a closing . or !, a parenthesis, or ", description" */
function endsAsCredit(tokens: readonly Token[], from: number): boolean {
  let k = from;
  // "(D-Ill.)", "(R)"
  if (tokens[k]?.text === "(") {
    let m = k + 1;
    while (m < tokens.length && m - k <= 8 && (tokens[m] as Token).text !== ")") m++;
    if (tokens[m]?.text !== ")") return false;
    k = m + 1;
  }
  const t = tokens[k];
  if (!t) return true;
  if (t.text === "." || t.text === "!") return k === tokens.length - 1;
  if (t.text !== ",") return false;
  // ", the county commissioner." / ", mayor of Springfield": a short description and the end
  if (tokens.length - k - 1 > MAX_TAIL) return false;
  let words = 0;
  for (let m = k + 1; m < tokens.length; m++) {
    const x = tokens[m] as Token;
    if (x.lower === "<q>" || DASHES.has(x.text)) return false;
    if (x.word) {
      if (CREDIT_CLAUSE_WORDS.test(x.lower) || CUE_VERBS.has(x.lower)) return false;
      words++;
    } else if (x.text !== "," && x.text !== "." && x.text !== "(" && x.text !== ")" && x.text !== "'") return false;
  }
  return words > 0;
}
