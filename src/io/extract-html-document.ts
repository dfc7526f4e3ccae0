import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { GivenMetadata } from "../model/article.ts";

export interface HtmlDocumentText {
  /** main text, paragraphs separated by blank lines, line breaks (<br>) kept as "\n" */
  text: string;
  given: GivenMetadata;
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

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "TABLE", "TR", "TD", "TH", "UL",
]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "BUTTON", "SELECT"]);

/**
 * The main text of an HTML page (through @mozilla/readability over linkedom, falling back to the
 * whole body when readability finds no article) and the metadata the page itself gives: title,
 * canonical URL, og:site_name, article:published_time / date meta, author, html lang.
 */
export function extractHtmlDocument(html: string): HtmlDocumentText {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const given = readHeadMetadata(document);
  let text = "";
  try {
    // Readability mutates the document, so the head metadata is read first.
    const reader = new Readability(document as never, { serializer: (node: unknown) => blockText(node as DomNode) });
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
