import { APPOSITION_OPENERS } from "../../lexicon/cue-surroundings.ts";
import { PARTY_WORDS } from "../../lexicon/person-attributes.ts";
import { attr, withSecond } from "../build-attribution.ts";
import { leadingOrTrailing } from "../find-content.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, NounPhrase, Scan, Token } from "../types.ts";

/**
 * A subject set off by commas before the cue: "X, a doctor, said" / "Ambassador, Kazem Jalali,
 * said" / "Li, who became defense minister in March, has said" / "Jane Roe, the hospital's
 * director, who has led it since 2001, said" (the name speaks). The content is read as after
 * any subject before its cue (leadingOrTrailing).
 */
export const apposition: CueRule = { name: "apposition", build: buildApposition };

function buildApposition(sc: Scan, c: CueMatch): Attribution | false {
  const { tokens } = sc;
  const { cueFirst: first, cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || prev.text !== ",") return false;
  const app = findApposition(tokens, j);
  if (!app) return false;
  return withSecond(sc, attr(c, "leading", app, leadingOrTrailing(sc, app, j, first, last, cue)));
}

/** "X, a doctor, said" / "Ambassador, Kazem Jalali, said" / "Li, who ..., said" */
function findApposition(toks: readonly Token[], comma: number): NounPhrase | null {
  const inner = parseNounPhrase(toks, comma - 1, "back");
  // "Senator Richard Blumenthal, (a) Democrat of Connecticut, said": a party affiliation is no name, the name before it speaks
  if (inner && isAffiliation(toks, inner) && toks[inner.first - 1]?.text === ",") {
    const name = parseNounPhrase(toks, inner.first - 2, "back");
    if (name && name.kind === "person") return name;
  }
  if (inner && inner.kind === "person" && inner.nameStart > inner.start === false && toks[inner.first - 1]?.text === ",") return inner;
  if (inner && (inner.kind === "person" || inner.kind === "organization" || inner.kind === "agency") && toks[inner.first - 1]?.text === ",") return inner;
  // find the previous comma within 16 tokens: "Li, who became defense minister in March, has"
  let k = comma - 1;
  while (k >= 0 && comma - k < 24 && toks[k]?.text !== ",") {
    if (toks[k]?.lower === "<q>") return null;
    k--;
  }
  if (k < 1 || toks[k]?.text !== ",") return null;
  const after = toks[k + 1];
  if (!after || !APPOSITION_OPENERS.test(after.lower)) return null;
  const np = parseNounPhrase(toks, k - 1, "back");
  if (np && np.kind === "role" && toks[np.first - 1]?.text === ",") {
    // "Jane Roe, the hospital's director, who has led it since 2001, said": the name speaks
    const name = parseNounPhrase(toks, np.first - 2, "back");
    const opener = name ? toks[name.first - 1] : undefined;
    if (name && name.kind === "person" && (!opener || opener.lower === "<q>") && (name.roleWords.length > 0 || hasTwoWords(toks, name.first, name.last))) return name;
  }
  if (np && (np.kind === "person" || np.kind === "organization" || np.kind === "agency" || np.kind === "role")) return np;
  return null;
}

/** a phrase that opens with a party noun ("Democrat of Connecticut", "a Republican from Ohio") */
function isAffiliation(toks: readonly Token[], np: NounPhrase): boolean {
  const first = toks[np.first]?.lower === "a" ? toks[np.first + 1] : toks[np.first];
  return first !== undefined && PARTY_WORDS.has(first.lower);
}

/** at least two word tokens in [first, last] */
function hasTwoWords(toks: readonly Token[], first: number, last: number): boolean {
  let n = 0;
  for (let k = first; k <= last; k++) if ((toks[k] as Token).word && ++n >= 2) return true;
  return false;
}
