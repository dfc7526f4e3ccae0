import { z } from "zod";
import type { ManifestEntry } from "../model/article.ts";
import { readFileBytes } from "./read-file-bytes.ts";
import { repairLoneSurrogates } from "./repair-lone-surrogates.ts";

/** A manifest is metadata, a few hundred bytes per article: 64 MB covers some 100,000 articles. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const ZOutletKind = z.enum(["wire", "agency", "newspaper", "broadcaster", "aggregator", "blog", "forum", "unknown"]);

const ZManifestOutlet = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z.object({
    name: z.string().min(1),
    domain: z.string().min(1).optional(),
    kind: ZOutletKind.optional(),
    country: z.string().min(1).optional(),
  }),
);

const ZManifestEntrySchema = z.object({
  url: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  outlet: ZManifestOutlet.optional(),
  publishedAt: ZDate.optional(),
  eventDate: ZDate.optional(),
  byline: z.string().optional(),
  language: z.string().min(2).optional(),
  notes: z.string().optional(),
});

const ZManifestArrayItemSchema = ZManifestEntrySchema.extend({ file: z.string().min(1) });

/**
 * Reads a manifest (seeds/manifest.json or --manifest FILE): metadata keyed by file name
 * ("000.txt", or a path relative to the manifest's folder). Two shapes are accepted:
 * an object `{ "<file>": entry, ... }` (keys starting with "_" are comments) or an array of
 * entries each with a `file` field. Throws an Error that names the file and the bad field.
 */
export async function readManifest(path: string): Promise<Map<string, ManifestEntry>> {
  // opened without blocking: a named pipe called manifest.json is refused, not waited on
  const read = readFileBytes(path, MANIFEST_MAX_BYTES);
  if ("reason" in read) throw new Error(`cannot read manifest ${path}: ${read.reason}`);
  const raw = read.bytes.toString("utf8");
  let data: unknown;
  try {
    // lone surrogates become U+FFFD as in articles (PostgreSQL refuses them); a manifest has no
    // channel for warnings, so this one repair is silent
    data = repairLoneSurrogates(JSON.parse(raw.replace(/^\uFEFF/, ""))).value;
  } catch (error) {
    throw new Error(`manifest ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const entries = new Map<string, ManifestEntry>();
  const add = (key: string, value: unknown) => {
    const parsed = ZManifestEntrySchema.safeParse(value);
    if (!parsed.success) {
      throw new Error(`manifest ${path}: entry "${key}" is malformed: ${describeIssues(parsed.error)}`);
    }
    entries.set(normaliseKey(key), dropUndefined(parsed.data));
  };
  if (Array.isArray(data)) {
    data.forEach((item, index) => {
      const parsed = ZManifestArrayItemSchema.safeParse(item);
      if (!parsed.success) {
        throw new Error(`manifest ${path}: item ${index} is malformed: ${describeIssues(parsed.error)}`);
      }
      const { file, ...entry } = parsed.data;
      add(file, entry);
    });
  } else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith("_")) continue;
      add(key, value);
    }
  } else {
    throw new Error(`manifest ${path} must be a JSON object keyed by file name (or an array of entries with "file")`);
  }
  return entries;
}

function normaliseKey(key: string): string {
  return key.replace(/\\/g, "/").replace(/^\.\//, "");
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(entry)"}: ${issue.message}`)
    .join("; ");
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
