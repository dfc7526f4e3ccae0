/**
 * Bare domains standing on a line of their own shortly before a quote, as a link-preview card prints
 * them (seed 000 re-prints La Prensa Latina's headline and first quote under
 * "www.laprensalatina.com"). Such a line is evidence that the text around it came from that site.
 * Per quote, the lines come from find-preview-lines.ts (linear in the text); a line seen before
 * several quotes counts once, as first seen.
 */
import type { PreviewDomain } from "../model/provenance.ts";
import { findPreviewLines, type FindPreviewLinesOptions } from "./find-preview-lines.ts";
import { mergePreviews } from "./merge-previews.ts";

export type { PreviewDomain } from "../model/provenance.ts";
export type FindPreviewDomainsOptions = FindPreviewLinesOptions;

export function findPreviewDomains(
  text: string,
  quoteStarts: readonly number[],
  options: FindPreviewDomainsOptions = {},
): PreviewDomain[] {
  return mergePreviews(findPreviewLines(text, quoteStarts, options));
}
