export interface Prng {
  /** uniform in [0, 1) */
  rnd: () => number;
  /** whole number in [lo, hi] */
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  /** in place (Fisher-Yates) */
  shuffle: <T>(xs: T[]) => void;
}

/** A seeded PRNG (mulberry32) with the helpers the corpus generators draw with: the same seed, the same draws. */
export function makePrng(seed: number): Prng {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    rnd,
    int: (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T,
    shuffle: <T>(xs: T[]): void => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
      }
    },
  };
}
