/**
 * Runaway-regex guard for the extraction engine (issue 3, "Measured, not guessed"): adversarial
 * inputs must cost at most 10x the time of normal news text of the same size (+ a small constant
 * for timer noise), and every quote must still satisfy `text === input.slice(start, end)`.
 *
 * The engine runs in a worker thread so that a catastrophic regex fails this test after a hard
 * limit instead of hanging the whole suite.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateNewsText } from "../../eval/generate-news-text.ts";

const ENGINE = fileURLToPath(new URL("../../src/extract/extract-quotes.ts", import.meta.url));
/** tsx's ESM loader API (its package "exports" entry), resolved from this project so the worker can
 *  import the TypeScript engine whatever the current directory */
const TSX_API = ((): string => {
  const pkgPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { exports: Record<string, { import: { default: string } }> };
  const entry = pkg.exports["./esm/api"]?.import.default;
  if (!entry) throw new Error("tsx has no ./esm/api export: the adversarial test needs tsx >= 4");
  return join(dirname(pkgPath), entry);
})();
/** slack for timer noise and GC pauses on small inputs */
const CONSTANT_MS = 300;
/** past this the worker is killed and the case fails as a runaway */
const HARD_LIMIT_MS = 30_000;

interface RunResult {
  ms: number;
  quotes: number;
  violations: string[];
}

const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.tsxApi)
  .then((api) => api.tsImport(workerData.engine, workerData.parent))
  .then((engine) => {
    parentPort.on("message", ({ id, text }) => {
      const started = performance.now();
      const result = engine.extractQuotes({ text, regions: [], dateline: null, mined: true, language: "en" });
      const ms = performance.now() - started;
      const violations = [];
      const ids = new Set();
      for (const q of result.quotes) {
        if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.start <= q.end && q.end <= text.length)) {
          violations.push(q.id + ": range [" + q.start + ", " + q.end + ") outside the text");
        } else if (text.slice(q.start, q.end) !== q.text) {
          violations.push(q.id + ": text !== input.slice(start, end) at [" + q.start + ", " + q.end + ")");
        }
        if (ids.has(q.id)) violations.push(q.id + ": duplicate id");
        ids.add(q.id);
        if (violations.length >= 5) break;
      }
      parentPort.postMessage({ id, ms, quotes: result.quotes.length, violations });
    });
    parentPort.postMessage({ ready: true });
  })
  .catch((error) => parentPort.postMessage({ failed: String(error && error.stack || error) }));
`;

let worker: Worker | null = null;
let nextId = 0;

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_CODE, { eval: true, workerData: { engine: ENGINE, parent: import.meta.url, tsxApi: pathToFileURL(TSX_API).href } });
    const onMessage = (m: { ready?: boolean; failed?: string }): void => {
      w.off("message", onMessage);
      if (m.ready) resolve(w);
      else reject(new Error(`cannot load the engine ${ENGINE}: ${m.failed ?? "unknown"}`));
    };
    w.on("message", onMessage);
    w.once("error", reject);
  });
}

/** Runs extractQuotes on `text` in the worker; kills it (and fails) past HARD_LIMIT_MS. */
async function run(text: string): Promise<RunResult> {
  if (!worker) {
    worker = await startWorker();
    // warm the engine up so no measurement is charged for compilation
    await runIn(worker, normalText(300_000));
  }
  return runIn(worker, text);
}

function runIn(w: Worker, text: string): Promise<RunResult> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      w.off("message", onMessage);
      void w.terminate();
      worker = null;
      reject(new Error(`extractQuotes did not finish within ${HARD_LIMIT_MS} ms on ${text.length} characters: runaway`));
    }, HARD_LIMIT_MS);
    const onMessage = (m: RunResult & { id: number }): void => {
      if (m.id !== id) return;
      clearTimeout(timer);
      w.off("message", onMessage);
      resolve(m);
    };
    w.on("message", onMessage);
    w.postMessage({ id, text });
  });
}

/** Normal news text of exactly `chars` characters (paragraphs, quotes, datelines). */
function normalText(chars: number): string {
  return generateNewsText({ bytes: chars + 10_000, seed: 11 }).join("\n\n").slice(0, chars);
}

/** Fastest of two runs of normal text of the given size: the baseline a case is compared with. */
const baselines = new Map<number, number>();
async function baselineMs(chars: number): Promise<number> {
  const cached = baselines.get(chars);
  if (cached !== undefined) return cached;
  const text = normalText(chars);
  const ms = Math.min((await run(text)).ms, (await run(text)).ms);
  baselines.set(chars, ms);
  return ms;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const WORDS = ["the", "minister", "said", "we", "will", "continue", "talks", "according", "to", "TASS", "he", "told", "reporters"];

const CASES: { name: string; make: () => string }[] = [
  {
    name: "1 MB of unbalanced mixed quote marks (“ \" ‘ « and closers, no pairing)",
    make: () => {
      const random = seeded(1);
      const marks = ["“", "\"", "‘", "«", "”", "’", "»", "„", "'"];
      const parts: string[] = [];
      let length = 0;
      while (length < 1_000_000) {
        const r = random();
        const piece = r < 0.5 ? marks[Math.floor(random() * marks.length)]! : `${WORDS[Math.floor(random() * WORDS.length)]!}${r < 0.9 ? " " : ", "}`;
        parts.push(piece);
        length += piece.length;
        if (random() < 0.01) {
          parts.push(".\n\n");
          length += 3;
        }
      }
      return parts.join("").slice(0, 1_000_000);
    },
  },
  {
    // Regression: pairQuoteMarks searched for the next quote mark from each paragraph's start and
    // the search ran on to wherever that mark was, so a long text of many paragraphs with a quote
    // mark only at its end cost O(paragraphs x length). Fixed by remembering the search's answer.
    name: "1 MB of short paragraphs without quote marks, one quote at the very end",
    make: () => {
      const prose = normalText(1_000_000).replace(/[“”"‘’«»„']/g, "");
      return `${prose.slice(0, 1_000_000 - 40)}\n\n“We will go on,” he said.`;
    },
  },
  {
    name: "1 MB of opening marks only, then one closing mark",
    make: () => `${"“We said ".repeat(111_111)}”`.slice(0, 1_000_000),
  },
  {
    name: "a 200,000-character paragraph (no line breaks) full of quotes and cues",
    make: () => normalText(200_000).replace(/\s*\n\s*/g, " "),
  },
  {
    name: "10,000 nested quotes (“ ‘ « alternating) around one sentence",
    make: () => {
      const open = ["“", "‘", "«", "\""];
      const close = ["”", "’", "»", "\""];
      let left = "";
      let right = "";
      for (let i = 0; i < 10_000; i++) {
        left += `${open[i % 4]!}he said `;
        right = `${close[i % 4]!}, she said.${right}`;
      }
      return `${left}We will continue to strengthen cooperation.${right}`;
    },
  },
  {
    name: "a run of 'according to according to ...' (20,000 times)",
    make: () => `Talks will go on, ${"according to ".repeat(20_000)}TASS.`,
  },
  {
    name: "a run of 50,000 capitalised words (name chains) before 'said'",
    make: () => {
      const random = seeded(2);
      const names = ["Li", "Shangfu", "Maria", "Lopez", "Kazem", "Jalali", "Defence", "Minister", "Mr.", "Gen.", "Al", "De", "O'Brien", "J.", "Van"];
      const words: string[] = [];
      for (let i = 0; i < 50_000; i++) words.push(names[Math.floor(random() * names.length)]!);
      return `“We will continue,” ${words.join(" ")} said. ${words.join(" ")} told TASS that talks go on.`;
    },
  },
  {
    name: "200,000 characters of cue verbs and commas ('said, told, added, ...')",
    make: () => "said, told, added, he said, ".repeat(8_000).slice(0, 200_000),
  },
  {
    name: "20,000 dash credits and dash runs after quotes (“...” — Mr. A B C ..., —— - -)",
    make: () => {
      const random = seeded(3);
      const names = ["Commissioner", "Maria", "Lopez", "Mr.", "Tom", "Reed", "the", "TV", "show", "(D-Ill.)", ",", "—", "-", "2", "March"];
      const parts: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const n = 1 + Math.floor(random() * 30);
        const words: string[] = [];
        for (let k = 0; k < n; k++) words.push(names[Math.floor(random() * names.length)]!);
        parts.push(`"We will not raise rates." ${"—".repeat(1 + Math.floor(random() * 3))}${words.join(" ")}${random() < 0.5 ? "." : ""}`);
      }
      return parts.join(random() < 0.5 ? "\n\n" : " ");
    },
  },
  {
    name: "20,000 colon introductions ('From X, ... :') and relative clauses (', who ..., who ...,') before cues",
    make: () => {
      const parts: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        parts.push(i % 2 === 0
          ? `From Chairwoman Janet Holt${", the chair".repeat(i % 7)}:\n\n“We reviewed every contract.”`
          : `“It worked,” Dr. Hill${", who has worked there since 1990".repeat(i % 9)}, told reporters.`);
      }
      return parts.join("\n\n");
    },
  },
  {
    name: "200,000 characters of whitespace and punctuation runs",
    make: () => `“${" ".repeat(50_000)}${".".repeat(50_000)}${"—".repeat(50_000)}${"\n".repeat(49_998)}”`,
  },
];

describe("extractQuotes on adversarial input stays linear and keeps its offsets", () => {
  beforeAll(async () => {
    await run("");
  }, 120_000);
  afterAll(async () => {
    await worker?.terminate();
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const text = c.make();
      const baseline = await baselineMs(text.length);
      const result = await run(text);
      const bound = 10 * baseline + CONSTANT_MS;
      expect(result.violations, `offset contract broken on: ${c.name}`).toEqual([]);
      expect(
        result.ms,
        `${c.name}: ${result.ms.toFixed(0)} ms vs ${baseline.toFixed(0)} ms on normal text of ${text.length} chars (bound ${bound.toFixed(0)} ms)`,
      ).toBeLessThanOrEqual(bound);
    }, 3 * HARD_LIMIT_MS);
  }

  it("the bound can fail: a quadratic scan of the 200,000-char paragraph would exceed it", async () => {
    // Pins that the comparison is meaningful: normal text of this size must be measurably fast,
    // so 10x of it is far below what an O(n^2) pass over 200,000 characters costs (> 10 s).
    const baseline = await baselineMs(200_000);
    expect(10 * baseline + CONSTANT_MS).toBeLessThan(10_000);
  });
});
