import type { ArticleMessage } from "./message.ts";

export type InputFormat = "txt" | "html" | "json" | "jsonl";

export type OutletKind =
  | "wire" | "agency" | "newspaper" | "broadcaster" | "aggregator" | "blog" | "forum" | "unknown";

/** Where a metadata value came from. Kept for every inferred field. */
export type FieldOrigin =
  | "manifest"        // seeds/manifest.json or --manifest FILE
  | "json-field"      // a field of a .json/.jsonl record
  | "html-meta"       // <meta>, <title>, <link rel=canonical>, readability metadata
  | "date-line"       // a first line like " date 2023-08-15"
  | "text-domain"     // a bare domain such as www.laprensalatina.com in the text
  | "dateline"        // "Moscow, Aug 15 (EFE).-"
  | "text-date"       // a written date in the text ("August 15, 2023")
  | "relative-weekday"// "on Tuesday" resolved against other dates in the text
  | "lexicon"         // the outlet lexicon (src/lexicon)
  | "text-heading"    // the page's heading line (title inferred from the text)
  | "page-chrome";    // the site's name in its chrome: copyright line, "<Site> Latest Posts", masthead

export interface Sourced<T> {
  value: T;
  from: FieldOrigin;
}

export interface OutletRef {
  name: string;
  domain: string | null;
  kind: OutletKind;
  country: string | null;
}

/** One file (or one line of a .jsonl file) read from disk, before any processing. */
export interface SourceDocument {
  /** path as given by the user; for .jsonl "<path>#L<line>" (1-based line) */
  file: string;
  /**
   * the file's name relative to the corpus root (the folder given; a file given alone: its bare
   * name), "/"-separated, with the record suffix of `file` ("#L3"): what reports show, never an
   * absolute path. Absent on documents made without readInputs.
   */
  corpusPath?: string;
  format: InputFormat;
  /**
   * The text that all offsets of this article refer to. For .txt: the file's text exactly as
   * read (UTF-8 decoded, BOM dropped, nothing else changed). For .html: the main text from
   * readability. For .json/.jsonl: the record's text/body field.
   */
  text: string;
  /** metadata present in the input itself (JSON fields, HTML meta), already validated */
  given: GivenMetadata;
  /** sha256 hex of the raw bytes (for .jsonl: of the line) */
  rawHash: string;
  /** raw bytes as text, kept for storage (for .txt equal to text) */
  raw: string;
}

export interface GivenMetadata {
  url?: string;
  outlet?: string;
  outletDomain?: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  byline?: string;
  language?: string;
}

/** An entry of seeds/manifest.json (or --manifest FILE), keyed by file name. */
export interface ManifestEntry {
  url?: string;
  title?: string;
  outlet?: { name: string; domain?: string; kind?: OutletKind; country?: string };
  /** page date, YYYY-MM-DD */
  publishedAt?: string;
  /** date of the reported event, YYYY-MM-DD */
  eventDate?: string;
  byline?: string;
  language?: string;
  notes?: string;
}

export type RegionKind =
  | "header"        // title / metadata lines at the top
  | "body"          // article text: mined
  | "link-preview"  // a card re-printing another page's text: kept, marked, mined (quotes become repeats)
  | "boilerplate"   // site chrome, teasers, share prompts, related links: never mined
  | "caption";      // photo captions: never mined, never credits

export interface Region {
  kind: RegionKind;
  start: number;
  end: number;
  /** why it was classified so, e.g. "forum-chrome", "similar-threads", "read-teaser" */
  reason: string;
}

export interface Dateline {
  text: string;
  start: number;
  end: number;
  place: string | null;
  /** YYYY-MM-DD when the dateline carries a date whose year can be inferred */
  date: string | null;
  /** the wire credited inside it, e.g. "EFE" for "Moscow, Aug 15 (EFE).-" */
  wire: string | null;
}

/** Output of the ingest stage (pure): a cleaned, classified article ready for extraction. */
export interface ParsedArticle {
  file: string;
  /** SourceDocument.corpusPath */
  corpusPath?: string;
  format: InputFormat;
  /** see SourceDocument.text: offsets of regions, quotes, credits index this string */
  text: string;
  raw: string;
  rawHash: string;
  /** sha256 hex of the normalised cleaned body: the idempotence key */
  contentHash: string;
  /** body regions joined with blank lines (what a reader would call the article) */
  cleanBody: string;
  regions: Region[];
  url: Sourced<string> | null;
  title: Sourced<string> | null;
  outlet: (OutletRef & { from: FieldOrigin }) | null;
  /** page date, YYYY-MM-DD */
  publishedAt: Sourced<string> | null;
  /** date of the event reported, YYYY-MM-DD */
  eventDate: Sourced<string> | null;
  byline: string | null;
  dateline: Dateline | null;
  /** ISO 639-1 code, "und" when undetermined */
  language: string;
  /** true when the article is stored but not mined (non-English) */
  mined: boolean;
  messages: ArticleMessage[];
}
