import type { PreviewDomain } from "../model/provenance.ts";

/** One list of the preview lines found before several quotes: each line once, as first seen, by position. */
export function mergePreviews(perQuote: readonly (readonly PreviewDomain[])[]): PreviewDomain[] {
  const found = new Map<number, PreviewDomain>();
  for (const list of perQuote) for (const p of list) if (!found.has(p.start)) found.set(p.start, p);
  return [...found.values()].sort((a, b) => a.start - b.start);
}
