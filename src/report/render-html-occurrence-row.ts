import type { Change } from "../model/family.ts";
import type { OccurrenceView } from "../view/build-family-view.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import type { FamilyOccurrence } from "./family-occurrence.ts";
import type { OccurrenceTableOptions } from "./list-occurrence-columns.ts";
import { renderHtmlEntityLink } from "./render-html-entity-link.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { makeSafeUrl } from "./make-safe-url.ts";
import { renderHtmlTerm } from "./render-html-term.ts";

/**
 * One row of an HTML occurrence table (renderHtmlOccurrences): page date and event date, the
 * outlet, the article (its title, linked to its URL, or its file relative to the corpus root),
 * link type and kind, the credited source, the changes, the flags (with their definitions as
 * tooltips) and the wording.
 */
export function renderHtmlOccurrenceRow(row: FamilyOccurrence, context: PageContext, options: OccurrenceTableOptions): string {
  const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));
  const { family, occurrence: o } = row;
  const cells: string[] = [];
  const classes = new Map<number, string>();
  if (options.showFamily) {
    cells.push(`<a href="${escapeHtml(options.root + makeFamilyPagePath(family.id, "html"))}">${escapeHtml(makeOpeningWords(family.canonical.text))}</a>`
      + (family.speaker ? ` <span class="muted">— ${escapeHtml(family.speaker)}</span>` : ""));
  }
  cells.push(h(o.publishedAt), h(o.eventDate));
  if (options.showOutlet) cells.push(renderHtmlEntityLink("outlets", o.outlet, context, options.root));
  classes.set(cells.length, "article");
  cells.push(renderArticle(o), escapeHtml(o.link), escapeHtml(o.kind));
  cells.push(o.source
    ? `${escapeHtml(o.source.name)} <span class="muted">(“${escapeHtml(o.source.mention)}”, ${escapeHtml(o.source.scope)})</span>`
    : '<span class="muted">none</span>');
  if (options.showChanges) {
    classes.set(cells.length, "changes");
    cells.push(renderChanges(o.changes));
  }
  cells.push(o.flags.map((flag) => renderHtmlTerm({ flag })).join(" "), h(o.text));
  return `<tr>${cells.map((c, i) => `<td${classes.has(i) ? ` class="${classes.get(i)}"` : ""}>${c}</td>`).join("")}</tr>`;
}

/** The article: its title linked to its URL (an http(s) one), else its title and file name; never a local path. */
function renderArticle(o: Pick<OccurrenceView, "url" | "title" | "file">): string {
  const url = makeSafeUrl(o.url);
  const file = o.file ? `<span class="file">file <code>${escapeHtml(o.file)}</code></span>` : "";
  if (url) return `<a class="article" href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(o.title ?? url)}</a>`;
  const title = o.title ? `<cite>${escapeHtml(o.title)}</cite>` : "";
  return [title, file].filter((part) => part !== "").join("<br>") || '<span class="muted">—</span>';
}

function renderChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return '<span class="muted">none</span>';
  return `<ul class="changes">${changes.map((c) => {
    const parts = [c.from ? `<del>${escapeHtml(c.from)}</del>` : "", c.to ? `<ins>${escapeHtml(c.to)}</ins>` : ""].filter((p) => p !== "");
    const sides = parts.length > 0 ? `: ${parts.join(" → ")}` : "";
    return `<li>${renderHtmlTerm({ change: c.type })} <span class="sev sev-${escapeHtml(c.severity)}">${escapeHtml(c.severity)}</span>${sides}</li>`;
  }).join("")}</ul>`;
}
