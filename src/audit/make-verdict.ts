import { getChangeClass } from "../drift/change-classes.ts";
import { isQuoteDrift } from "../drift/is-quote-drift.ts";
import type { Change, LinkType } from "../model/family.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";

export interface VerdictOccurrence {
  outlet: string | null;
  /** paraphrases are reported apart: their wording is the outlet's own, not an altered quote */
  link: LinkType;
  changes: readonly Change[];
  flags: readonly OccurrenceFlag[];
}

const MAX_ITEMS = 6;
const MAX_TEXT = 32;

/**
 * One line on what happened to a statement across outlets, e.g.
 * "altered in 1 of 2 outlets: substitution wider -> larger; editorial insertion" — an outlet is
 * altered when one of its occurrences has a change of a class that `isDrift` in change-classes.ts
 * (anything but typography, punctuation, case, spelling); the other, cosmetic, changes and the
 * flags follow as separate sentences. Each change is named by its class's label and
 * `verdictShows`.
 * Paraphrases (indirect claims matched to the quote) and the cut of a partial quote or teaser are
 * counted apart, so "altered" only ever means a quotation's words were changed.
 */
export function makeVerdict(occurrences: readonly VerdictOccurrence[]): string {
  const outlets = new Map<string, { altered: boolean; cosmetic: boolean }>();
  const altered: string[] = [];
  const cosmetic: string[] = [];
  const flags = new Map<OccurrenceFlag, string[]>();
  const paraphrased = new Set<string>();
  const inPart = new Set<string>();
  for (const occurrence of occurrences) {
    const outlet = occurrence.outlet ?? "unknown outlet";
    for (const flag of occurrence.flags) {
      const list = flags.get(flag) ?? [];
      if (!list.includes(outlet)) list.push(outlet);
      flags.set(flag, list);
    }
    if (occurrence.link === "paraphrase") {
      paraphrased.add(outlet);
      continue;
    }
    const entry = outlets.get(outlet) ?? { altered: false, cosmetic: false };
    for (const change of occurrence.changes) {
      if (!isQuoteDrift(occurrence.link, change)) {
        // the cut of an excerpt (paraphrases were set apart above)
        inPart.add(outlet);
        continue;
      }
      const text = describeChange(change);
      if (!getChangeClass(change.type).isDrift) {
        entry.cosmetic = true;
        if (!cosmetic.includes(text)) cosmetic.push(text);
      } else {
        entry.altered = true;
        if (!altered.includes(text)) altered.push(text);
      }
    }
    outlets.set(outlet, entry);
  }
  const total = outlets.size;
  const alteredCount = [...outlets.values()].filter((o) => o.altered).length;
  const cosmeticCount = [...outlets.values()].filter((o) => o.cosmetic && !o.altered).length;
  const plural = (n: number): string => (n === 1 ? "outlet" : "outlets");

  let line: string;
  if (alteredCount > 0) line = `altered in ${alteredCount} of ${total} ${plural(total)}: ${list(altered)}`;
  else if (cosmetic.length > 0) line = `wording unaltered in ${total} ${plural(total)}`;
  else line = `verbatim in ${total === 1 ? "its only outlet" : `all ${total} outlets`}`;
  if (cosmetic.length > 0) {
    line += `${alteredCount > 0 ? ". Cosmetic" : "; cosmetic"} changes${cosmeticCount > 0 ? ` in ${cosmeticCount} ${plural(cosmeticCount)}` : ""}: ${list(cosmetic)}`;
  }
  if (inPart.size > 0) line += `. Quoted in part in ${inPart.size} ${plural(inPart.size)}`;
  if (paraphrased.size > 0) line += `. Paraphrased in ${paraphrased.size} ${plural(paraphrased.size)}`;
  if (flags.size > 0) {
    const parts = [...flags].map(([flag, names]) => `${flag} (${names.join(", ")})`);
    line += `. Flags: ${parts.join(", ")}`;
  }
  return line;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_ITEMS).join("; ");
  return items.length > MAX_ITEMS ? `${shown}; and ${items.length - MAX_ITEMS} more` : shown;
}

function describeChange(change: Change): string {
  const row = getChangeClass(change.type);
  const clip = (text: string): string => {
    const folded = text.replace(/\s+/g, " ").trim();
    return folded.length > MAX_TEXT ? `${folded.slice(0, MAX_TEXT - 1)}…` : folded;
  };
  switch (row.verdictShows) {
    case "label":
      return row.label;
    case "added-text":
      return `${row.label} of "${clip(change.to)}"`;
    case "removed-text":
      return `${row.label} of "${clip(change.from)}"`;
    case "both-sides":
      return `${row.label} ${clip(change.from)} -> ${clip(change.to)}`;
  }
}
