import type { Prng } from "./make-prng.ts";

export interface Wording {
  /** made-up content words, most frequent first */
  vocab: readonly string[];
  /** a content word, Zipf-like (frequent words more often) */
  contentWord: () => string;
  /** a function word (35 %) or a content word */
  word: () => string;
  /** words joined into a quote: first word capitalised, an occasional comma */
  render: (words: readonly string[]) => string;
  /** typography and case only: curly apostrophes and quotes, dashes, spacing, case */
  retype: (text: string) => string;
  /** a US spelling that has a UK form (to plant in statements) */
  usSpelling: () => string;
  /** the UK form of a US spelling, else the word */
  toUk: (word: string) => string;
  capitalise: (word: string) => string;
  /** short quotes any speaker says ("We will see") */
  generic: readonly string[];
  /** a word that carries meaning (not one of the function words `word` draws) */
  isContent: (word: string) => boolean;
}

/**
 * The wording the mention-corpus generators draw from: a made-up vocabulary of `vocabSize` words
 * (drawn first, so a seed gives the same words), function words, US/UK spelling pairs, and the
 * renderers. Draws only from `prng`.
 */
export function makeWording(prng: Prng, vocabSize = 30_000): Wording {
  const { rnd, pick } = prng;
  const vocab = makeVocabulary(rnd, vocabSize);
  const contentWord = (): string => vocab[Math.floor(vocab.length * Math.pow(rnd(), 2.2))] as string;
  return {
    vocab,
    contentWord,
    word: () => (rnd() < 0.35 ? pick(FUNCTION_WORDS) : contentWord()),
    render: (words) => {
      let out = "";
      words.forEach((w, i) => {
        out += i === 0 ? capitalise(w) : ` ${w}`;
        if (i > 0 && i < words.length - 1 && rnd() < 0.04) out += ",";
      });
      return out;
    },
    retype: (text) => {
      let out = text;
      const r = rnd();
      if (r < 0.3) out = out.toLowerCase();
      else if (r < 0.4) out = out.toUpperCase();
      else if (r < 0.7) out = out.replace(/ /g, (m) => (rnd() < 0.1 ? "  " : m));
      else out = out.replace(/,/g, ",\u00a0").replace(/ (\w)/, " \u2018$1").replace(/ (\w+)$/, " $1\u2019");
      if (out === text) out = `${text} `.replace(/ $/, "\u00a0");
      return out;
    },
    usSpelling: () => pick(SPELLING)[0],
    toUk: (w) => UK.get(w) ?? w,
    capitalise,
    generic: GENERIC,
    isContent: (w) => !FUNCTION_SET.has(w.toLowerCase()),
  };
}

const FUNCTION_WORDS = [
  "the", "a", "an", "of", "to", "in", "and", "or", "with", "for", "on", "at", "by", "from", "we",
  "our", "will", "is", "are", "be", "this", "that", "it", "as", "all", "not", "have", "has", "its",
  "their", "they", "which", "who", "more", "can", "must", "should", "also", "between", "within",
];

const FUNCTION_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** the function words `word` draws (lower case) */
export const FUNCTION_WORD_SET = FUNCTION_SET;

const SPELLING: readonly (readonly [string, string])[] = [
  ["organization", "organisation"], ["defense", "defence"], ["color", "colour"], ["center", "centre"],
  ["program", "programme"], ["labor", "labour"], ["favor", "favour"], ["honor", "honour"],
  ["behavior", "behaviour"], ["neighbor", "neighbour"], ["analyze", "analyse"], ["realize", "realise"],
  ["recognize", "recognise"], ["prioritize", "prioritise"], ["modernization", "modernisation"],
  ["traveled", "travelled"], ["canceled", "cancelled"], ["license", "licence"], ["offense", "offence"],
  ["theater", "theatre"], ["meter", "metre"], ["catalog", "catalogue"], ["gray", "grey"],
  ["harbor", "harbour"], ["rumor", "rumour"], ["armor", "armour"], ["endeavor", "endeavour"],
  ["jewelry", "jewellery"], ["skeptical", "sceptical"], ["judgment", "judgement"],
  ["organizations", "organisations"], ["mobilize", "mobilise"], ["stabilize", "stabilise"],
  ["normalization", "normalisation"], ["authorized", "authorised"], ["criticize", "criticise"],
];
const UK = new Map(SPELLING.map(([us, uk]) => [us, uk]));

const GENERIC = ["We will see", "Thank you", "No comment", "Not now", "We shall see", "Absolutely not", "It is time"];

function makeVocabulary(rnd: () => number, n: number): string[] {
  const onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "tr", "pl", "gr", "st"];
  const vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
  const codas = ["", "", "n", "r", "s", "t", "l", "m"];
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < n) {
    let w = "";
    const syllables = 1 + Math.floor(rnd() * 3);
    for (let s = 0; s < syllables; s++) {
      w += (onsets[Math.floor(rnd() * onsets.length)] ?? "") + (vowels[Math.floor(rnd() * vowels.length)] ?? "");
      if (s === syllables - 1) w += codas[Math.floor(rnd() * codas.length)] ?? "";
    }
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
