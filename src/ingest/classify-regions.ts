import type { Region, RegionKind } from "../model/article.ts";
import { classifyLine, type LineRole } from "./classify-line.ts";
import { endsSentence } from "./ends-sentence.ts";
import { mapPacked } from "./map-packed.ts";
import { splitSegments, type Segment } from "./split-segments.ts";

export interface ClassifiedSegment extends Segment {
  kind: RegionKind;
  reason: string;
  /** what the line said about itself (classify-line), null for an ordinary line */
  role: LineRole | null;
}

export interface ClassifiedText {
  segments: ClassifiedSegment[];
  /** in text order, non-overlapping; blank lines between two segments of one region belong to it */
  regions: Region[];
  /** index of the segment taken as the title, -1 if none */
  titleIndex: number;
  /** index of the first article paragraph, -1 if none */
  firstBodyIndex: number;
}

/** At most this many repeated-text searches per article (each is a scan of the folded text). */
const MAX_PREVIEW_SEARCHES = 40;

/** Boilerplate reasons that make a neighbouring short line chrome too (user names, values, flags). */
const STICKY = new Set(["forum-chrome", "share-prompt", "comment-prompt", "counter", "cookie-notice"]);

/**
 * Splits a text into header, body, link-preview, boilerplate and caption regions without changing
 * it (offsets index `text`). Works on lines: each line is first classified by its own text
 * (classify-line), then by context: the header zone before the first real paragraph, lists after a
 * "Similar threads" / "Featured Stories" heading, a forum profile label's value, short lines next to
 * chrome, a bare domain followed by lines that re-print earlier text (a link-preview card), and
 * short unpunctuated lines after the last paragraph. Linear in the text.
 */
export function classifyRegions(text: string): ClassifiedText {
  const segments = classifyOwnLines(text);
  const ends = mapPacked(segments, (s) => endsSentence(s.text));
  const lines: Lines = { segments, ends };
  applyOwnRoles(segments); // 1
  markProfileValues(segments); // 2
  const first = findFirstParagraph(lines); // 3
  const bodyFrom = first < 0 ? segments.length : first;
  const title = pickTitle(segments, bodyFrom); // 4
  markZones(segments, title, bodyFrom); // 5
  markListRuns(lines); // 6
  markPreviewCards(segments, bodyFrom); // 7
  markChromeNeighbours(lines, title); // 8
  markTrailingFurniture(lines, bodyFrom); // 9
  return { segments, regions: mergeRegions(segments), titleIndex: title, firstBodyIndex: first };
}

/** The segments with what each line says about itself (classify-line); every kind starts as body. */
function classifyOwnLines(text: string): ClassifiedSegment[] {
  return mapPacked(splitSegments(text), (s) => {
    const line = classifyLine(s.text, s.words);
    return {
      index: s.index, start: s.start, end: s.end, text: s.text, words: s.words,
      kind: "body", reason: line === null ? "article" : line.reason, role: line === null ? null : line.role,
    };
  });
}

/** The segments and, per segment, whether it ends a sentence. */
interface Lines {
  segments: ClassifiedSegment[];
  ends: boolean[];
}

function isParagraph({ segments, ends }: Lines, i: number): boolean {
  return segments[i]!.role === null && ((segments[i]!.words >= 8 && ends[i]!) || segments[i]!.words >= 20);
}

function isStrongParagraph({ segments, ends }: Lines, i: number): boolean {
  return (segments[i]!.words >= 15 && ends[i]!) || segments[i]!.words >= 30;
}

/** 1. roles that decide the kind on their own */
function applyOwnRoles(segments: ClassifiedSegment[]): void {
  for (const s of segments) {
    switch (s.role) {
      case "date-line":
        s.kind = "header";
        break;
      case "chrome": case "list-heading": case "profile-label": case "teaser": case "counter":
        s.kind = "boilerplate";
        break;
      case "image-file": case "photo-caption":
        s.kind = "caption";
        break;
      default:
        break;
    }
  }
}

/** 2. a forum profile label's value ("Joined" / "Nov 4, 2011") is chrome whatever it looks like */
function markProfileValues(segments: ClassifiedSegment[]): void {
  for (let i = 0; i + 1 < segments.length; i++) {
    const next = segments[i + 1]!;
    if (segments[i]!.role === "profile-label" && next.words <= 5 && next.kind !== "boilerplate") {
      next.kind = "boilerplate";
      next.reason = "forum-chrome";
      next.role = "chrome";
    }
  }
}

/** 3. the first article paragraph ends the header zone; -1 if none */
function findFirstParagraph(lines: Lines): number {
  const { segments, ends } = lines;
  const n = segments.length;
  let first = -1;
  for (let i = 0; i < n && first < 0; i++) if (isParagraph(lines, i)) first = i;
  for (let i = 0; i < n && first < 0; i++) if (segments[i]!.role === null && ends[i]) first = i;
  for (let i = 0; i < n && first < 0; i++) if (segments[i]!.role === null) first = i;
  return first;
}

/**
 * 4. title: a heading-like line of the header zone, preferring one the page repeats, then one that
 * does not open with a quote mark, then the longest; -1 if none.
 * (only lines with as many words as some candidate are folded and counted: folding every line is costly)
 */
function pickTitle(segments: readonly ClassifiedSegment[], bodyFrom: number): number {
  const counts = new Map<string, number>();
  const candidateWords = new Set<number>();
  for (let i = 0; i < bodyFrom; i++) {
    const s = segments[i]!;
    if (s.role === null && s.words >= 3 && s.words <= 40) candidateWords.add(s.words);
  }
  for (const s of segments) {
    if (!candidateWords.has(s.words)) continue;
    const key = foldLine(s.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let title = -1;
  let titleScore = -1;
  for (let i = 0; i < bodyFrom; i++) {
    const s = segments[i]!;
    if (s.role !== null || s.words < 3 || s.words > 40 || /[.:]$/.test(s.text)) continue;
    // a line that opens with a quote mark is more often a pull quote than the headline
    const pullQuote = /^["“”‘’'«»„]/.test(s.text);
    const score = ((counts.get(foldLine(s.text)) ?? 0) > 1 ? 1000 : 0) + (pullQuote ? 0 : 500) + s.words;
    if (score > titleScore) {
      title = i;
      titleScore = score;
    }
  }
  return title;
}

/** 5. header zone and body zone */
function markZones(segments: ClassifiedSegment[], title: number, bodyFrom: number): void {
  const titleKey = title >= 0 ? foldLine(segments[title]!.text) : null;
  const titleWords = title >= 0 ? segments[title]!.words : -1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const inHeader = i < bodyFrom;
    if (i === title) {
      s.kind = "header";
      s.reason = "title";
      continue;
    }
    if (s.kind !== "body") continue;
    if (titleKey !== null && s.role === null && s.words === titleWords && foldLine(s.text) === titleKey) {
      s.kind = "header";
      s.reason = "title-repeat";
      continue;
    }
    switch (s.role) {
      case null:
        if (inHeader) {
          s.kind = "header";
          s.reason = "site-meta";
        }
        break;
      case "date": case "byline": case "page-meta":
        s.kind = inHeader || s.role === "byline" ? "header" : "boilerplate";
        break;
      case "domain":
        s.kind = inHeader ? "header" : "boilerplate";
        break;
      default:
        break; // credit-line stays in the body
    }
  }
}

/** 6. lists after a list heading run until the next real paragraph */
function markListRuns(lines: Lines): void {
  const { segments } = lines;
  const n = segments.length;
  for (let i = 0; i < n; i++) {
    if (segments[i]!.role !== "list-heading") continue;
    let j = i + 1;
    for (; j < n && !isStrongParagraph(lines, j); j++) {
      const s = segments[j]!;
      if (s.kind === "body" || s.kind === "header") {
        s.kind = "boilerplate";
        s.reason = segments[i]!.reason;
      }
    }
    i = j - 1;
  }
}

/** 7. a bare domain followed by lines that re-print earlier text is a link-preview card */
function markPreviewCards(segments: ClassifiedSegment[], bodyFrom: number): void {
  const n = segments.length;
  let folded: Folded | null = null;
  let searches = 0;
  for (let i = bodyFrom + 1; i < n; i++) {
    if (segments[i]!.role !== "domain") continue;
    folded ??= foldAll(segments);
    const limit = folded.offsets[i]!;
    let last = i;
    for (let j = i + 1; j < n && j <= i + 6; j++) {
      const s = segments[j]!;
      if (s.role !== null && s.role !== "date") break;
      const needle = foldLine(s.text).replace(/(?:\.{3}|…)$/, "").slice(0, 80);
      // indexOf finds the first occurrence: one before the domain line exists iff it is before it.
      // Searches are capped so that a page of thousands of domain lines stays linear.
      if (needle.length < 12 || searches++ >= MAX_PREVIEW_SEARCHES) break;
      const at = folded.all.indexOf(needle);
      if (at < 0 || at >= limit) break;
      last = j;
    }
    if (last > i) {
      for (let j = i; j <= last; j++) {
        segments[j]!.kind = "link-preview";
        segments[j]!.reason = "repeated-text";
      }
      i = last;
    }
  }
}

/** 8. short unpunctuated lines next to chrome are chrome (user names, values, flags, dates) */
function markChromeNeighbours({ segments, ends }: Lines, title: number): void {
  const n = segments.length;
  const shortLine = (i: number) => {
    const s = segments[i]!;
    return i !== title && s.role === null && s.words <= 3 && s.text.length <= 40 && !ends[i] && (s.kind === "body" || (s.kind === "header" && s.reason !== "date-line"));
  };
  const sticky = (i: number) => segments[i]!.kind === "boilerplate" && STICKY.has(segments[i]!.reason);
  for (let i = 1; i < n; i++) {
    if (shortLine(i) && sticky(i - 1)) {
      segments[i]!.kind = "boilerplate";
      segments[i]!.reason = segments[i - 1]!.reason;
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    if (shortLine(i) && sticky(i + 1)) {
      segments[i]!.kind = "boilerplate";
      segments[i]!.reason = segments[i + 1]!.reason;
    }
  }
}

/** 9. unpunctuated lines after the last paragraph are page furniture, not article */
function markTrailingFurniture(lines: Lines, bodyFrom: number): void {
  const { segments, ends } = lines;
  const n = segments.length;
  let lastParagraph = -1;
  for (let i = n - 1; i >= 0 && lastParagraph < 0; i--) {
    const s = segments[i]!;
    if ((s.kind === "body" || s.kind === "link-preview") && (isParagraph(lines, i) || ends[i])) lastParagraph = i;
  }
  for (let i = Math.max(lastParagraph + 1, bodyFrom); i < n; i++) {
    const s = segments[i]!;
    if (s.kind === "body" && s.reason === "article" && !ends[i]) {
      s.kind = "boilerplate";
      s.reason = "trailing-chrome";
    }
  }
}

/** Lower case, straight quotes, folded whitespace: for comparing lines. */
function foldLine(line: string): string {
  let out = line.toLowerCase();
  const nonAscii = NON_ASCII.test(out);
  if (nonAscii) out = out.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
  if (nonAscii || out.includes("  ") || out.includes("\t") || out.includes("\r")) out = out.replace(/\s+/g, " ");
  return out;
}
const NON_ASCII = /[^\x00-\x7f]/;

interface Folded { all: string; offsets: number[] }

function foldAll(segments: readonly Segment[]): Folded {
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (const s of segments) {
    offsets.push(length);
    const folded = foldLine(s.text);
    parts.push(folded);
    length += folded.length + 1;
  }
  return { all: parts.join("\n"), offsets };
}

function mergeRegions(segments: readonly ClassifiedSegment[]): Region[] {
  const regions: Region[] = [];
  for (const s of segments) {
    const last = regions[regions.length - 1];
    if (last && last.kind === s.kind && last.reason === s.reason) last.end = s.end;
    else regions.push({ kind: s.kind, start: s.start, end: s.end, reason: s.reason });
  }
  return regions;
}
