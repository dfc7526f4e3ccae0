import { z } from "zod";
import type { BasilArticle, BasilPair, BasilSpeakerLabel } from "./match-types.ts";

const ZOffset = z.number().int().nonnegative();
const ZArticle = z.object({
  triplet: z.string(), source: z.string(), outlet: z.string(), title: z.string(), date: z.string(), url: z.string(), text: z.string(),
});
const ZSide = z.object({ outlet: z.string(), start: ZOffset, end: ZOffset });
const ZPair = z.object({
  triplet: z.string(),
  a: ZSide,
  b: ZSide,
  label: z.enum(["same", "different", "unsure"]),
  drift: z.enum(["identical", "typography", "variant", "partial"]).nullable().optional(),
  note: z.string().nullable().optional(),
});
const ZSpeaker = z.object({ triplet: z.string(), source: z.string(), start: ZOffset, end: ZOffset, text: z.string(), speaker: z.string() });

export interface BasilTexts {
  /** `basil_dev_articles.jsonl` */
  articles: string;
  /** `basil_dev_pairs.jsonl` */
  pairs: string;
  /** `basil_dev_speakers.jsonl`; null when the file is absent (no speaker figure) */
  speakers: string | null;
}

export interface BasilData {
  articles: BasilArticle[];
  pairs: BasilPair[];
  speakers: BasilSpeakerLabel[];
}

/**
 * Parses the three BASIL JSONL texts (see the data README). A pair side names its article by
 * (triplet, outlet), the outlet being the article's `source`. Throws on a malformed line, on a
 * duplicate article and on a span outside its article's text, naming the file and line: the eval
 * must never score a partial or mismatched data set silently.
 */
export function readBasil(texts: BasilTexts): BasilData {
  const articles = parseLines(texts.articles, "basil_dev_articles.jsonl", ZArticle);
  const lengths = new Map<string, number>();
  for (const a of articles) {
    const key = `${a.triplet}/${a.source}`;
    if (lengths.has(key)) throw new Error(`basil_dev_articles.jsonl: article (${a.triplet}, ${a.source}) appears twice`);
    lengths.set(key, a.text.length);
  }
  const check = (file: string, line: number, triplet: string, source: string, start: number, end: number): void => {
    const length = lengths.get(`${triplet}/${source}`);
    if (length === undefined) throw new Error(`${file} line ${line}: no article (${triplet}, ${source}) in basil_dev_articles.jsonl`);
    if (start >= end || end > length) throw new Error(`${file} line ${line}: span [${start}, ${end}) is not inside its article (length ${length})`);
  };
  const pairs = parseLines(texts.pairs, "basil_dev_pairs.jsonl", ZPair).map((p): BasilPair => {
    for (const side of [p.a, p.b]) check("basil_dev_pairs.jsonl", p.line, p.triplet, side.outlet, side.start, side.end);
    return {
      triplet: p.triplet,
      a: { triplet: p.triplet, source: p.a.outlet, start: p.a.start, end: p.a.end },
      b: { triplet: p.triplet, source: p.b.outlet, start: p.b.start, end: p.b.end },
      label: p.label,
      drift: p.label === "same" ? (p.drift ?? null) : null,
      note: p.note ?? "",
    };
  });
  const speakers = texts.speakers === null ? [] : parseLines(texts.speakers, "basil_dev_speakers.jsonl", ZSpeaker).map((s) => {
    check("basil_dev_speakers.jsonl", s.line, s.triplet, s.source, s.start, s.end);
    return { triplet: s.triplet, source: s.source, start: s.start, end: s.end, text: s.text, speaker: s.speaker };
  });
  return {
    articles: articles.map((a) => ({ triplet: a.triplet, source: a.source, outlet: a.outlet, title: a.title, date: a.date, url: a.url, text: a.text })),
    pairs,
    speakers,
  };
}

function parseLines<T extends z.ZodType>(jsonl: string, file: string, schema: T): (z.infer<T> & { line: number })[] {
  const out: (z.infer<T> & { line: number })[] = [];
  const lines = jsonl.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    try {
      out.push({ ...(schema.parse(JSON.parse(line)) as object), line: i + 1 } as z.infer<T> & { line: number });
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
      throw new Error(`${file} line ${i + 1} is not a BASIL record (${reason}); pass the basil folder to --data`);
    }
  }
  return out;
}
