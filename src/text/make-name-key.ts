/**
 * The one key names are merged by (speakers, outlets, agencies, credited sources), in the store
 * and in the reports alike: diacritics dropped, case folded, every run of non-letters/digits a
 * single space. "Li  Shangfu", "LI SHANGFU" and "Lí Shangfu" are one speaker ("Lavrov" and
 * "Lávrov" one person); "Tass" and "TASS " one source.
 */
export function makeNameKey(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size >= MEMO_SIZE) folded.clear();
    key = fold(name);
    folded.set(name, key);
  }
  return key;
}

/** names folded so far (a run names few speakers many times); cleared when full */
const folded = new Map<string, string>();
const MEMO_SIZE = 100_000;

function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
