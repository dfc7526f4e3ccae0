import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { GivenMetadata } from "../model/article.ts";
import { HTML_BLOCK_TAGS as BLOCK_TAGS, HTML_SKIPPED_TAGS as SKIP_TAGS } from "../lexicon/html-tags.ts";

export interface HtmlDocumentText {
  /** main text, paragraphs separated by blank lines, line breaks (<br>) kept as "\n" */
  text: string;
  given: GivenMetadata;
  /** set when the page was not read (too deep or too many elements), with the reason; text is then "" */
  refused?: string;
}

/** Minimal view of the DOM nodes we walk (linkedom's nodes; the project has no DOM lib types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

interface DomDocument {
  querySelector(selector: string): DomElement | null;
  documentElement: DomElement | null;
  body: DomNode | null;
  title: string;
}

/**
 * Bounds on one page, checked before Readability runs. Readability's cost grows with nesting depth
 * times element count (measured: 2,000 nested <div>s, a 24 KB file, took 63 s; 800 took 3.7 s;
 * 250 levels x 400 = 100,000 elements 7 s), while real news pages nest 10-60 levels deep and hold
 * a few thousand elements. A page beyond either bound is rejected with the reason.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 50_000;

/**
 * The main text of an HTML page (through @mozilla/readability over linkedom, falling back to the
 * whole body when readability finds no article) and the metadata the page itself gives: title,
 * canonical URL, og:site_name, article:published_time / date meta, author, html lang. A fragment
 * without <body> is read as the body. A page nested deeper than MAX_HTML_DEPTH or with more than
 * MAX_HTML_ELEMENTS elements is refused (`refused` gives the reason; see above).
 */
export function extractHtmlDocument(html: string): HtmlDocumentText {
  const { document } = parseHTML(ensureBody(html)) as unknown as { document: DomDocument };
  const size = measureTree(document as unknown as DomNode);
  if (size.depth > MAX_HTML_DEPTH) {
    return { text: "", given: {}, refused: `HTML nested too deeply: ${size.depth} levels (limit ${MAX_HTML_DEPTH}); not read, to bound the work per page` };
  }
  if (size.elements > MAX_HTML_ELEMENTS) {
    return { text: "", given: {}, refused: `HTML page too complex: ${size.elements} elements (limit ${MAX_HTML_ELEMENTS}); not read, to bound the work per page` };
  }
  const given = readHeadMetadata(document);
  let text = "";
  try {
    // Readability mutates the document, so the head metadata is read first.
    const reader = new Readability(document as never, {
      serializer: (node: unknown) => blockText(node as DomNode),
      maxElemsToParse: MAX_HTML_ELEMENTS,
    });
    const article = reader.parse();
    if (article) {
      text = typeof article.content === "string" ? article.content : "";
      if (!given.title && article.title) given.title = article.title.trim();
      if (!given.byline && article.byline) given.byline = article.byline.trim();
      if (!given.outlet && article.siteName) given.outlet = article.siteName.trim();
      if (!given.date && article.publishedTime) {
        const date = toIsoDate(article.publishedTime);
        if (date) given.date = date;
      }
      if (!given.language && article.lang) given.language = article.lang.slice(0, 2).toLowerCase();
    }
  } catch {
    text = "";
  }
  if (text.trim() === "" && document.body) text = blockText(document.body);
  return { text, given: dropEmpty(given) };
}

/**
 * The page as a whole document: linkedom, unlike a browser, does not add the <body> a fragment
 * ("<p>text</p>") leaves out, and Readability then finds nothing. Linear scans only.
 */
function ensureBody(html: string): string {
  if (/<body[\s>/]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return `${html.slice(0, at)}<body>${html.slice(at)}</body>`;
  }
  const htmlOpen = /<html(?:\s[^>]*)?>/i.exec(html);
  if (htmlOpen) {
    const at = htmlOpen.index + htmlOpen[0].length;
    return `${html.slice(0, at)}<head></head><body>${html.slice(at)}</body>`;
  }
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Deepest element nesting and element count of a tree, by an iterative walk (no recursion). */
function measureTree(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: level } = stack.pop()!;
    if (node.nodeType === 1) {
      elements++;
      if (level > depth) depth = level;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child && child.nodeType === 1) stack.push({ node: child, depth: level + 1 });
    }
  }
  return { depth, elements };
}

function readHeadMetadata(document: DomDocument): GivenMetadata {
  const meta = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    return value ? value : undefined;
  };
  const given: GivenMetadata = {};
  const title = meta('meta[property="og:title"]') ?? document.title?.trim();
  if (title) given.title = title.replace(/\s+/g, " ");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ?? meta('meta[property="og:url"]');
  if (canonical && /^https?:\/\//i.test(canonical)) {
    given.url = canonical;
    try {
      given.outletDomain = new URL(canonical).hostname.replace(/^www\./, "");
    } catch {
      // an unparsable canonical URL is kept as given, without a domain
    }
  }
  const site = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  if (site) given.outlet = site;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publish-date"]') ??
    meta('meta[name="DC.date.issued"]');
  const date = published ? toIsoDate(published) : null;
  if (date) given.date = date;
  const author = meta('meta[name="author"]');
  if (author) given.byline = author;
  const lang = document.documentElement?.getAttribute("lang")?.trim();
  if (lang) given.language = lang.slice(0, 2).toLowerCase();
  return given;
}

/** "2023-08-15T10:00:00Z" / "2023-08-15" / "Tue, 15 Aug 2023 ..." -> "2023-08-15"; null if not a date. */
function toIsoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Text of a subtree: block elements become paragraphs (blank line between), <br> a line break. */
function blockText(root: DomNode): string {
  let out = "";
  let current = "";
  let separator = "\n\n";
  const flush = (next: "\n" | "\n\n") => {
    const text = current.replace(/[\s\u00a0]+/g, " ").trim();
    current = "";
    if (text !== "") {
      out += (out === "" ? "" : separator) + text;
      separator = next;
    } else if (next === "\n\n") {
      separator = "\n\n";
    }
  };
  // Iterative walk (enter/exit) so that deeply nested markup cannot overflow the stack.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    const tag = node.nodeName.toUpperCase();
    if (exit) {
      if (BLOCK_TAGS.has(tag)) flush("\n\n");
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === "BR") {
      flush("\n");
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush("\n\n");
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush("\n\n");
  return out;
}

function dropEmpty(given: GivenMetadata): GivenMetadata {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => typeof v === "string" && v !== "")) as GivenMetadata;
}
