import type { MatchWords } from "../match/to-match-words.ts";
import type { PackedMatchWords } from "./pack-match-words.ts";

/**
 * The match words that packMatchWords packed, one MatchWords per text, each word the string
 * `intern` holds for it (added when new): the words of every batch share one string per word.
 */
export function unpackMatchWords(packed: PackedMatchWords, intern: Map<string, string>): MatchWords[] {
  const vocab = packed.vocab.map((w) => {
    const known = intern.get(w);
    if (known !== undefined) return known;
    intern.set(w, w);
    return w;
  });
  const { start, ids, truncated } = packed;
  const out = new Array<MatchWords>(truncated.length);
  for (let i = 0; i < truncated.length; i++) {
    const from = start[i] ?? 0;
    const to = start[i + 1] ?? 0;
    const words: string[] = [];
    for (let p = from; p < to; p++) words.push(vocab[ids[p] ?? 0] ?? "");
    out[i] = { words, truncated: truncated[i] === 1 };
  }
  return out;
}
