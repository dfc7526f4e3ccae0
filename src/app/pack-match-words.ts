import { toMatchWords } from "../match/to-match-words.ts";

/**
 * The match words of a batch of texts in a few flat arrays (what a worker thread sends back):
 * each distinct word once (`vocab`), each text's words as indices into it. A million texts' words
 * sent back as string arrays would be 25 million strings to allocate, copy and intern on the
 * receiving thread; this is one string per distinct word and three typed arrays.
 */
export interface PackedMatchWords {
  vocab: string[];
  /** text i's words are vocab[ids[start[i]]] .. vocab[ids[start[i + 1] - 1]] */
  start: Int32Array;
  ids: Int32Array;
  /** 1: text i opens or ends with an ellipsis (MatchWords.truncated) */
  truncated: Uint8Array;
}

/** toMatchWords of each text, packed (see PackedMatchWords; unpackMatchWords gives them back). */
export function packMatchWords(texts: readonly string[]): PackedMatchWords {
  const n = texts.length;
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  const start = new Int32Array(n + 1);
  const truncated = new Uint8Array(n);
  let ids = new Int32Array(Math.max(16, n * 24));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const { words, truncated: cut } = toMatchWords(texts[i] ?? "");
    start[i] = at;
    truncated[i] = cut ? 1 : 0;
    if (at + words.length > ids.length) {
      const grown = new Int32Array(Math.max(ids.length * 2, at + words.length));
      grown.set(ids);
      ids = grown;
    }
    for (const w of words) {
      let id = idOf.get(w);
      if (id === undefined) {
        id = vocab.length;
        idOf.set(w, id);
        vocab.push(w);
      }
      ids[at++] = id;
    }
  }
  start[n] = at;
  return { vocab, start, ids: ids.slice(0, at), truncated };
}
