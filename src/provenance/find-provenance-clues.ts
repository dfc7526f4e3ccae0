import type { MentionClues } from "../model/provenance.ts";
import { findPreviewLines } from "./find-preview-lines.ts";
import { findSettingCandidates } from "./find-setting-candidates.ts";

/**
 * What provenance reads from the text around each of an article's quotes (setting candidates and
 * link-preview lines before it), in one pass linear in the text. Computed when an article version is
 * stored and kept with its mentions, so a later match does not read unchanged articles again
 * (issue 9, defect 6); `previewWindow` as in trace-provenance (default 600).
 */
export function findProvenanceClues(
  text: string,
  spans: readonly { start: number; end: number }[],
  previewWindow?: number,
): MentionClues[] {
  const previews = findPreviewLines(text, spans.map((s) => s.start), previewWindow === undefined ? {} : { window: previewWindow });
  return spans.map((span, i) => ({ setting: findSettingCandidates(text, span.start, span.end), previews: previews[i] ?? [] }));
}
