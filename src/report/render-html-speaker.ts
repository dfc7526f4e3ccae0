import type { FamilyReport, SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderHtmlOccurrences } from "./render-html-occurrences.ts";
import { renderHtmlPage } from "./render-html-page.ts";

/**
 * speakers/<slug>.html: one speaker's quote families (in rank order, as given), each with every
 * outlet that carried it and what that outlet changed and was flagged for, by page date.
 */
export function renderHtmlSpeaker(speaker: SpeakerSummary, families: readonly FamilyReport[], context: PageContext): string {
  const out: string[] = [];
  out.push('<nav class="top"><a href="../index.html">← Index</a><a href="../index.html#speakers">All speakers</a><a href="#legend">Legend</a></nav>');
  out.push(`<h1>Speaker: ${escapeHtml(speaker.name)}</h1>`);
  out.push(`<p>${speaker.families} quote famil${speaker.families === 1 ? "y" : "ies"}, ${speaker.mentions} mention(s).</p>`);
  for (const family of families) {
    out.push(`<h2 id="${escapeHtml(family.id)}"><a href="../${escapeHtml(makeFamilyPagePath(family.id, "html"))}">${escapeHtml(makeOpeningWords(family.canonical.text))}</a></h2>`);
    const drift = family.maxSeverity ? `<span class="sev sev-${family.maxSeverity}">${family.maxSeverity}</span>` : "none";
    out.push(`<p class="muted">${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift ${drift}; attributed origin ${escapeHtml(family.origin ?? "—")}.</p>`);
    out.push(renderHtmlOccurrences(family.occurrences.map((occurrence) => ({ family, occurrence })), context, { root: "../", showFamily: false, showOutlet: true, showChanges: true }));
  }
  return renderHtmlPage({ title: `Speaker ${speaker.name} — quotetrail report`, body: out.join("\n"), stamp: context });
}
