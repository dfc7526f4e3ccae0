/**
 * 32-bit FNV-1a of the UTF-16 units, as a signed int4: the keys of the database's candidate and
 * story indexes (toCandidateKeys, toStoryKeys). A collision only adds a candidate, which the
 * matcher then verifies like any other.
 */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
