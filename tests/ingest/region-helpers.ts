import type { ParsedArticle, RegionKind } from "../../src/model/article.ts";

/**
 * The kind of the region that holds the whole of the `nth` line (0-based) starting with `prefix`,
 * "none" when no single region holds it; throws when there is no such line (a test typo).
 */
export function lineKind(article: Pick<ParsedArticle, "text" | "regions">, prefix: string, nth = 0): RegionKind | "none" {
  let seen = 0;
  let offset = 0;
  for (const raw of article.text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.startsWith(prefix) && seen++ === nth) {
      const start = offset + lead;
      const end = start + line.length;
      const region = article.regions.find((r) => r.start <= start && end <= r.end);
      return region?.kind ?? "none";
    }
    offset += raw.length + 1;
  }
  throw new Error(`no line ${nth} starting with ${JSON.stringify(prefix)}`);
}
