import { normaliseTypography } from "./normalise-typography.ts";

/** The text a variant is identified by: typography, whitespace and case folded, brackets kept. */
export function toNormalisedText(text: string): string {
  return normaliseTypography(text).toLowerCase();
}
