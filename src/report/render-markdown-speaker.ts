import type { SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";

/**
 * speakers/<slug>.md: the Markdown twin of renderHtmlSpeaker (a speaker's families, who carried
 * and changed them): `blocks` are its families' parts (renderMarkdownSpeakerBlock) in rank order.
 */
export function renderMarkdownSpeaker(speaker: SpeakerSummary, blocks: readonly string[], context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const out: string[] = [`# Speaker: ${md(speaker.name)}`, ""];
  out.push(`${speaker.families} quote famil${speaker.families === 1 ? "y" : "ies"}, ${speaker.mentions} mention(s). Corpus as of ${md(context.corpusAsOf)} (latest page date) · report generated ${md(context.generatedAt)}.`, "");
  out.push(...blocks);
  out.push("[Back to the index](../index.md)", "", renderMarkdownLegend());
  return out.join("\n");
}
