/** Lower-case particles that belong to names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le", "van", "von", "y", "zu",
]);
