import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import type { FamilyOccurrence } from "./family-occurrence.ts";
import type { OccurrenceTableOptions } from "./list-occurrence-columns.ts";
import { renderMarkdownEntityLink } from "./render-markdown-entity-link.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { makeSafeUrl } from "./make-safe-url.ts";

/**
 * One row of a Markdown occurrence table (renderMarkdownOccurrences): page date and event date,
 * outlet (linked to its page), article (title linked to its URL, or title and file name relative
 * to the corpus root), link, kind, credited source, changes, flags and wording. All article text
 * goes through escapeMarkdown.
 */
export function renderMarkdownOccurrenceRow(row: FamilyOccurrence, context: PageContext, options: OccurrenceTableOptions): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const { family, occurrence: o } = row;
  const cells: string[] = [];
  if (options.showFamily) cells.push(`[${md(makeOpeningWords(family.canonical.text))}](${options.root}${makeFamilyPagePath(family.id, "md")})`);
  cells.push(md(o.publishedAt), md(o.eventDate));
  if (options.showOutlet) cells.push(renderMarkdownEntityLink("outlets", o.outlet, context, options.root));
  const url = makeSafeUrl(o.url);
  cells.push(url ? `[${md(o.title ?? url)}](${url})` : [o.title ? md(o.title) : "", o.file ? `file ${md(o.file)}` : ""].filter((p) => p).join(" — ") || "—");
  cells.push(o.link, o.kind, o.source ? `${md(o.source.name)} (“${md(o.source.mention)}”, ${o.source.scope})` : "none");
  if (options.showChanges) {
    cells.push(o.changes.map((c) => `${c.type} (${c.severity})${c.from || c.to ? `: ${md(c.from || "∅")} → ${md(c.to || "∅")}` : ""}`).join("; ") || "none");
  }
  cells.push(md(o.flags.join(", ")), md(o.text));
  return `| ${cells.join(" | ")} |`;
}
