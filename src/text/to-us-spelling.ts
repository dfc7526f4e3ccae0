import { ISE_KEEP, LL_STEMS, OUR_STEMS, OUR_TAILS, RE_STEMS, RE_TAILS, SPELLING_PAIRS } from "../lexicon/spelling-variants.ts";

/**
 * Maps one lower-case word to its US spelling so that US/UK pairs compare equal
 * (organisation/organization, defence/defense, colour/color, centre/center, travelled/traveled).
 * Words outside the lexicon and rules come back unchanged. The mapping only has to be
 * consistent, not a dictionary: both sides of a comparison go through it, so an unusual output
 * ("exercize") is harmless as long as two different real words never meet (rules are written so
 * that e.g. "our"/"or", "four"/"for", "prise"/"prize" stay apart).
 *
 * A possessive or contraction keeps its tail: "organisation's" -> "organization's".
 * "an" folds to "a" (see SPELLING_PAIRS).
 */
export function toUsSpelling(word: string): string {
  let out = MEMO.get(word);
  if (out === undefined) {
    out = fold(word);
    // bounded: untrusted text must not grow it without limit
    if (MEMO.size >= 100_000) MEMO.clear();
    MEMO.set(word, out);
  }
  return out;
}

const MEMO = new Map<string, string>();

function fold(word: string): string {
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) return fold(word.slice(0, apostrophe)) + word.slice(apostrophe);
  const listed = LEXICON.get(word);
  if (listed !== undefined) return listed;
  if (word.length < 6) return word;
  // -isation/-ise family -> -ization/-ize (root of at least 3 letters; "prise", "rise" too short)
  if (!word.includes("is") && !word.includes("ys")) return word;
  const ise = /^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able)$/.exec(word);
  if (ise !== null && !ISE_KEEP.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  // -yse -> -yze (analyse, paralyse, catalyse)
  const yse = /^([a-z]{2,})ys(e|es|ed|ing)$/.exec(word);
  if (yse !== null) return `${yse[1]}yz${yse[2]}`;
  return word;
}

const LEXICON: ReadonlyMap<string, string> = buildLexicon();

function buildLexicon(): Map<string, string> {
  const map = new Map<string, string>(SPELLING_PAIRS.map(([uk, us]) => [uk, us]));
  for (const stem of OUR_STEMS) for (const tail of OUR_TAILS) map.set(`${stem}ur${tail}`, `${stem}r${tail}`);
  for (const stem of RE_STEMS) {
    for (const tail of RE_TAILS) map.set(`${stem}re${tail}`, `${stem}er${tail === "d" ? "ed" : tail}`);
  }
  for (const stem of LL_STEMS) {
    for (const tail of ["ed", "ing", "er", "ers"]) map.set(`${stem}l${tail}`, `${stem}${tail}`);
  }
  return map;
}
