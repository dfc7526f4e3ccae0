/**
 * The one key names are merged by (speakers, outlets, agencies, credited sources), in the store
 * and in the reports alike: diacritics dropped, case folded, every run of non-letters/digits a
 * single space. "Li  Shangfu", "LI SHANGFU" and "Lí Shangfu" are one speaker ("Lavrov" and
 * "Lávrov" one person); "Tass" and "TASS " one source.
 */
export function makeNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
