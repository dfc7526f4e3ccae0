/**
 * An index page from its parts (renderMarkdownIndexParts, renderHtmlIndexParts) and its family
 * rows: the rows are lines between head and tail.
 */
export function joinIndexParts(parts: { head: string; tail: string }, rows: readonly string[]): string {
  return rows.length === 0 ? parts.head + parts.tail.slice(1) : parts.head + rows.join("\n") + parts.tail;
}
