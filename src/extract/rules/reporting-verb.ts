import { AUX } from "../../lexicon/cue-surroundings.ts";
import { CUE_VERBS } from "../../lexicon/cue-verbs.ts";
import type { CueMatch, CueRule, Scan, Token, TokenRule } from "../types.ts";

/**
 * A reporting verb from the lexicon ("said", "told", "pointed out"): the cue rules, in their
 * order, find the shape of the clause around it and build its attribution (the first rule that
 * fits decides). The rules are passed in (rules/index.ts declares them).
 */
export function reportingVerb(cueRules: readonly CueRule[]): TokenRule {
  return { name: "reporting-verb", words: [...CUE_VERBS.keys()], at: (sc, i) => findReportingVerb(sc, i, cueRules) };
}

function findReportingVerb(sc: Scan, i: number, cueRules: readonly CueRule[]): number {
  const { tokens } = sc;
  const t = tokens[i] as Token;
  const cue = CUE_VERBS.get(t.lower);
  if (!cue) return -1;
  let cueLast = i;
  if (cue.particle) {
    // (no read out of bounds: optimised code drops on one)
    if (i + 1 >= tokens.length || (tokens[i + 1] as Token).lower !== cue.particle) return i;
    cueLast = i + 1;
  }
  sc.pendingSecond = null;
  const c: CueMatch = {
    cueFirst: i, cueLast, cueStart: t.start, cueEnd: (tokens[cueLast] as Token).end, lemma: cue.lemma, channelOnly: false,
    cue, before: tokenBeforeCue(tokens, i),
  };
  for (const rule of cueRules) {
    const att = rule.build(sc, c);
    if (att === false) continue;
    if (!att) return i;
    sc.attributions.push(att);
    return cueLast;
  }
  return i;
}

/** skip auxiliaries / adverbs / a short parenthesis before the cue ("Bob Goodlatte (R-Va.) told") */
function tokenBeforeCue(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  while (j >= 0) {
    const p = tokens[j] as Token;
    if (p.word && (AUX.has(p.lower) || (p.lower.endsWith("ly") && !p.cap && p.lower.length > 4))) j--;
    else if (p.text === ")") {
      let k = j - 1;
      while (k >= 0 && j - k <= 8 && (tokens[k] as Token).text !== "(" && (tokens[k] as Token).text !== ")") k--;
      if (k < 1 || (tokens[k] as Token).text !== "(") break;
      j = k - 1;
    } else break;
  }
  return j;
}
