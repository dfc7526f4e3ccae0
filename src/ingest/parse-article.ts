import crypto from "node:crypto";
import type {
  FieldOrigin, ManifestEntry, OutletRef, ParsedArticle, Region, SourceDocument, Sourced,
} from "../model/article.ts";
import type { ArticleMessage } from "../model/message.ts";
import { findOutletByName } from "../lexicon/outlet-names.ts";
import { findOutletByDomain } from "../lexicon/outlet-domains.ts";
import type { OutletEntry } from "../lexicon/outlets.ts";
import { classifyRegions, type ClassifiedSegment } from "./classify-regions.ts";
import { detectLanguage } from "./detect-language.ts";
import { findDateline } from "./find-dateline.ts";
import { findQuoteImbalances } from "./find-quote-imbalances.ts";
import { findSiteName } from "./find-site-name.ts";
import { findWrittenDates, type WrittenDate } from "./find-written-dates.ts";
import { resolveEventDate } from "./resolve-event-date.ts";
import { mapPacked } from "./map-packed.ts";

export interface ParseArticleOptions {
  /** the manifest entry for this file, if any: its fields win over everything inferred */
  manifest?: ManifestEntry | undefined;
}

const LONG_PARAGRAPH = 5000;

/**
 * The ingest stage (pure): classifies the text into regions without changing it, and fills the
 * article's metadata, each value with its origin: the manifest first, then what the input gave
 * (JSON fields, HTML meta), then what the text says (date line, header dates, domain lines,
 * dateline, outlet names, "on Tuesday"). Detects the language (non-English: stored, not mined) and
 * computes the content hash of the cleaned body. Problems become messages, never exceptions.
 */
export function parseArticle(doc: SourceDocument, options: ParseArticleOptions): ParsedArticle {
  const { text } = doc;
  const manifest = options.manifest;
  const givenFrom: FieldOrigin = doc.format === "html" ? "html-meta" : "json-field";
  const classified = classifyRegions(text);
  const { segments } = classified;
  const regions: Region[] = classified.regions;

  const bodySegments = segments.filter((s) => s.kind === "body");
  const minedRegions = regions.filter((r) => r.kind === "body" || r.kind === "link-preview");
  const cleanBody = mapPacked(minedRegions, (r) => text.slice(r.start, r.end)).join("\n\n");
  const contentHash = hashContent(cleanBody);

  let publishedAt = findPageDate(doc, manifest, givenFrom, segments);
  const pageDate = publishedAt?.value ?? null;

  // dateline (first three paragraphs)
  const datelineMatch = findDateline(text, mapPacked(bodySegments.slice(0, 3), (s) => s.start), { pageDate });
  const dateline = datelineMatch?.dateline ?? null;
  if (publishedAt === null && dateline?.date) publishedAt = { value: dateline.date, from: "dateline" };

  const eventDate = findEventDate(text, manifest, segments, bodySegments, pageDate, dateline?.date ?? null);
  const outlet = inferOutlet(doc, manifest, givenFrom, segments, classified.titleIndex, datelineMatch?.selfOutlet ?? null);
  const { url, title, byline } = findUrlTitleByline(doc, manifest, givenFrom, segments, classified.titleIndex);
  const language = findLanguage(doc, manifest, cleanBody);
  const mined = language === "en" || language === "und";
  const messages = collectMessages({ text, language, mined, publishedAt, outlet, segments, bodySegments });

  return {
    file: doc.file,
    ...(doc.corpusPath !== undefined ? { corpusPath: doc.corpusPath } : {}),
    format: doc.format,
    text,
    raw: doc.raw,
    rawHash: doc.rawHash,
    contentHash,
    cleanBody,
    regions,
    url,
    title,
    outlet,
    publishedAt,
    eventDate,
    byline,
    dateline,
    language,
    mined,
    messages,
  };
}

/** The content hash of the cleaned body: NFC, whitespace runs folded to one space, trimmed. */
function hashContent(cleanBody: string): string {
  // Whitespace runs become one space. Same result as replace(/\s+/g, " "), but a lone space (most
  // matches) is not a match, so the regex engine is entered 3x less often (linear: no backtracking).
  return sha256Hex(cleanBody.normalize("NFC").replace(/\s{2,}|[^\S ]/g, " ").trim());
}

/** node's one-shot crypto.hash (Node >= 20.12: no Hash object per article), else a Hash; the same hex digest of the UTF-8 text */
const sha256Hex: (s: string) => string = typeof crypto.hash === "function"
  ? (s) => crypto.hash("sha256", s, "hex")
  : (s) => crypto.createHash("sha256").update(s).digest("hex");

/** page date: manifest, given field, date line, then a written date in a header date or byline line */
function findPageDate(
  doc: SourceDocument,
  manifest: ManifestEntry | undefined,
  givenFrom: FieldOrigin,
  segments: readonly ClassifiedSegment[],
): Sourced<string> | null {
  if (manifest?.publishedAt) return { value: manifest.publishedAt, from: "manifest" };
  if (doc.given.date) return { value: doc.given.date, from: givenFrom };
  const dateLine = segments.find((s) => s.reason === "date-line");
  const iso = dateLine ? /\d{4}-\d{2}-\d{2}/.exec(dateLine.text)?.[0] : undefined;
  if (iso) return { value: iso, from: "date-line" };
  for (const s of segments) {
    if (s.kind !== "header" || (s.role !== "date" && s.role !== "byline")) continue;
    const found = findWrittenDates(doc.text, s.start, s.end, { pageDate: null })[0];
    if (found) return { value: found.date, from: "text-date" };
  }
  return null;
}

/** event date: the manifest's, else resolved from the written dates outside boilerplate */
function findEventDate(
  text: string,
  manifest: ManifestEntry | undefined,
  segments: readonly ClassifiedSegment[],
  bodySegments: readonly ClassifiedSegment[],
  pageDate: string | null,
  datelineDate: string | null,
): Sourced<string> | null {
  if (manifest?.eventDate) return { value: manifest.eventDate, from: "manifest" };
  const dates: WrittenDate[] = [];
  // every written date has a digit: segments without one skip the regex. `digitAt` is the first digit at
  // or after the segment searched last (text.length when none); segments come in text order, so
  // each search starts after the previous one's find and the text is scanned once in all
  let digitAt = -1;
  for (const s of segments) {
    if (s.kind === "boilerplate") continue;
    if (digitAt < s.start) {
      DIGIT.lastIndex = s.start;
      digitAt = DIGIT.test(text) ? DIGIT.lastIndex - 1 : text.length;
    }
    if (digitAt >= s.end) continue;
    for (const d of findWrittenDates(text, s.start, s.end, { pageDate })) dates.push(d);
  }
  const resolved = resolveEventDate({
    text,
    bodyRanges: mapPacked(bodySegments, (s) => [s.start, s.end] as const),
    pageDate,
    datelineDate,
    dates,
  });
  return resolved ? { value: resolved.value, from: resolved.from } : null;
}

/** url, title, byline: manifest, then given fields, then the text (title line, byline line) */
function findUrlTitleByline(
  doc: SourceDocument,
  manifest: ManifestEntry | undefined,
  givenFrom: FieldOrigin,
  segments: readonly ClassifiedSegment[],
  titleIndex: number,
): { url: Sourced<string> | null; title: Sourced<string> | null; byline: string | null } {
  let url: Sourced<string> | null = null;
  if (manifest?.url) url = { value: manifest.url, from: "manifest" };
  else if (doc.given.url) url = { value: doc.given.url, from: givenFrom };
  let title: Sourced<string> | null = null;
  if (manifest?.title) title = { value: manifest.title, from: "manifest" };
  else if (doc.given.title) title = { value: doc.given.title, from: givenFrom };
  else if (titleIndex >= 0) title = { value: segments[titleIndex]!.text, from: "text-heading" };
  let byline: string | null = manifest?.byline ?? doc.given.byline ?? null;
  if (byline === null) {
    const line = segments.find((s) => s.kind === "header" && s.role === "byline");
    if (line) byline = bylineName(line.text);
  }
  return { url, title, byline };
}

/** language: the manifest's, else detected (the given one when detection cannot tell) */
function findLanguage(doc: SourceDocument, manifest: ManifestEntry | undefined, cleanBody: string): string {
  if (manifest?.language) return manifest.language;
  // Text in a script the region rules do not read (Chinese, say) can leave no body: judge the whole text then.
  const detected = detectLanguage(/\S/.test(cleanBody) ? cleanBody : doc.text);
  return detected.language === "und" && doc.given.language ? doc.given.language : detected.language;
}

interface Findings {
  text: string;
  language: string;
  mined: boolean;
  publishedAt: Sourced<string> | null;
  outlet: SourcedOutlet | null;
  segments: readonly ClassifiedSegment[];
  bodySegments: readonly ClassifiedSegment[];
}

/** The article's messages: language, notable gaps (no body, date, outlet), long paragraphs, quote imbalances. */
function collectMessages(f: Findings): ArticleMessage[] {
  const messages: ArticleMessage[] = [];
  const { language } = f;
  if (!f.mined) {
    messages.push({ severity: "info", code: "non-english", message: `language "${language}": stored, not mined`, stage: "ingest" });
  } else if (language === "und") {
    messages.push({ severity: "info", code: "language-undetermined", message: "language could not be determined (too little text); mined as English", stage: "ingest" });
  }
  if (f.bodySegments.length === 0) {
    messages.push({ severity: "warning", code: "no-body", message: "no article text found (everything looks like page chrome)", stage: "ingest" });
  }
  if (f.publishedAt === null) messages.push({ severity: "warning", code: "no-date", message: "no page date found (no manifest entry, date line or written date)", stage: "ingest" });
  if (f.outlet === null) messages.push({ severity: "warning", code: "no-outlet", message: "no outlet found (no manifest entry, metadata, known domain or name, or site name in the page chrome): reports say \"unknown outlet\" and the file name", stage: "ingest" });
  for (const s of f.bodySegments) {
    if (s.end - s.start > LONG_PARAGRAPH) {
      messages.push({ severity: "info", code: "long-paragraph", message: `paragraph of ${s.end - s.start} characters`, range: [s.start, s.end], stage: "ingest" });
    }
  }
  const minedParagraphs = mapPacked(f.segments.filter((s) => s.kind === "body" || s.kind === "link-preview"), (s) => [s.start, s.end] as const);
  messages.push(...findQuoteImbalances(f.text, minedParagraphs));
  return messages;
}

type SourcedOutlet = OutletRef & { from: FieldOrigin };

function fromEntry(entry: OutletEntry, from: FieldOrigin): SourcedOutlet {
  return { name: entry.name, domain: entry.domains[0] ?? null, kind: entry.kind, country: entry.country, from };
}

function inferOutlet(
  doc: SourceDocument,
  manifest: ManifestEntry | undefined,
  givenFrom: FieldOrigin,
  segments: readonly ClassifiedSegment[],
  titleIndex: number,
  selfOutlet: OutletEntry | null,
): SourcedOutlet | null {
  if (manifest?.outlet) {
    const m = manifest.outlet;
    const known = (m.domain ? findOutletByDomain(m.domain) : null) ?? findOutletByName(m.name);
    return {
      name: m.name,
      domain: m.domain ?? known?.domains[0] ?? null,
      kind: m.kind ?? known?.kind ?? "unknown",
      country: m.country ?? known?.country ?? null,
      from: "manifest",
    };
  }
  if (manifest?.url) {
    const known = findOutletByDomain(manifest.url);
    if (known) return fromEntry(known, "manifest");
  }
  const given = doc.given;
  if (given.outlet || given.outletDomain) {
    const known = (given.outletDomain ? findOutletByDomain(given.outletDomain) : null) ?? (given.outlet ? findOutletByName(given.outlet) : null);
    if (known) return fromEntry(known, givenFrom);
    return { name: given.outlet ?? given.outletDomain!, domain: given.outletDomain ?? null, kind: "unknown", country: null, from: givenFrom };
  }
  // a domain line in the page header
  for (const s of segments) {
    if (s.role !== "domain" || s.kind !== "header") continue;
    const known = findOutletByDomain(s.text);
    if (known) return fromEntry(known, "text-domain");
    const host = hostOf(s.text);
    return { name: host, domain: host, kind: "unknown", country: null, from: "text-domain" };
  }
  // the site's name printed in the header ("Middle East Monitor")
  for (const s of segments) {
    if (s.kind === "body" || s.kind === "link-preview") break;
    if (s.words > 6) continue;
    const known = findOutletByName(s.text);
    if (known) return fromEntry(known, "lexicon");
  }
  if (selfOutlet) return fromEntry(selfOutlet, "dateline");
  // the site's own name in its chrome (copyright line, "<Site> Latest Posts", masthead). A domain
  // printed lower down is a link-preview card's: the relayed source, never this page's outlet.
  const site = findSiteName(segments, titleIndex);
  if (site) {
    const known = findOutletByName(site.name);
    return known ? fromEntry(known, "page-chrome") : { name: site.name, domain: null, kind: "unknown", country: null, from: "page-chrome" };
  }
  return null;
}

const DIGIT = /[0-9]/g;

function hostOf(line: string): string {
  return line.toLowerCase().replace(/^https?:\/\//, "").replace(/[/?#].*$/, "").replace(/^www\d?\./, "");
}

/** "By Jane Doe" -> "Jane Doe"; "Sumaira FH Published August 18, 2023 | 06:10 PM" -> "Sumaira FH". */
function bylineName(line: string): string {
  const published = /\s+(?:published|posted|updated)\b/i.exec(line);
  const name = published ? line.slice(0, published.index) : line;
  return name.replace(/^by\s+/i, "").trim();
}
