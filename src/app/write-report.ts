import fs from "node:fs/promises";
import path from "node:path";
import type { ReportFile, ReportFormat } from "../report/render-report.ts";
import type { Store } from "../store/open-store.ts";
import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { checkReportFormats } from "../report/check-report-formats.ts";
import { buildPageContext } from "../report/build-page-context.ts";
import { renderFamilyBatch, type SpeakerBlock } from "../report/render-family-batch.ts";
import { renderHtmlIndexParts } from "../report/render-html-index-parts.ts";
import { renderHtmlIndexRow } from "../report/render-html-index-row.ts";
import { renderMarkdownIndexParts } from "../report/render-markdown-index-parts.ts";
import { renderMarkdownIndexRow } from "../report/render-markdown-index-row.ts";
import { renderOutletPages } from "../report/render-outlet-pages.ts";
import { renderReportJson } from "../report/render-report-json.ts";
import { renderSpeakerPages } from "../report/render-speaker-pages.ts";
import type { OutletRow } from "../report/list-outlet-rows.ts";
import { buildFamilyView, type FamilyView } from "../view/build-family-view.ts";
import type { FamilyReport, FamilySummary } from "../view/build-report-data.ts";
import { createReportTally } from "../view/tally-report.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { openReportWriter } from "./write-report-files.ts";
import { createFamilySummarySorter } from "./sort-family-summaries.ts";

export interface WriteReportOptions {
  outDir: string;
  formats: ReportFormat[];
  generatedAt: string;
  /** families loaded, rendered and dropped at a time (default 500) */
  batchSize?: number;
  /** family summaries held before a sorted run is written to disk (default 20,000; see createFamilySummarySorter) */
  sortRunSize?: number;
  /**
   * a report of recent news only (YYYY-MM-DD): the families quoted on a page dated on or after it,
   * whole, over the articles and mentions of those pages (see Store.loadReportWindow); its time
   * grows with the window, where a full report's grows with the store
   */
  since?: string;
}

/** articles read at a time for the index figures (no text) */
const ARTICLE_PAGE = 10_000;

/**
 * Renders the reports from what the store holds and writes them under outDir, in bounded memory
 * (the same bytes as renderReport over the whole store):
 * 1. the index figures: articles (without text) and families in batches, each family's view built
 *    and reduced to a compact summary (createReportTally), the summaries sorted into rank order on
 *    disk (createFamilySummarySorter: an external merge sort);
 * 2. families in rank order, `batchSize` at a time (their members' mentions and articles loaded,
 *    views built, pages written, their rows appended to the index pages and their entries to
 *    report.json, their rows on outlet pages and blocks of speaker pages appended to scratch
 *    files, then dropped);
 * 3. each outlet's and speaker's page assembled from its scratch file, one at a time.
 * Memory, whatever the number of families: one batch of families with their mentions and
 * articles, one sort run of summaries (20,000), a line per sort run while merging, an entry per
 * outlet, origin and speaker name, the rows of the largest outlet or speaker page while it is
 * assembled, and the writer's list of file paths (one per page written). Files are replaced
 * as writeReportFiles does (openReportWriter: each one old or new after a crash, foreign files
 * never touched).
 */
/** Returns the paths written, sorted. */
export async function writeReport(store: Store, options: WriteReportOptions): Promise<string[]> {
  const formats = checkReportFormats(options.formats);
  const pages = { md: formats.has("md"), html: formats.has("html") };
  const batchSize = options.batchSize ?? 500;
  const writer = await openReportWriter(options.outDir);
  const written: string[] = [];
  const add = async (file: ReportFile): Promise<void> => {
    await writer.add(file.path, file.content);
    written.push(file.path);
  };
  try {
    // 1. the index figures; family summaries sorted on disk
    const tally = createReportTally(options.generatedAt, { keepFamilies: false });
    const since = options.since ?? null;
    const window = since === null ? null : await store.loadReportWindow(since);
    for (let after = ""; ;) {
      const heads = await store.loadArticleHeads(after, ARTICLE_PAGE, since);
      if (heads.length === 0) break;
      tally.addArticles(heads);
      after = heads[heads.length - 1]!.id;
    }
    const sorter = createFamilySummarySorter(writer.scratch, options.sortRunSize);
    for (let after = "", start = 0; ; start += batchSize) {
      const ids = window === null ? await store.listFamilyIds(after, batchSize) : window.familyIds.slice(start, start + batchSize);
      if (ids.length === 0) break;
      await sorter.add(tally.addFamilies(await loadViews(store, ids)));
      after = ids[ids.length - 1]!;
    }
    const index = tally.finish(window === null ? (await store.summary()).mentions : window.mentions);
    const context = buildPageContext(index);
    const indexPages = [
      ...(pages.md ? [{ path: "index.md", parts: renderMarkdownIndexParts(index), row: renderMarkdownIndexRow }] : []),
      ...(pages.html ? [{ path: "index.html", parts: renderHtmlIndexParts(index, tally.familyFlags()), row: renderHtmlIndexRow }] : []),
    ];
    for (const page of indexPages) await writer.append(page.path, page.parts.head);

    // 2. families in rank order: their pages, rows of the index pages and entries of report.json
    const outletFiles = new Map(index.outlets.map((o, i) => [makeNameKey(o.name), path.join(writer.scratch, `outlet-${i}.jsonl`)]));
    const speakerFiles = new Map(index.speakers.map((s, i) => [makeNameKey(s.name), path.join(writer.scratch, `speaker-${i}.jsonl`)]));
    const json = formats.has("json") ? renderReportJson(index) : null;
    if (json) await writer.append("report.json", json.head);
    let first = true;
    const render = async (summaries: readonly FamilySummary[]): Promise<void> => {
      if (summaries.length === 0) return;
      const views = new Map((await loadViews(store, summaries.map((s) => s.id))).map((v) => [v.id, v]));
      const families = summaries.map((summary) => toFamilyReport(summary, views.get(summary.id)));
      const batch = renderFamilyBatch(families, context, formats);
      for (const file of batch.files) await add(file);
      const separator = first ? "" : "\n";
      for (const page of indexPages) await writer.append(page.path, separator + summaries.map((f) => page.row(f, context)).join("\n"));
      if (json) await writer.append("report.json", (first ? "" : ",\n") + batch.json.join(",\n"));
      await appendLines(batch.outletRows, (r) => outletFiles.get(r.outletKey));
      await appendLines(batch.speakerBlocks, (b) => speakerFiles.get(b.speakerKey));
      first = false;
    };
    let summaries: FamilySummary[] = [];
    for await (const summary of sorter.sorted()) {
      summaries.push(summary);
      if (summaries.length >= batchSize) {
        await render(summaries);
        summaries = [];
      }
    }
    await render(summaries);
    for (const page of indexPages) {
      await writer.append(page.path, first ? page.parts.tail.slice(1) : page.parts.tail);
      written.push(page.path);
    }
    if (json) {
      await writer.append("report.json", json.tail);
      written.push("report.json");
    }

    // 3. outlet and speaker pages, one at a time
    for (const outlet of index.outlets) {
      const rows = await readLines<OutletRow>(outletFiles.get(makeNameKey(outlet.name)));
      for (const file of renderOutletPages(outlet, rows, context, pages)) await add(file);
    }
    for (const speaker of index.speakers) {
      const blocks = await readLines<SpeakerBlock>(speakerFiles.get(makeNameKey(speaker.name)));
      for (const file of renderSpeakerPages(speaker, blocks, context, pages)) await add(file);
    }
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return written.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The views of the given families (as buildReportData builds them), from their rows in the store. */
async function loadViews(store: Store, ids: readonly string[]): Promise<FamilyView[]> {
  const { corpus, result, provenance } = await store.loadFamilies(ids);
  const articles = new Map<string, CorpusArticle>(corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(corpus.mentions.map((m) => [m.id, m]));
  const byFamily = new Map<string, FamilyProvenance>(provenance.map((p) => [p.familyId, p]));
  return result.families.map((family) => buildFamilyView(family, byFamily.get(family.id), articles, mentions));
}

function toFamilyReport(summary: FamilySummary, view: FamilyView | undefined): FamilyReport {
  if (view === undefined) throw new Error(`family ${summary.id} disappeared while the report was written; run the report again`);
  const { id, ...rest } = view;
  return { id, rank: summary.rank, ...rest };
}

/** Appends each item as a JSON line to the file its key names (items without a file are not on any page). */
async function appendLines<T>(items: readonly T[], fileOf: (item: T) => string | undefined): Promise<void> {
  const byFile = new Map<string, string[]>();
  for (const item of items) {
    const file = fileOf(item);
    if (file === undefined) continue;
    const lines = byFile.get(file);
    if (lines) lines.push(JSON.stringify(item));
    else byFile.set(file, [JSON.stringify(item)]);
  }
  for (const [file, lines] of byFile) await fs.appendFile(file, `${lines.join("\n")}\n`);
}

async function readLines<T>(file: string | undefined): Promise<T[]> {
  if (file === undefined) return [];
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as T);
}
