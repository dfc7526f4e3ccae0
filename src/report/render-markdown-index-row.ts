import type { FamilySummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { makeOpeningWords } from "./make-opening-words.ts";
import { renderMarkdownEntityLink } from "./render-markdown-entity-link.ts";

const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));

/** One family's row of index.md. */
export function renderMarkdownIndexRow(f: FamilySummary, context: PageContext): string {
  const flags = f.flagCounts.map((c) => `${c.flag} ×${c.count}`).join(", ");
  return `| ${f.rank} | [${md(makeOpeningWords(f.canonical.text))}](${makeFamilyPagePath(f.id, "md")}) | ${renderMarkdownEntityLink("speakers", f.speaker, context, "")} | ${f.spread} | ${f.mentionCount} | ${f.maxSeverity ?? "none"} | ${md(f.origin)} | ${md(flags)} |`;
}
