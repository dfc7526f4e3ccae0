import { z } from "zod";
import type { GivenMetadata } from "../model/article.ts";

export type JsonRecordResult = { text: string; given: GivenMetadata } | { reason: string };

const ZOptionalText = z.string().trim().min(1).optional().catch(undefined);

const ZJsonArticleSchema = z.object({
  text: z.string().optional(),
  body: z.string().optional(),
  url: z.string().trim().min(1).optional(),
  outlet: z.union([z.string().trim().min(1), z.object({ name: z.string().trim().min(1), domain: z.string().optional() })]).optional(),
  title: ZOptionalText,
  date: z.string().trim().optional(),
  publishedAt: z.string().trim().optional(),
  byline: ZOptionalText,
  author: ZOptionalText,
  language: ZOptionalText,
});

/**
 * Validates one object of a .json / .jsonl input: `text` or `body` (a non-blank string) is required;
 * url, outlet (a name or {name, domain}), title, date (YYYY-MM-DD or an ISO date-time), byline and
 * language are optional. A record without text or with a malformed date is rejected with a reason.
 */
export function parseJsonRecord(value: unknown): JsonRecordResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { reason: `expected a JSON object with a "text" or "body" field, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}` };
  }
  const parsed = ZJsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: `invalid field ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "malformed"}` };
  }
  const record = parsed.data;
  const text = record.text ?? record.body;
  if (text === undefined) return { reason: 'record has no "text" or "body" field' };
  if (text.trim() === "") return { reason: 'record\'s "text"/"body" is empty' };
  const given: GivenMetadata = {};
  if (record.url) given.url = record.url;
  if (record.url) {
    try {
      given.outletDomain = new URL(record.url).hostname.replace(/^www\./, "");
    } catch {
      // not an absolute URL: kept as given, no domain
    }
  }
  if (typeof record.outlet === "string") given.outlet = record.outlet;
  else if (record.outlet) {
    given.outlet = record.outlet.name;
    if (record.outlet.domain) given.outletDomain = record.outlet.domain.replace(/^www\./, "");
  }
  if (record.title) given.title = record.title;
  const rawDate = record.date ?? record.publishedAt;
  if (rawDate !== undefined && rawDate !== "") {
    const date = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(rawDate);
    if (!date || !isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
      return { reason: `invalid field date: expected YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(rawDate.slice(0, 40))}` };
    }
    given.date = `${date[1]}-${date[2]}-${date[3]}`;
  }
  const byline = record.byline ?? record.author;
  if (byline) given.byline = byline;
  if (record.language) given.language = record.language.slice(0, 2).toLowerCase();
  return { text, given };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
