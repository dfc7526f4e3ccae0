import type { FamilyReport } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderMarkdownOccurrences } from "./render-markdown-occurrences.ts";
import { renderMarkdownOccurrenceRow } from "./render-markdown-occurrence-row.ts";

/** One family's part of its speaker's Markdown page (renderMarkdownSpeaker): its heading, figures and occurrences. */
export function renderMarkdownSpeakerBlock(family: FamilyReport, context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const table = { root: "../", showFamily: false, showOutlet: true, showChanges: true };
  return [
    `## [${md(makeOpeningWords(family.canonical.text))}](../${makeFamilyPagePath(family.id, "md")})`, "",
    `${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift ${family.maxSeverity ?? "none"}; attributed origin ${md(family.origin)}.`, "",
    renderMarkdownOccurrences(family.occurrences.map((occurrence) => renderMarkdownOccurrenceRow({ family, occurrence }, context, table)), table), "",
  ].join("\n");
}
