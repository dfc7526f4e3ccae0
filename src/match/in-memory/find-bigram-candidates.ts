import { containedEdits, OVERLAP_WORDS } from "../verify-pair.ts";
import type { BigramIndex } from "./build-bigram-index.ts";

/**
 * The keys sharing enough word bigrams with key `i` to be verified, appended to `out`:
 * 2 shared bigrams (1 when either side has at most 6 words); bigrams carried by more than
 * `maxPostings` keys are boilerplate and skipped; then a q-gram filter that keeps every pair
 * verifyPair can accept (each word edit destroys at most 2 distinct bigrams of either wording, so
 * two wordings of about the same length within distance d share at least max(bigrams) - 2d, and
 * a shorter wording found inside a longer one with e edits shares at least its bigrams - 2e;
 * overlapping excerpts share a run of OVERLAP_WORDS words; skipped boilerplate bigrams count as
 * shared). A key that is queried too is offered only from the lower index: when every key is
 * queried (a rebuild), each posting list (ascending) is read from the first key after the query.
 */
export function findBigramCandidates(i: number, index: BigramIndex, out: number[]): void {
  const { keys, options, queried, allQueried, wordCount, keyGramStart, grams, postStart, postings, stamp, count, touched } = index;
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
    let from = s;
    if (allQueried) {
      // postings are ascending: skip to the first key after i
      let hi = e;
      while (from < hi) {
        const mid = (from + hi) >>> 1;
        if ((postings[mid] ?? 0) <= i) from = mid + 1;
        else hi = mid;
      }
    }
    for (let q = from; q < e; q++) {
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
  const li = ki.words.length;
  // typed arrays only (no key object read per touched key: a million keys do not fit in a cache)
  for (const j of touched) {
    const lj = wordCount[j] ?? 0;
    const shortest = li < lj ? li : lj;
    const shared = count[j] ?? 0;
    if (shared < (shortest <= 6 ? 1 : 2)) continue;
    const gramsJ = (keyGramStart[j + 1] ?? 0) - (keyGramStart[j] ?? 0);
    const threshold = options.editThreshold(Math.max(li, lj));
    // the least shared bigrams of a whole-wording or a contained match (see verifyPair)
    const least = Math.abs(li - lj) <= threshold
      ? Math.max(gramsI, gramsJ) - 2 * threshold
      : (li < lj ? gramsI : gramsJ) - 2 * containedEdits(shortest, options);
    // or overlapping by a run of OVERLAP_WORDS words (OVERLAP_WORDS - 1 bigrams)
    if (shared + skipped < least && shared < OVERLAP_WORDS - 1) continue;
    out.push(j);
  }
}
