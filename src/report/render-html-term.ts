import type { ChangeType } from "../drift/change-classes.ts";
import { getChangeClass } from "../drift/change-classes.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";
import { FLAG_DEFINITIONS } from "../provenance/occurrence-flags.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * A flag or a change class as it appears in a page: an <abbr> whose tooltip (title) is its
 * definition from the one table (occurrence-flags.ts / change-classes.ts) and which links to the
 * page's legend. `suffix` is plain text after the name inside the mark (" ×2").
 */
export function renderHtmlTerm(term: { flag: OccurrenceFlag } | { change: ChangeType }, suffix = ""): string {
  if ("flag" in term) {
    const definition = FLAG_DEFINITIONS.get(term.flag) ?? "";
    return `<a class="flag" href="#legend"><abbr title="${escapeHtml(definition)}">${escapeHtml(term.flag)}</abbr>${escapeHtml(suffix)}</a>`;
  }
  const row = getChangeClass(term.change);
  const title = `${row.definition} (default severity ${row.severity})`;
  return `<a class="term" href="#legend"><abbr title="${escapeHtml(title)}">${escapeHtml(term.change)}</abbr>${escapeHtml(suffix)}</a>`;
}
