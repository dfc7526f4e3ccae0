import { SPEAKER_LABEL_KINDS } from "./read-speaker-labels.ts";
import type { ResolvedSpeakerScore } from "./score-resolved-speakers.ts";

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** The resolved-speaker table (overall and by kind of source span), with up to `wrong` wrong items listed. Pure. */
export function formatSpeakerReport(score: ResolvedSpeakerScore, labelsPath: string, wrong = 0): string {
  const out: string[] = [];
  out.push(`resolved speaker (hand labels ${labelsPath}; found = matched at the loosest threshold)`);
  out.push(`  kind            labelled  found  right   acc`);
  const row = (name: string, c: { labelled: number; found: number; right: number; accuracy: number }): string =>
    `  ${name.padEnd(16)}${String(c.labelled).padStart(8)}${String(c.found).padStart(7)}${String(c.right).padStart(7)}  ${pct(c.accuracy)}`;
  out.push(row("all", score));
  for (const kind of SPEAKER_LABEL_KINDS) {
    const c = score.byKind[kind];
    if (c.labelled > 0) out.push(row(kind, c));
  }
  if (score.unknown > 0) out.push(`  ${score.unknown} labels name no attribution of this data (stale labels?)`);
  if (wrong > 0) {
    const list = score.items.filter((i) => i.found && !i.right);
    out.push(`  wrong (${list.length}):`);
    for (const i of list.slice(0, wrong)) {
      out.push(`    [${i.label.kind}] ${i.label.doc} ${i.label.attribution}: "${i.label.speaker}" <- ${i.mention === null ? "no speaker" : `"${i.mention}" = "${i.resolved}"`}`);
    }
  }
  return out.join("\n");
}
