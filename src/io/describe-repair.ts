/** The warning for text whose lone surrogates were replaced (see repairLoneSurrogates). */
export function describeRepair(repaired: number): string {
  return `${repaired} lone UTF-16 surrogate${repaired === 1 ? "" : "s"} (half of an emoji or other character, not valid Unicode) replaced with U+FFFD`;
}
