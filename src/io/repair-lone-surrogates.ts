/** A JSON value with every lone UTF-16 surrogate replaced, and how many were replaced. */
export interface RepairedValue {
  value: unknown;
  repaired: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone surrogates (a JSON escape such as "\ud83d" without its pair, typically an emoji cut
 * in half by a scraper) with U+FFFD in every string of a parsed JSON value. Such text is valid JSON
 * but not valid Unicode: PostgreSQL refuses it. U+FFFD is one UTF-16 unit like the surrogate it
 * replaces, so every offset into the text stays the same. Linear; strings that are well formed
 * are returned as they are.
 */
export function repairLoneSurrogates(value: unknown): RepairedValue {
  let repaired = 0;
  const visit = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (isWellFormed(v)) return v;
      return v.replace(LONE_SURROGATE, () => {
        repaired++;
        return "\uFFFD";
      });
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(v)) out[visit(key) as string] = visit(inner);
      return out;
    }
    return v;
  };
  const result = visit(value);
  return { value: repaired === 0 ? value : result, repaired };
}

function isWellFormed(text: string): boolean {
  // String.prototype.isWellFormed (Node 20+), not yet in the ES2023 lib types
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}
