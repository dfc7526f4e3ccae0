/** Code-unit order of two strings (locale-independent, so sorted output is the same everywhere). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
