import { OVERLAP_WORDS } from "../verify-pair.ts";
import type { BigramIndex } from "./build-bigram-index.ts";

/**
 * The keys sharing enough word bigrams with key `i` to be verified, appended to `out`:
 * 2 shared bigrams (1 when either side has at most 6 words); bigrams carried by more than
 * `maxPostings` keys are boilerplate and skipped; then a q-gram filter (each word edit destroys
 * at most 2 distinct bigrams of the shorter wording, so a pair within the largest allowed
 * distance shares at least its bigrams - 2 * that distance; skipped boilerplate bigrams count as
 * shared). A key that is queried too is offered only from the lower index.
 */
export function findBigramCandidates(i: number, index: BigramIndex, out: number[]): void {
  const { keys, options, queried, keyGramStart, grams, postStart, postings, stamp, count, touched } = index;
  const ki = keys[i];
  if (ki === undefined || ki.words.length < 2) return;
  touched.length = 0;
  let skipped = 0;
  for (let p = keyGramStart[i] ?? 0; p < (keyGramStart[i + 1] ?? 0); p++) {
    const id = grams[p] ?? 0;
    const s = postStart[id] ?? 0;
    const e = postStart[id + 1] ?? 0;
    if (e - s > options.maxPostings) {
      skipped++;
      continue;
    }
    for (let q = s; q < e; q++) {
      const j = postings[q] ?? 0;
      if (j === i) continue;
      // each pair once: from its lower index when both sides are queried
      if (j < i && queried[j] === 1) continue;
      if (stamp[j] !== i) {
        stamp[j] = i;
        count[j] = 1;
        touched.push(j);
      } else {
        count[j] = (count[j] ?? 0) + 1;
      }
    }
  }
  const gramsI = (keyGramStart[i + 1] ?? 0) - (keyGramStart[i] ?? 0);
  for (const j of touched) {
    const kj = keys[j];
    if (kj === undefined) continue;
    const shortest = Math.min(ki.words.length, kj.words.length);
    const shared = count[j] ?? 0;
    if (shared < (shortest <= 6 ? 1 : 2)) continue;
    const most = Math.max(options.editThreshold(Math.max(ki.words.length, kj.words.length)), shortest < 8 ? 0 : options.editThreshold(shortest));
    const gramsJ = (keyGramStart[j + 1] ?? 0) - (keyGramStart[j] ?? 0);
    // within the edit distance, or overlapping by a run of OVERLAP_WORDS words (OVERLAP_WORDS - 1 bigrams)
    if (shared + skipped < Math.min(gramsI, gramsJ) - 2 * most && shared < OVERLAP_WORDS - 1) continue;
    out.push(j);
  }
}
