import type { SpeakerSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderHtmlPage } from "./render-html-page.ts";

/**
 * speakers/<slug>.html: one speaker's quote families, each with every outlet that carried it and
 * what that outlet changed and was flagged for, by page date: `blocks` are the families' parts
 * (renderHtmlSpeakerBlock) in rank order.
 */
export function renderHtmlSpeaker(speaker: SpeakerSummary, blocks: readonly string[], context: PageContext): string {
  const out: string[] = [];
  out.push('<nav class="top"><a href="../index.html">← Index</a><a href="../index.html#speakers">All speakers</a><a href="#legend">Legend</a></nav>');
  out.push(`<h1>Speaker: ${escapeHtml(speaker.name)}</h1>`);
  out.push(`<p>${speaker.families} quote famil${speaker.families === 1 ? "y" : "ies"}, ${speaker.mentions} mention(s).</p>`);
  out.push(...blocks);
  return renderHtmlPage({ title: `Speaker ${speaker.name} — quotetrail report`, body: out.join("\n"), stamp: context });
}
