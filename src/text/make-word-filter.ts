/**
 * A test that rules out most words that are not in `words` without a set or map look-up (which
 * hashes the word): for each ASCII first character, the lengths (up to 31 characters; longer ones
 * share one bit) of the listed words starting with it. `mayBe(w)` is true for every listed word
 * and for few others; a word whose first character is not ASCII always passes. Callers still look
 * the word up when it passes.
 */
export function makeWordFilter(words: Iterable<string>): (word: string) => boolean {
  const lengths = new Int32Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128) lengths[c] = (lengths[c] as number) | lengthBit(w.length);
  }
  return (word: string): boolean => {
    const c = word.charCodeAt(0);
    return c >= 128 || ((lengths[c] as number) & lengthBit(word.length)) !== 0;
  };
}

function lengthBit(length: number): number {
  return length < 31 ? 1 << length : 1 << 31;
}
