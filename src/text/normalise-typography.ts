/**
 * Typographic folding used before any comparison: Unicode compatibility forms (NFKC), curly and
 * angle quotes to straight ones, dash variants to "-", the ellipsis character and spaced dots to
 * "...", invisible characters dropped, runs of whitespace to one space. Case is kept: folding it
 * is a separate, visible step (see toNormalisedText).
 *
 * Every pattern is a single character class or a fixed sequence: linear on any input.
 */
export function normaliseTypography(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\. \. \./g, "...")
    .replace(/\s+/g, " ")
    .trim();
}
