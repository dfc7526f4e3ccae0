import type { ErrorAnalysis } from "./collect-errors.ts";
import type { ExtractEvalReport } from "./run-extract-eval.ts";

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const MAX_GROUPS_LISTED = 30;
const CUE_GROUPS = ["according to", "said", "told", "reported", "other speech"] as const;

/** The human-readable eval table (and the error analysis when given). Pure. */
export function formatEvalReport(report: ExtractEvalReport, dataLabel: string, errors: ErrorAnalysis | null): string {
  const { summary, speed } = report;
  const out: string[] = [];
  out.push(`PolNeAR extraction eval — ${dataLabel}`);
  out.push(`articles ${summary.articles}, gold attributions ${summary.goldAttributions}, speech/according-to gold ${summary.byThreshold[0]?.speechGold ?? 0}, predictions ${summary.byThreshold[0]?.predicted ?? 0}`);
  out.push(report.grouping.grouped
    ? `predictions are attribution relations: ${report.grouping.quotes} quotes, those sharing a cue span grouped into one (eval/group-predictions.ts; --no-group scores each quote)`
    : `predictions are single quotes: ${report.grouping.quotes} quotes, each its own attribution (--no-group)`);
  out.push("");
  out.push("overlap   P      R      F1     source acc (hit/eligible)   correct/pred   found/gold");
  for (const t of summary.byThreshold) {
    out.push(
      `>= ${t.threshold.toFixed(1)}   ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${pct(t.sourceAccuracy)} (${t.sourceHit}/${t.sourceEligible})`.padEnd(58) +
        `${t.correct}/${t.predicted}`.padEnd(15) + `${t.speechFound}/${t.speechGold}`,
    );
  }
  out.push("");
  const header = summary.thresholds.map((t) => `R@${t.toFixed(1)}`.padStart(7)).join("");
  out.push(`recall per cue        gold${header}`);
  for (const group of CUE_GROUPS) {
    const f = summary.byCueGroup[group];
    if (!f) continue;
    out.push(`  ${group.padEnd(18)}${String(f.gold).padStart(6)}${f.found.map((n) => pct(n / f.gold).padStart(7)).join("")}`);
  }
  const lemmas = Object.entries(summary.byCueLemma).sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]));
  out.push(`  by verb: ${lemmas.map(([l, f]) => `${l} ${f.found[0] ?? 0}/${f.gold}`).join(", ")}`);
  out.push("");
  out.push(`predictions per kind  pred${summary.thresholds.map((t) => `P@${t.toFixed(1)}`.padStart(7)).join("")}`);
  for (const [kind, f] of Object.entries(summary.byKind).sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${kind.padEnd(18)}${String(f.predicted).padStart(6)}${f.correct.map((n) => pct(n / f.predicted).padStart(7)).join("")}`);
  }
  out.push("");
  const w = summary.wire;
  out.push(`wire detection: accuracy ${pct(w.accuracy)}% (${w.correct}/${w.articles}); gold wires ${w.goldWithWire}, found ${w.wireFound}; predicted wires ${w.predictedWithWire}`);
  const confusions = Object.entries(w.confusions).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (confusions.length > 0) out.push(`  wrong: ${confusions.map(([k, n]) => `${k} ×${n}`).join(", ")}`);
  const cpu = speed.mbPerCpuSecond === null ? "" : `; ${speed.mbPerCpuSecond.toFixed(2)} MB per CPU second`;
  out.push(`speed: ${speed.mbPerSecond.toFixed(2)} MB/s wall (${(speed.bytes / 1e6).toFixed(2)} MB in ${(speed.ms / 1000).toFixed(2)} s, one thread)${cpu}`);
  if (report.contractViolations.length > 0) {
    out.push(`CONTRACT VIOLATIONS: ${report.contractViolations.length} quotes break text === input.slice(start, end), e.g. ` +
      report.contractViolations.slice(0, 3).map((v) => `${v.docId} ${v.quoteId}: ${v.problem}`).join("; "));
  }
  if (errors) out.push("", formatErrors(errors));
  return out.join("\n");
}

function formatErrors(errors: ErrorAnalysis): string {
  const out: string[] = [];
  const list = (title: string, groups: ErrorAnalysis["misses"]): void => {
    const total = groups.reduce((n, g) => n + g.count, 0);
    out.push(`${title} at overlap ${errors.threshold}: ${total}`);
    const shown = groups.slice(0, MAX_GROUPS_LISTED);
    for (const g of shown) {
      const failures = Object.entries(g.failures).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
      out.push(`  ${String(g.count).padStart(5)}  ${g.construction}  [${failures}]`);
    }
    const rest = groups.slice(MAX_GROUPS_LISTED);
    if (rest.length > 0) out.push(`  ... ${rest.length} smaller groups, ${rest.reduce((n, g) => n + g.count, 0)} items`);
    for (const g of groups) {
      if (g.samples.length === 0) continue;
      out.push(`  -- ${g.construction}`);
      for (const s of g.samples) {
        out.push(`     [${s.docId}] best overlap ${s.bestOverlap.toFixed(2)}; ${s.detail}`);
        out.push(`       ${s.context}`);
      }
    }
  };
  const byCount = (r: Record<string, number>): string =>
    Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ");
  out.push(`misses by content shape: ${byCount(errors.missesByShape)}`);
  out.push(`misses by cue: ${byCount(errors.missesByCue)}`);
  list("MISSED speech attributions", errors.misses);
  out.push("");
  list("FALSE POSITIVES (match no gold attribution)", errors.falsePositives);
  return out.join("\n");
}
