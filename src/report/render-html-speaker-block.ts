import type { FamilyReport } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderHtmlOccurrences } from "./render-html-occurrences.ts";
import { renderHtmlOccurrenceRow } from "./render-html-occurrence-row.ts";

/** One family's part of its speaker's HTML page (renderHtmlSpeaker): its heading, figures and occurrences by page date. */
export function renderHtmlSpeakerBlock(family: FamilyReport, context: PageContext): string {
  const table = { root: "../", showFamily: false, showOutlet: true, showChanges: true };
  const drift = family.maxSeverity ? `<span class="sev sev-${family.maxSeverity}">${family.maxSeverity}</span>` : "none";
  return [
    `<h2 id="${escapeHtml(family.id)}"><a href="../${escapeHtml(makeFamilyPagePath(family.id, "html"))}">${escapeHtml(makeOpeningWords(family.canonical.text))}</a></h2>`,
    `<p class="muted">${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift ${drift}; attributed origin ${escapeHtml(family.origin ?? "—")}.</p>`,
    renderHtmlOccurrences(family.occurrences.map((occurrence) => renderHtmlOccurrenceRow({ family, occurrence }, context, table)), table),
  ].join("\n");
}
