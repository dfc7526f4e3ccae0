import type { FamilySummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderHtmlEntityLink } from "./render-html-entity-link.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderHtmlTerm } from "./render-html-term.ts";

const EXCERPT = 120;
/** the words of the reference wording that link to the family's page */
const OPENING_WORDS = 8;

const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));

/** One family's row of index.html's family table. */
export function renderHtmlIndexRow(f: FamilySummary, context: PageContext): string {
  const opening = makeOpeningWords(f.canonical.text, OPENING_WORDS).replace(/ …$/, "");
  const words = f.canonical.text.trim().split(/\s+/);
  const restText = words.slice(OPENING_WORDS).join(" ");
  const rest = restText.length > EXCERPT ? `${restText.slice(0, EXCERPT - 1)}…` : restText;
  const flags = f.flagCounts.map((c) => renderHtmlTerm({ flag: c.flag }, ` ×${c.count}`)).join(" ");
  const severity = f.maxSeverity ? `<span class="sev sev-${f.maxSeverity}">${f.maxSeverity}</span>` : '<span class="muted">none</span>';
  const speakerSlug = context.speakerSlug(f.speaker);
  const speaker = renderHtmlEntityLink("speakers", f.speaker, context, "");
  const outletSlugs = f.outlets.map((o) => context.outletSlug(o)).filter((slug): slug is string => slug !== null);
  const attributes = [
    `data-outlets="${escapeHtml(outletSlugs.join(" "))}"`, `data-speaker="${escapeHtml(speakerSlug ?? "")}"`,
    `data-flags="${escapeHtml(f.flagCounts.map((c) => c.flag).join(" "))}"`, `data-severity="${f.maxSeverity ?? "none"}"`,
    `data-spread="${f.spread}"`,
  ].join(" ");
  return `<tr ${attributes}><td class="num">${f.rank}</td>`
    + `<td><a class="quote" href="${escapeHtml(makeFamilyPagePath(f.id, "html"))}">${escapeHtml(opening)}</a>`
    + (rest ? ` <span class="muted">${escapeHtml(rest)}</span>` : "") + "</td>"
    + `<td>${speaker}</td><td class="num">${f.spread}</td><td class="num">${f.mentionCount}</td><td>${severity}</td>`
    + `<td>${h(f.origin)}</td><td>${flags}</td></tr>`;
}
