import { createHash } from "node:crypto";
import type { ParsedArticle } from "../../src/model/article.ts";
import type { ExtractedQuote, ExtractionResult, SpeakerType } from "../../src/model/quote.ts";
import type { ArticleBundle } from "../../src/store/store.ts";

export interface FixtureQuote {
  /** the quote's text; it must occur in the article text (first occurrence after the previous quote) */
  text: string;
  kind?: ExtractedQuote["kind"];
  speaker?: string | null;
  /** surface form of the speaker; default the name */
  speakerMention?: string;
  /** what the speaker is; default a person */
  speakerType?: SpeakerType;
  source?: string | null;
  repeatOf?: string | null;
}

export interface MakeArticleBundleOptions {
  file: string;
  text: string;
  url?: string | null;
  outlet?: string | null;
  outletDomain?: string | null;
  publishedAt?: string | null;
  eventDate?: string | null;
  title?: string | null;
  quotes?: FixtureQuote[];
  credits?: { name: string; mention: string }[];
  /** null extraction (not mined) */
  noExtraction?: boolean;
}

/** A hand-made ArticleBundle for store tests: offsets computed from the text, hashes real. */
export function makeArticleBundle(options: MakeArticleBundleOptions): ArticleBundle {
  const { text } = options;
  const sha = (s: string): string => createHash("sha256").update(s).digest("hex");
  const article: ParsedArticle = {
    file: options.file,
    format: "txt",
    text,
    raw: text,
    rawHash: sha(text),
    contentHash: sha(text.trim()),
    cleanBody: text.trim(),
    regions: [{ kind: "body", start: 0, end: text.length, reason: "fixture" }],
    url: options.url ? { value: options.url, from: "manifest" } : null,
    title: options.title ? { value: options.title, from: "manifest" } : null,
    outlet: options.outlet
      ? { name: options.outlet, domain: options.outletDomain ?? null, kind: "newspaper", country: null, from: "manifest" }
      : null,
    publishedAt: options.publishedAt ? { value: options.publishedAt, from: "manifest" } : null,
    eventDate: options.eventDate ? { value: options.eventDate, from: "relative-weekday" } : null,
    byline: null,
    dateline: null,
    language: "en",
    mined: true,
    messages: [{ severity: "info", code: "fixture", message: "made by a test", stage: "ingest", range: [0, 1] }],
  };
  if (options.noExtraction) return { article, extraction: null };
  let from = 0;
  const quotes: ExtractedQuote[] = (options.quotes ?? []).map((q, i) => {
    const start = text.indexOf(q.text, from);
    if (start < 0) throw new Error(`fixture quote not in text: ${q.text}`);
    from = start + 1;
    const end = start + q.text.length;
    const speaker = q.speaker ?? null;
    return {
      id: `q${i + 1}`,
      text: q.text,
      start,
      end,
      kind: q.kind ?? "direct",
      speaker: speaker === null ? null : { name: speaker, mention: q.speakerMention ?? speaker, start: 0, end: 1, role: null, type: q.speakerType ?? "person" },
      cue: { text: "said", start: end, end: end + 1 },
      source: q.source ? { name: q.source, mention: `according to ${q.source}`, start: 0, end: 1, scope: "sentence" } : null,
      repeatOf: q.repeatOf ?? null,
      confidence: 0.9,
      rule: "fixture",
    };
  });
  const extraction: ExtractionResult = {
    credits: (options.credits ?? []).map((c) => ({ name: c.name, mention: c.mention, kind: "wire", start: 0, end: 1 })),
    quotes,
    messages: [],
  };
  return { article, extraction };
}
