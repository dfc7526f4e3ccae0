import type { ExtractedQuote } from "../model/quote.ts";
import { mapPacked } from "../ingest/map-packed.ts";

/**
 * Marks quotes that re-print another quote of the same article (a link-preview card, a teaser
 * truncated at "within..."): `repeatOf` points at the fuller quote and the speaker is copied.
 * Candidates are quotes inside `previewRanges`, or ending in an ellipsis; the target is the
 * longest other quote whose normalised text starts with theirs (or equals it). Hash lookups on
 * normalised prefixes keep this near-linear.
 */
export function markRepeats(quotes: ExtractedQuote[], previewRanges: readonly (readonly [number, number])[]): void {
  const inPreview = (q: ExtractedQuote): boolean => previewRanges.some(([s, e]) => q.start >= s && q.end <= e);
  if (!quotes.some((q) => inPreview(q) || q.text.endsWith("...") || q.text.endsWith("…"))) return;
  const norm = mapPacked(quotes, (q) => normalise(q.text));
  // each quote's place, once (the inner loop below asked again for every pair)
  const previews = mapPacked(quotes, inPreview);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as ExtractedQuote;
    const truncated = /(\.\.\.|…)\s*$/.test(q.text);
    const preview = previews[i] ?? false;
    if (!truncated && !preview) continue;
    const n = norm[i] ?? "";
    if (n.length < 20) continue;
    let best = -1;
    for (let j = 0; j < quotes.length; j++) {
      if (j === i) continue;
      const o = quotes[j] as ExtractedQuote;
      if (preview && previews[j]) continue;
      if (o.repeatOf !== null) continue;
      const m = norm[j] ?? "";
      if (m.length < n.length) continue;
      if (m.startsWith(n) || (m === n)) {
        if (best < 0 || (norm[best] ?? "").length < m.length) best = j;
      }
    }
    if (best < 0) continue;
    const target = quotes[best] as ExtractedQuote;
    q.repeatOf = target.id;
    q.speaker = target.speaker ? { ...target.speaker } : q.speaker;
    q.source = null;
    q.rule = `${q.rule}+repeat`;
    q.confidence = Math.max(q.confidence, Math.min(0.9, target.confidence));
  }
}

function normalise(s: string): string {
  return s.replace(/(\.\.\.|…)\s*$/, "").toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, " ").trim();
}
