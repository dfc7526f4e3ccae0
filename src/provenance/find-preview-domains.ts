/**
 * Bare domains standing on a line of their own shortly before a quote, as a link-preview card
 * prints them (seed 000 re-prints La Prensa Latina's headline and first quote under
 * "www.laprensalatina.com"). Such a line is evidence that the text around it came from that site.
 */

export interface PreviewDomain {
  /** host without "www.", lower case: "laprensalatina.com" */
  domain: string;
  /** the line as written, trimmed: "www.laprensalatina.com" */
  evidence: string;
  start: number;
}

export interface FindPreviewDomainsOptions {
  /** look this many characters before each quote start (default 600) */
  window?: number;
}

// One line: optional scheme, a dotted host, optional trailing slash. Labels and dots alternate, so
// the quantifiers never overlap (linear time).
const DOMAIN_LINE = /^(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,6}([a-z]{2,24}))\/?$/i;

// A line such as "d18f16b8...w-780x470.jpg" (an image's file name left in the page) has the shape
// of a host name; its last label is a file type, not a top-level domain.
const FILE_TYPES = new Set([
  "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "ico", "pdf", "doc", "docx",
  "htm", "html", "php", "asp", "aspx", "jsp", "mp3", "mp4", "mov", "avi", "webm", "txt", "json", "xml", "js", "css", "zip",
]);

export function findPreviewDomains(
  text: string,
  quoteStarts: readonly number[],
  options: FindPreviewDomainsOptions = {},
): PreviewDomain[] {
  const reach = options.window ?? 600;
  const found = new Map<number, PreviewDomain>();
  for (const quoteStart of quoteStarts) {
    const from = Math.max(0, quoteStart - reach);
    let lineStart = text.lastIndexOf("\n", from) + 1;
    while (lineStart < quoteStart) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0 || lineEnd > quoteStart) lineEnd = Math.min(quoteStart, lineEnd < 0 ? text.length : lineEnd);
      const line = text.slice(lineStart, lineEnd).trim();
      if (line.length <= 120) {
        const m = DOMAIN_LINE.exec(line);
        if (m && m[1] && !FILE_TYPES.has((m[2] ?? "").toLowerCase()) && !found.has(lineStart)) {
          found.set(lineStart, { domain: m[1].toLowerCase().replace(/^www\./, ""), evidence: line, start: lineStart });
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
