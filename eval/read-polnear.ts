import { z } from "zod";
import type { PolnearDoc } from "./types.ts";

const ZSpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const ZPartSchema = z.object({ spans: z.array(ZSpanSchema), text: z.string() }).nullable();
const ZLineSchema = z.object({
  doc_id: z.string(),
  annotator: z.string(),
  publisher: z.string(),
  wire: z.string().nullable().optional(),
  text: z.string(),
  attributions: z.array(
    z.object({ id: z.string(), source: ZPartSchema.optional(), cue: ZPartSchema.optional(), content: ZPartSchema.optional() }),
  ),
});

export interface ReadPolnearOptions {
  /** keep only the first N articles (after the first-line-per-doc_id rule) */
  limit?: number;
  /** name shown in error messages (the path) */
  label?: string;
}

/**
 * Parses PolNeAR JSONL text (see the eval data README) into articles, keeping the FIRST line of
 * each doc_id as the protocol requires (some articles were annotated twice). Throws on a
 * malformed line, naming the line: the eval must not silently score a partial file.
 */
export function readPolnear(jsonl: string, options: ReadPolnearOptions = {}): PolnearDoc[] {
  const label = options.label ?? "PolNeAR data";
  const seen = new Set<string>();
  const docs: PolnearDoc[] = [];
  const lines = jsonl.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (options.limit !== undefined && docs.length >= options.limit) break;
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    let parsed: z.infer<typeof ZLineSchema>;
    try {
      parsed = ZLineSchema.parse(JSON.parse(line));
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
      throw new Error(`${label} line ${i + 1} is not a PolNeAR record (${reason}); pass a polnear_*.jsonl file to --data`);
    }
    if (seen.has(parsed.doc_id)) continue;
    seen.add(parsed.doc_id);
    docs.push({
      docId: parsed.doc_id,
      annotator: parsed.annotator,
      publisher: parsed.publisher,
      wire: parsed.wire ?? "None",
      text: parsed.text,
      attributions: parsed.attributions.map((a) => ({
        id: a.id,
        source: a.source ?? null,
        cue: a.cue ?? null,
        content: a.content ?? null,
      })),
    });
  }
  return docs;
}
