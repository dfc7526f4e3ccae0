/**
 * An article URL fit to be a link target, or null: only http(s) URLs qualify (no `javascript:`,
 * `data:`...), re-serialised by the URL parser, with the characters that could end a Markdown
 * link or table cell or an HTML attribute percent-encoded. Still escape it for HTML attributes.
 */
export function makeSafeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[<>"'`|()\[\]\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
