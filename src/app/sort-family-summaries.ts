import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import type { FamilySummary } from "../view/build-report-data.ts";
import { compareFamilies } from "../view/compare-families.ts";

/** Family summaries sorted into the index's order on disk (createFamilySummarySorter). */
export interface FamilySummarySorter {
  /** takes summaries; writes a sorted run to disk once `runSize` are held */
  add(summaries: readonly FamilySummary[]): Promise<void>;
  /** every summary added, in the index's order (compareFamilies), ranked 1.. */
  sorted(): AsyncGenerator<FamilySummary>;
}

/**
 * An external merge sort of the report's family summaries, so that the index of a corpus of any
 * size is ranked in bounded memory: summaries are held `runSize` at a time (default 20,000),
 * each full run sorted and written to `dir` as JSON lines, and `sorted` merges the runs (a binary
 * heap over one line per run). Memory: `runSize` summaries, plus one line and a read buffer per
 * run (runs = families / runSize).
 */
export function createFamilySummarySorter(dir: string, runSize = 20_000): FamilySummarySorter {
  const runs: string[] = [];
  let held: FamilySummary[] = [];
  const spill = async (): Promise<void> => {
    if (held.length === 0) return;
    const file = path.join(dir, `families-${runs.length}.jsonl`);
    held.sort(compareFamilies);
    const handle = await fs.open(file, "w");
    try {
      for (let i = 0; i < held.length; i += 1000) {
        await handle.write(held.slice(i, i + 1000).map((s) => `${JSON.stringify(s)}\n`).join(""));
      }
    } finally {
      await handle.close();
    }
    runs.push(file);
    held = [];
  };
  return {
    async add(summaries) {
      for (const s of summaries) held.push(s);
      if (held.length >= runSize) await spill();
    },
    async *sorted() {
      let rank = 0;
      if (runs.length === 0) {
        // everything fits one run: no file
        held.sort(compareFamilies);
        for (const s of held) yield { ...s, rank: ++rank };
        return;
      }
      await spill();
      const readers = runs.map((file) => readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]());
      try {
        const heap: { summary: FamilySummary; run: number }[] = [];
        const next = async (run: number): Promise<void> => {
          const line = await readers[run]!.next();
          if (!line.done) push(heap, { summary: JSON.parse(line.value) as FamilySummary, run });
        };
        for (let run = 0; run < readers.length; run++) await next(run);
        while (heap.length > 0) {
          const top = pop(heap);
          yield { ...top.summary, rank: ++rank };
          await next(top.run);
        }
      } finally {
        for (const reader of readers) await reader.return?.();
      }
    },
  };
}

type Entry = { summary: FamilySummary; run: number };
const before = (a: Entry, b: Entry): boolean => compareFamilies(a.summary, b.summary) < 0;

function push(heap: Entry[], entry: Entry): void {
  heap.push(entry);
  for (let i = heap.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function pop(heap: Entry[]): Entry {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
  return top;
}
