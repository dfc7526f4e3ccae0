import type { FamilyReport, SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";
import { renderMarkdownOccurrences } from "./render-markdown-occurrences.ts";

/** speakers/<slug>.md: the Markdown twin of renderHtmlSpeaker (a speaker's families, who carried and changed them). */
export function renderMarkdownSpeaker(speaker: SpeakerSummary, families: readonly FamilyReport[], context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const out: string[] = [`# Speaker: ${md(speaker.name)}`, ""];
  out.push(`${speaker.families} quote famil${speaker.families === 1 ? "y" : "ies"}, ${speaker.mentions} mention(s). Corpus as of ${md(context.corpusAsOf)} (latest page date) · report generated ${md(context.generatedAt)}.`, "");
  for (const family of families) {
    out.push(`## [${md(makeOpeningWords(family.canonical.text))}](../${makeFamilyPagePath(family.id, "md")})`, "");
    out.push(`${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift ${family.maxSeverity ?? "none"}; attributed origin ${md(family.origin)}.`, "");
    out.push(renderMarkdownOccurrences(family.occurrences.map((occurrence) => ({ family, occurrence })), context, { root: "../", showFamily: false, showOutlet: true, showChanges: true }), "");
  }
  out.push("[Back to the index](../index.md)", "", renderMarkdownLegend());
  return out.join("\n");
}
