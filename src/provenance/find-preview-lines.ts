/**
 * For each quote start, the bare domain lines in the `window` characters before it (the line holding
 * the window's start included, the quote's own line up to the quote), as a link-preview card prints
 * them: "www.laprensalatina.com" on a line of its own (see find-preview-domains.ts).
 *
 * Linear in the text for any number of quotes: line breaks are listed once, each line's leading
 * space is skipped once, and each quote then visits only the lines of its window. A 2 MB one-line
 * article with thousands of quotes no longer re-reads the whole line per quote (issue 9, defect 6).
 */
import type { PreviewDomain } from "../model/provenance.ts";
import { PREVIEW_FILE_EXTENSIONS } from "../lexicon/file-extensions.ts";

export interface FindPreviewLinesOptions {
  /** look this many characters before each quote start (default 600) */
  window?: number;
}

// One line: optional scheme, a dotted host, optional trailing slash. Labels and dots alternate, so
// the quantifiers never overlap (linear time).
const DOMAIN_LINE = /^(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,6}([a-z]{2,24}))\/?$/i;
const MAX_LINE = 120;

// A line such as "d18f16b8...w-780x470.jpg" (an image's file name left in the page) has the shape
// of a host name; its last label is a file type, not a top-level domain (PREVIEW_FILE_EXTENSIONS).

export function findPreviewLines(
  text: string,
  quoteStarts: readonly number[],
  options: FindPreviewLinesOptions = {},
): PreviewDomain[][] {
  const reach = options.window ?? 600;
  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
  /** line start -> first character of the line that String.prototype.trim keeps (or the line's end) */
  const contentStart = new Map<number, number>();
  const wholeLine = new Map<number, PreviewDomain | null>();

  const firstContent = (lineStart: number, lineEnd: number): number => {
    let a = contentStart.get(lineStart);
    if (a === undefined) {
      a = lineStart;
      while (a < lineEnd && isTrimmed(text.charCodeAt(a))) a++;
      contentStart.set(lineStart, a);
    }
    return a;
  };
  /** the domain of text[lineStart, cut) trimmed, when it is a bare domain line */
  const read = (lineStart: number, lineEnd: number, cut: number): PreviewDomain | null => {
    const a = Math.min(firstContent(lineStart, lineEnd), cut);
    let b = cut;
    while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
    if (b - a > MAX_LINE) return null;
    const line = text.slice(a, b);
    const m = DOMAIN_LINE.exec(line);
    if (!m || !m[1] || PREVIEW_FILE_EXTENSIONS.has((m[2] ?? "").toLowerCase())) return null;
    return { domain: m[1].toLowerCase().replace(/^www\./, ""), evidence: line, start: lineStart };
  };

  return quoteStarts.map((quoteStart) => {
    const found: PreviewDomain[] = [];
    const from = Math.max(0, quoteStart - reach);
    let k = countAtMost(newlines, from);
    let lineStart = k > 0 ? (newlines[k - 1] ?? -1) + 1 : 0;
    while (lineStart < quoteStart) {
      const lineEnd = newlines[k] ?? text.length;
      if (k >= newlines.length || lineEnd > quoteStart) {
        const domain = read(lineStart, lineEnd, quoteStart); // the quote's own line, up to the quote
        if (domain) found.push(domain);
        break;
      }
      let domain = wholeLine.get(lineStart);
      if (domain === undefined) {
        domain = read(lineStart, lineEnd, lineEnd);
        wholeLine.set(lineStart, domain);
      }
      if (domain) found.push(domain);
      lineStart = lineEnd + 1;
      k++;
    }
    return found;
  });
}

/** How many of the ascending `sorted` are <= `value` (binary search). */
function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters String.prototype.trim removes (WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
