import type { FamilyReport } from "../view/build-report-data.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import type { PageContext } from "./build-page-context.ts";
import { listOutletRows, type OutletRow } from "./list-outlet-rows.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { renderHtmlFamily } from "./render-html-family.ts";
import { renderHtmlSpeakerBlock } from "./render-html-speaker-block.ts";
import { renderMarkdownFamily } from "./render-markdown-family.ts";
import { renderMarkdownSpeakerBlock } from "./render-markdown-speaker-block.ts";
import type { ReportFile } from "./render-report.ts";

/** One family's part of its speaker's page, rendered. */
export interface SpeakerBlock {
  /** the speaker's name key (makeNameKey) */
  speakerKey: string;
  md: string | null;
  html: string | null;
}

/** What a batch of families adds to a report (renderFamilyBatch). */
export interface FamilyBatchOutput {
  /** the families' own pages */
  files: ReportFile[];
  /** each family as report.json writes it in its families array (renderReportJson), when json is asked */
  json: string[];
  /** their parts of their speakers' pages, in the order given */
  speakerBlocks: SpeakerBlock[];
  /** their rows on their outlets' pages */
  outletRows: OutletRow[];
}

/**
 * Renders what a batch of ranked families contributes to a report, for the formats asked: their
 * pages, their report.json entries, their parts of the speaker and outlet pages (assembled by
 * renderSpeakerPages and renderOutletPages once every batch is done). Families in rank order
 * across batches keep the speaker pages in rank order.
 */
export function renderFamilyBatch(families: readonly FamilyReport[], context: PageContext, formats: ReadonlySet<string>): FamilyBatchOutput {
  const md = formats.has("md");
  const html = formats.has("html");
  const output: FamilyBatchOutput = { files: [], json: [], speakerBlocks: [], outletRows: [] };
  for (const family of families) {
    if (md) output.files.push({ path: makeFamilyPagePath(family.id, "md"), content: renderMarkdownFamily(family, context) });
    if (html) output.files.push({ path: makeFamilyPagePath(family.id, "html"), content: renderHtmlFamily(family, context) });
    if (formats.has("json")) output.json.push(JSON.stringify(family, null, 2).split("\n").map((line) => `    ${line}`).join("\n"));
    if (!md && !html) continue;
    if (family.speaker !== null) {
      output.speakerBlocks.push({
        speakerKey: makeNameKey(family.speaker),
        md: md ? renderMarkdownSpeakerBlock(family, context) : null,
        html: html ? renderHtmlSpeakerBlock(family, context) : null,
      });
    }
    output.outletRows.push(...listOutletRows(family, context, { md, html }));
  }
  return output;
}
