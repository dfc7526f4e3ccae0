/**
 * Lower-case word tokens for fuzzy lookup: NFKC, case folded, curly quotes and dashes folded,
 * text in [brackets] kept (a user may search for an editor's insertion), then runs of letters and
 * digits. Linear time.
 */
export function tokeniseWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}
