import { CHANGE_CLASSES } from "../drift/change-classes.ts";
import { OCCURRENCE_FLAGS } from "../provenance/occurrence-flags.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

/**
 * The legend every Markdown page ends with, from the two tables (src/drift/change-classes.ts and
 * src/provenance/occurrence-flags.ts): the flags and the change classes with their meaning.
 */
export function renderMarkdownLegend(): string {
  const out: string[] = ["## Legend", "", "Flags on an occurrence:", "", "| Flag | Meaning |", "| --- | --- |"];
  for (const row of OCCURRENCE_FLAGS) out.push(`| ${row.flag} | ${escapeMarkdown(row.definition)} |`);
  out.push("", "Change classes (severity starts at the default; raised to high when the two sides differ in the last column):", "");
  out.push("| Class | Default severity | Meaning | Why | High when it changes |", "| --- | --- | --- | --- | --- |");
  for (const row of CHANGE_CLASSES) {
    out.push(`| ${row.class} | ${row.severity} | ${escapeMarkdown(row.definition)} | ${escapeMarkdown(row.rationale)} | ${row.raisedBy.join(", ") || "—"} |`);
  }
  out.push("");
  return out.join("\n");
}
