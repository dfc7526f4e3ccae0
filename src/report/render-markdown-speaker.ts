import { makeNameKey } from "../text/make-name-key.ts";
import type { ReportData, SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { listOccurrences } from "./list-occurrences.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";
import { renderMarkdownOccurrences } from "./render-markdown-occurrences.ts";

/** speakers/<slug>.md: the Markdown twin of renderHtmlSpeaker (a speaker's families, who carried and changed them). */
export function renderMarkdownSpeaker(speaker: SpeakerSummary, data: ReportData, context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const key = makeNameKey(speaker.name);
  const out: string[] = [`# Speaker: ${md(speaker.name)}`, ""];
  out.push(`${speaker.families} quote famil${speaker.families === 1 ? "y" : "ies"}, ${speaker.mentions} mention(s). Corpus as of ${md(context.corpusAsOf)} (latest page date) · report generated ${md(context.generatedAt)}.`, "");
  for (const family of data.families.filter((f) => f.speaker !== null && makeNameKey(f.speaker) === key)) {
    out.push(`## [${md(makeOpeningWords(family.canonical.text))}](../${makeFamilyPagePath(family.id, "md")})`, "");
    out.push(`${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift ${family.maxSeverity ?? "none"}; attributed origin ${md(family.origin)}.`, "");
    out.push(renderMarkdownOccurrences(listOccurrences([family], () => true), context, { root: "../", showFamily: false, showOutlet: true, showChanges: true }), "");
  }
  out.push("[Back to the index](../index.md)", "", renderMarkdownLegend());
  return out.join("\n");
}
