import { MATCH_STOP_WORDS } from "../lexicon/match-stop-words.ts";
import { hashKey } from "./hash-key.ts";
import { makeNameKey } from "./make-name-key.ts";
import { tokenizeQuote } from "./tokenize-quote.ts";

/**
 * The keys under which a mention is stored in the database's candidate index (`mention_key`),
 * written with the mention at ingest and queried for the mentions of a match run. Each kind of key
 * finds what one matching rule compares, never fewer pairs than the in-memory matcher's:
 * - `grams`: the word bigrams of its match words (the comparison keys of tokenizeQuote, as
 *   toMatchWords reads them): the in-memory matcher's blocking (src/match/in-memory/) offers only
 *   pairs that share one;
 * - `speakerWords`: each word of its speaker's name with each of its content words (3+ letters,
 *   not a match stop word): paraphrase links an indirect claim to a direct quote of the same
 *   speaker on shared content words, and a bare "Li" may stand for "Li Shangfu" in its story, so
 *   every name word is a key;
 * - `names`: each word of its speaker's name: stories join articles quoting persons sharing a name
 *   word within days of each other.
 * Keys are 32-bit FNV-1a hashes of a tagged string: a collision only adds a candidate, which the
 * matcher then verifies like any other.
 */
export interface CandidateKeys {
  grams: number[];
  /** the bigram keys in text order, repeats kept (one per pair of adjacent words) */
  sequence: number[];
  speakerWords: number[];
  names: number[];
  /** the three lists together, each key once: the rows a mention is stored under */
  all: number[];
}

export function toCandidateKeys(text: string, speaker: string | null): CandidateKeys {
  const words: string[] = [];
  for (const token of tokenizeQuote(text)) if (token.kind === "word") words.push(token.key);
  const sequence: number[] = [];
  for (let p = 0; p + 1 < words.length; p++) sequence.push(hashKey(`g\u0001${words[p] ?? ""}\u0001${words[p + 1] ?? ""}`));
  const grams = new Set(sequence);
  const nameWords = toNameWords(speaker);
  const speakerWords = new Set<number>();
  if (nameWords.length > 0) {
    const content = new Set(words.filter((w) => w.length >= 3 && !MATCH_STOP_WORDS.has(w)));
    for (const name of nameWords) for (const w of content) speakerWords.add(hashKey(`s\u0001${name}\u0001${w}`));
  }
  const names = nameWords.map((n) => hashKey(`n\u0001${n}`));
  return { grams: [...grams], sequence, speakerWords: [...speakerWords], names, all: [...new Set([...grams, ...speakerWords, ...names])] };
}

/** The distinct words of a speaker's name key ("Li Shangfu" -> li, shangfu). */
function toNameWords(speaker: string | null): string[] {
  if (speaker === null) return [];
  return [...new Set(makeNameKey(speaker).split(" ").filter((w) => w !== ""))];
}
