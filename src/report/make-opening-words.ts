/**
 * The first `count` words of a quote (default 8), with "…" when there are more: the index's and
 * the outlet pages' link text for a family. Splits on whitespace runs only (linear).
 */
export function makeOpeningWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= count) return words.join(" ");
  return `${words.slice(0, count).join(" ")} …`;
}
