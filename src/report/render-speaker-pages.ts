import type { SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { makeEntityPagePath } from "./make-entity-page-path.ts";
import type { SpeakerBlock } from "./render-family-batch.ts";
import { renderHtmlSpeaker } from "./render-html-speaker.ts";
import { renderMarkdownSpeaker } from "./render-markdown-speaker.ts";
import type { ReportFile } from "./render-report.ts";

/** A speaker's pages (speakers/<slug>.md and .html, as asked) from its families' blocks in rank order. */
export function renderSpeakerPages(speaker: SpeakerSummary, blocks: readonly SpeakerBlock[], context: PageContext, formats: { md: boolean; html: boolean }): ReportFile[] {
  const files: ReportFile[] = [];
  if (formats.md) files.push({ path: makeEntityPagePath("speakers", speaker.slug, "md"), content: renderMarkdownSpeaker(speaker, blocks.map((b) => b.md ?? ""), context) });
  if (formats.html) files.push({ path: makeEntityPagePath("speakers", speaker.slug, "html"), content: renderHtmlSpeaker(speaker, blocks.map((b) => b.html ?? ""), context) });
  return files;
}
