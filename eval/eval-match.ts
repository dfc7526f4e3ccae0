/**
 * `npm run eval:match -- --data <basil folder> [--json] [--explain] [--prefix basil_dev]`
 *
 * Scores cross-outlet matching (and speakers) on BASIL with the protocol of the data README (see
 * eval/README.md): every article is written as one JSON file ({text, url, outlet, title, date},
 * text unchanged) into a temp folder and ingested through the app's `ingest` use case, exactly
 * what `quotetrail ingest <folder>` runs, then matched as `quotetrail match` does, on a fresh
 * database (a new database on the DATABASE_URL server, dropped after; else an embedded PGlite in a
 * temp directory). The stored mentions and families are then scored by pure functions
 * (score-match-pairs.ts, score-speakers.ts). Never copies the data into the project.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runIngest } from "../src/app/run-ingest.ts";
import { updateMatches } from "../src/app/update-matches.ts";
import { buildMatchView } from "./build-match-view.ts";
import { formatMatchReport, type MatchEvalReport } from "./format-match-report.ts";
import { articleKey, type BasilArticle, type BasilSpanRef } from "./match-types.ts";
import { openFreshStore } from "./open-fresh-store.ts";
import { parseMatchArgs } from "./parse-match-args.ts";
import { readBasil } from "./read-basil.ts";
import { scoreMatchPairs } from "./score-match-pairs.ts";
import { scoreSpeakers } from "./score-speakers.ts";

async function main(argv: readonly string[]): Promise<void> {
  let args;
  try {
    args = parseMatchArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const file = (name: string): string => join(args.data, `${args.prefix}_${name}.jsonl`);
  let data;
  try {
    data = readBasil({
      articles: readFileSync(file("articles"), "utf8"),
      pairs: readFileSync(file("pairs"), "utf8"),
      speakers: existsSync(file("speakers")) ? readFileSync(file("speakers"), "utf8") : null,
    });
  } catch (error) {
    process.stderr.write(`cannot read the BASIL data in ${args.data}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const articleByKey = new Map(data.articles.map((a) => [articleKey(a.triplet, a.source), a]));
  const fresh = await openFreshStore(process.env.DATABASE_URL?.trim() || undefined);
  const inputDir = await mkdtemp(join(tmpdir(), "quotetrail-eval-basil-")).catch(async (error: unknown) => {
    await fresh.dispose();
    throw error;
  });
  try {
    const keyByFile = await writeArticleFiles(data.articles, inputDir);
    let t0 = performance.now();
    const ingested = await runIngest(fresh.store, { paths: [inputDir], cwd: inputDir });
    const ingestSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const matched = await updateMatches(fresh.store, { rebuild: false });
    const matchSeconds = (performance.now() - t0) / 1000;
    const corpus = await fresh.store.loadCorpus();
    const stored = await fresh.store.loadMatch();
    const keyOfFile = (f: string): string | null => keyByFile.get(f.replace(/^.*[\\/]/, "")) ?? null;
    for (const article of corpus.articles) {
      const key = keyOfFile(article.file);
      const original = key === null ? undefined : articleByKey.get(key);
      if (original === undefined) throw new Error(`stored article ${article.file} is not one of the BASIL files`);
      if (article.text !== original.text) {
        throw new Error(`the stored text of ${article.file} differs from the BASIL text, so the labelled offsets do not hold (ingest changed the text)`);
      }
    }
    const view = buildMatchView(corpus, stored.result, keyOfFile);
    const report: MatchEvalReport = {
      data: args.data,
      where: fresh.where,
      ingest: {
        articles: corpus.articles.length,
        rejected: ingested.result.rejected.length,
        mentions: matched.mentions,
        families: matched.families,
        multiOutletFamilies: matched.multiOutletFamilies,
        ingestSeconds,
        matchSeconds,
      },
      match: scoreMatchPairs(data.pairs, view),
      speakers: data.speakers.length > 0 ? scoreSpeakers(data.speakers, view) : null,
    };
    for (const r of ingested.result.rejected) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
    const spanText = (span: BasilSpanRef): string => articleByKey.get(articleKey(span.triplet, span.source))?.text.slice(span.start, span.end) ?? "";
    if (args.json) process.stdout.write(`${JSON.stringify(toJson(report, args.explain, spanText), null, 2)}\n`);
    else process.stdout.write(`${formatMatchReport(report, { explain: args.explain, spanText, families: view.families })}\n`);
  } finally {
    await fresh.dispose();
    await rm(inputDir, { recursive: true, force: true });
  }
}

/** One `<triplet>-<source>.json` per article, as a user would give them; returns file name -> article key. */
async function writeArticleFiles(articles: readonly BasilArticle[], dir: string): Promise<Map<string, string>> {
  const keyByFile = new Map<string, string>();
  for (const a of articles) {
    const name = `${a.triplet}-${a.source}.json`.replace(/[^\w.-]/g, "_");
    if (keyByFile.has(name)) throw new Error(`two BASIL articles map to the file name ${name}`);
    keyByFile.set(name, articleKey(a.triplet, a.source));
    await writeFile(join(dir, name), JSON.stringify({ text: a.text, url: a.url, outlet: a.outlet, title: a.title, date: a.date }));
  }
  return keyByFile;
}

function toJson(report: MatchEvalReport, explain: boolean, spanText: (span: BasilSpanRef) => string): unknown {
  const { match: m, speakers: s } = report;
  const side = (span: BasilSpanRef, mention: { id: string; speaker: string | null; familyId: string | null; link: string | null; text: string } | null) => ({
    ...span,
    text: spanText(span),
    mention: mention === null ? null : { id: mention.id, speaker: mention.speaker, familyId: mention.familyId, link: mention.link, text: mention.text },
  });
  return {
    data: report.data,
    database: report.where,
    ingest: report.ingest,
    pairs: m.pairs,
    bothExtracted: m.bothExtracted,
    precision: m.precision,
    truePositives: m.truePositives,
    falsePositives: m.falsePositives,
    recall: m.recall,
    f1: m.f1,
    byDrift: m.byDrift,
    spans: m.spans,
    missReasons: m.missReasons,
    wrongMerges: m.wrongMerges.map((w) => ({ through: w.through, forcedByLabels: w.forcedByLabels, familyId: w.familyId, note: w.pair.note, a: side(w.pair.a, w.a), b: side(w.pair.b, w.b) })),
    speakers: s === null ? null : {
      labelled: s.labelled, found: s.found, right: s.right, noSpeaker: s.noSpeaker, accuracy: s.accuracy,
      ...(explain ? { wrong: s.items.filter((x) => x.mention !== null && !x.right).map((x) => ({ ...x.label, resolved: x.mention?.speaker ?? null, mentionId: x.mention?.id })) } : {}),
    },
    ...(explain ? { missed: m.missed.map((p) => ({ drift: p.pair.drift, reason: p.reason, note: p.pair.note, a: side(p.pair.a, p.a), b: side(p.pair.b, p.b) })) } : {}),
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval:match failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
