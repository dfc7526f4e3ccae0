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
 * One line on what happened to a statement across outlets, each outlet counted once, e.g.
 * "altered in 1 of 2 outlets — Middle East Monitor: substitution wider -> larger, editorial
 * insertion of "[of nuclear weapons]"" or "wording unaltered in all 3 outlets; cosmetic changes in
 * 2 of 3 outlets: spelling organisation's -> organization's". An outlet is altered when one of
 * its quotations has a change of a class that `isDrift` in change-classes.ts (medium or high:
 * anything but typography, punctuation, case, spelling, contraction, a/an); cosmetic when its
 * only changes are of the other classes. Counts read naturally: "its only outlet", "both
 * outlets", "all 3 outlets", "2 of 3 outlets", always out of every outlet carrying the family.
 * Paraphrases (an outlet's own words for the statement) and the cut of a partial quote or teaser
 * are counted apart, so "altered" only ever means a quotation's words were changed.
 */
export function makeVerdict(occurrences: readonly VerdictOccurrence[]): string {
  const outlets = new Map<string, { quoted: boolean; altered: string[]; cosmetic: boolean; inPart: boolean; paraphrased: boolean }>();
  const cosmetic: string[] = [];
  const flags = new Map<OccurrenceFlag, string[]>();
  for (const occurrence of occurrences) {
    const outlet = occurrence.outlet ?? "unknown outlet";
    const entry = outlets.get(outlet) ?? { quoted: false, altered: [], cosmetic: false, inPart: false, paraphrased: false };
    outlets.set(outlet, entry);
    for (const flag of occurrence.flags) {
      const list = flags.get(flag) ?? [];
      if (!list.includes(outlet)) list.push(outlet);
      flags.set(flag, list);
    }
    if (occurrence.link === "paraphrase") {
      entry.paraphrased = true;
      continue;
    }
    entry.quoted = true;
    for (const change of occurrence.changes) {
      if (!isQuoteDrift(occurrence.link, change)) {
        entry.inPart = true; // the cut of an excerpt (paraphrases were set apart above)
        continue;
      }
      const text = describeChange(change);
      if (getChangeClass(change.type).isDrift) {
        if (!entry.altered.includes(text)) entry.altered.push(text);
      } else {
        entry.cosmetic = true;
        if (!cosmetic.includes(text)) cosmetic.push(text);
      }
    }
  }
  const total = outlets.size;
  const all = [...outlets.entries()];
  const count = (n: number): string => {
    if (n === total) return total === 1 ? "its only outlet" : total === 2 ? "both outlets" : `all ${total} outlets`;
    return `${n} of ${total} ${total === 1 ? "outlet" : "outlets"}`;
  };
  const altered = all.filter(([, o]) => o.altered.length > 0);
  const quoted = all.filter(([, o]) => o.quoted).length;
  const cosmeticOnly = all.filter(([, o]) => o.cosmetic && o.altered.length === 0).length;

  const sentences: string[] = [];
  if (altered.length > 0) {
    const shown = altered.slice(0, MAX_ITEMS).map(([name, o]) => `${name}: ${list(o.altered, ", ")}`);
    const more = altered.length > MAX_ITEMS ? `; and ${altered.length - MAX_ITEMS} more` : "";
    sentences.push(`altered in ${count(altered.length)} — ${shown.join("; ")}${more}`);
    if (cosmeticOnly > 0) sentences.push(`Cosmetic changes only in ${count(cosmeticOnly)}: ${list(cosmetic, "; ")}`);
  } else if (quoted > 0 && cosmetic.length > 0) {
    sentences.push(`wording unaltered in ${count(quoted)}; cosmetic changes in ${count(cosmeticOnly)}: ${list(cosmetic, "; ")}`);
  } else if (quoted > 0) {
    sentences.push(`verbatim in ${count(quoted)}`);
  }
  const inPart = all.filter(([, o]) => o.inPart).length;
  if (inPart > 0) sentences.push(`Quoted in part in ${count(inPart)}`);
  const paraphrased = all.filter(([, o]) => o.paraphrased).length;
  if (paraphrased > 0) sentences.push(`${quoted > 0 ? "Paraphrased" : "paraphrased"} in ${count(paraphrased)}`);
  if (flags.size > 0) {
    const parts = [...flags].map(([flag, names]) => `${flag} (${names.join(", ")})`);
    sentences.push(`Flags: ${parts.join(", ")}`);
  }
  return sentences.join(". ");
}

function list(items: readonly string[], separator: string): string {
  const shown = items.slice(0, MAX_ITEMS).join(separator);
  return items.length > MAX_ITEMS ? `${shown}${separator}and ${items.length - MAX_ITEMS} more` : shown;
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
      return change.to === "" ? `${row.label} removed: "${clip(change.from)}"` : `${row.label} of "${clip(change.to)}"`;
    case "removed-text":
      return `${row.label} of "${clip(change.from)}"`;
    case "both-sides":
      return `${row.label} ${clip(change.from)} -> ${clip(change.to)}`;
  }
}
