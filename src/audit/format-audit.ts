import { describeSpeakerVotes } from "../view/describe-speaker-votes.ts";
import { computeWordDiff } from "../view/compute-word-diff.ts";
import type { AuditResult } from "./audit-quote.ts";
import { FLAG_DEFINITIONS } from "../provenance/occurrence-flags.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";

export interface FormatAuditOptions {
  /** ANSI colour (plus strike-through / underline, so not colour alone); false: [-…-]{+…+} markers */
  color: boolean;
}

const ANSI = {
  bold: "\u001b[1m", dim: "\u001b[2m", reset: "\u001b[0m",
  del: "\u001b[31;9m", ins: "\u001b[32;4m", flag: "\u001b[33m",
};

/**
 * Readable text for `quotetrail audit` without --json: the family, speaker, origin and chain, the
 * verdict, the other candidates with their scores, then every occurrence (page date, outlet, link
 * type, article title, url or corpus-relative file, source, flags, exact wording and its
 * word diff from the reference wording; a paraphrase with its similarity only), then the
 * definitions of the flags shown. Article text has its control characters replaced and
 * its line breaks folded, so it can neither forge terminal escapes nor break the layout.
 */
export function formatAudit(result: AuditResult, options: FormatAuditOptions): string {
  const c = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  const family = result.family;
  if (!family) {
    lines.push(...describeNotFound(result));
    return `${lines.join("\n")}\n`;
  }

  lines.push(c(ANSI.bold, `Quote family ${family.id}`));
  lines.push(`Reference: "${clean(family.canonical.text)}"`);
  lines.push(`           ${clean(family.canonical.outlet ?? "unknown outlet")}, ${family.canonical.publishedAt ?? "undated"}`);
  lines.push(`           why: ${clean(family.canonical.reason)}`);
  lines.push(`Speaker:   ${family.speaker ? clean(family.speaker.name) : "unknown"}`);
  const speakers = describeSpeakerVotes(family.speakers);
  if (speakers !== null) lines.push(`Speakers:  ${clean(speakers)}`);
  lines.push(`Origin:    ${family.origin ? clean(family.origin.name) : "none credited"}`);
  if (family.chain.length === 0) lines.push("Chain:     none");
  family.chain.forEach((link, index) => {
    lines.push(`${index === 0 ? "Chain:     " : "           "}${clean(link.from)} -> ${clean(link.to)}  evidence: "${clean(link.evidence)}"`);
  });
  lines.push(`Verdict:   ${c(ANSI.bold, clean(family.verdict))}`);
  lines.push(...describeRunnersUp(result, family.id));
  lines.push("", `Occurrences (${family.occurrences.length}):`);
  family.occurrences.forEach((o, index) => {
    const flags = o.flags.length ? `  ${c(ANSI.flag, `[${o.flags.join(", ")}]`)}` : "";
    lines.push(`${String(index + 1).padStart(3)}. ${o.publishedAt ?? "undated"}  ${clean(o.outlet ?? "unknown outlet")}  ${o.link}, ${o.kind}${flags}`);
    lines.push(`     article: ${o.title ? `"${clean(o.title)}"` : "untitled"}`);
    lines.push(`     ${c(ANSI.dim, o.url ? clean(o.url) : `file: ${clean(o.file)}`)}`);
    lines.push(`     source: ${o.source ? `${clean(o.source.name)} ("${clean(o.source.mention)}")` : "none"}   similarity ${o.similarity.toFixed(2)}   fidelity ${o.fidelity.toFixed(2)}`);
    lines.push(`     text:   "${clean(o.text)}"`);
    if (o.link === "paraphrase") {
      lines.push(`     paraphrase: the outlet's own words, similarity ${o.similarity.toFixed(2)} to the reference`);
    } else if (o.text !== family.canonical.text) {
      const diff = computeWordDiff(family.canonical.text, o.text)
        .map((s) => {
          const text = clean(s.text);
          if (s.op === "equal") return text;
          // Spaces stay outside the markers: "non-proliferation [-[of nuclear weapons]-]".
          const lead = text.startsWith(" ") ? " " : "";
          const trail = text.endsWith(" ") && text.trim() ? " " : "";
          const core = text.trim();
          if (!core) return text;
          if (options.color) return `${lead}${c(s.op === "insert" ? ANSI.ins : ANSI.del, core)}${trail}`;
          return `${lead}${s.op === "insert" ? `{+${core}+}` : `[-${core}-]`}${trail}`;
        })
        .join("");
      lines.push(`     diff:   ${diff}`);
    }
    for (const change of o.changes) {
      lines.push(`     change: ${change.type} "${clean(change.from)}" -> "${clean(change.to)}" (${change.severity})`);
    }
  });
  const shown = new Set<OccurrenceFlag>(family.occurrences.flatMap((o) => o.flags));
  if (shown.size > 0) {
    lines.push("", "Flags:");
    for (const [flag, definition] of FLAG_DEFINITIONS) if (shown.has(flag)) lines.push(`  ${flag}: ${definition}`);
  }
  return `${lines.join("\n")}\n`;
}

/** What was not found, and what there is instead: an unknown id, an empty corpus, or the nearest families. */
function describeNotFound(result: AuditResult): string[] {
  const empty = "The corpus holds no family yet (run `quotetrail ingest` first).";
  const count = `${result.familyCount} ${result.familyCount === 1 ? "family" : "families"}`;
  const list = result.candidates.map((candidate) => formatCandidate(candidate, result.lookup === "text"));
  if (result.lookup === "id") {
    const lines = [`No quote family has the id "${clean(result.query)}".`];
    if (result.familyCount === 0) return [...lines, empty];
    lines.push(`The corpus holds ${count}; ids are printed in the reports and by \`quotetrail audit "<fragment>"\`.`);
    return list.length > 0 ? [...lines, "Ids that begin alike:", ...list] : lines;
  }
  const lines = [`No quote family matches "${clean(result.query)}".`];
  if (result.familyCount === 0) return [...lines, empty];
  const best = result.candidates[0];
  if (!best) return [...lines, `None of the corpus's ${count} shares a word with it.`];
  lines.push(`Best score ${best.score.toFixed(2)}; ${result.minScore.toFixed(2)} is needed to choose one of the corpus's ${count}.`);
  return [...lines, "Nearest candidates:", ...list];
}

/** The other candidates of a found answer, with their scores; a near tie is said so. */
function describeRunnersUp(result: AuditResult, chosenId: string): string[] {
  const others = result.candidates.filter((candidate) => candidate.id !== chosenId);
  if (result.lookup === "id" || others.length === 0) return [];
  const chosen = result.candidates.find((candidate) => candidate.id === chosenId);
  const close = others.filter((o) => o.score >= result.minScore && chosen !== undefined && chosen.score - o.score <= CLOSE_CALL);
  const lines = [`Score:     ${chosen ? chosen.score.toFixed(3) : "?"} for "${clip(clean(result.query), 60)}"; other candidates:`];
  for (const candidate of others) lines.push(formatCandidate(candidate, true));
  if (close.length > 0) {
    lines.push(`           ${close.length === 1 ? "1 other family fits" : `${close.length} other families fit`} almost as well: \`quotetrail audit --id <id>\` audits one.`);
  }
  return lines;
}

/** Two candidates within this score of each other are a close call, said so in the text output. */
const CLOSE_CALL = 0.05;

/** One candidate line: id, score (a text lookup's only: an id's prefix candidates have none), wording. */
function formatCandidate(candidate: AuditResult["candidates"][number], withScore: boolean): string {
  return `           ${candidate.id}  ${withScore ? `${candidate.score.toFixed(3)}  ` : ""}${clip(clean(candidate.text), 90)}`;
}

/** Control characters (ESC, BEL, C1...) replaced, whitespace runs folded to one space. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd").replace(/\s+/g, " ");
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
