import { Worker } from "node:worker_threads";

/**
 * A worker thread of the match (build-families-worker.ts): the .js file from dist; from the sources
 * (tsx, vitest) the .ts file, tsx's loader registered first in the thread (a thread does not
 * inherit the loader of a process that vitest or tsx started)
 */
export function startMatchWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./build-families-worker.js", import.meta.url));
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./build-families-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
