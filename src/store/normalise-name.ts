/**
 * The key names are merged by (speakers, outlets, credited sources): diacritics dropped, case
 * folded, every run of non-letters/digits a single space. "Li  Shangfu", "LI SHANGFU" and
 * "Lí Shangfu" are one speaker; "Tass" and "TASS" one source.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
