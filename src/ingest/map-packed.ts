/**
 * `items.map(f)` as a packed array. Array.prototype.map gives a PACKED array in the interpreter
 * but a HOLEY one once TurboFan inlines it, so an array that `.map` builds changes its map when
 * its producer is optimised, and every optimised consumer that saw the other map is dropped
 * ("wrong map") and compiled again. Pushing keeps one elements kind whoever runs it
 * (tests/ingest/map-packed.test.ts pins it).
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}
