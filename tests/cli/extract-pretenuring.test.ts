import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 9, speed round 7: `quotetrail extract` ran with V8's allocation-site pretenuring, which
// takes the sites of what one article builds (tokens, entity memory, indexes: alive until its
// last sentence) for long-lived. Their objects went straight to the old generation and, dead,
// kept the young objects they point to alive until a full GC (PolNeAR train: 20 MB promoted in 3
// warm passes instead of 0.4 MB). bin/quotetrail.mjs now turns it off for `extract`. V8 prints
// one "pretenuring:" line per allocation site it weighs when run with
// --trace-pretenuring-statistics (on stdout), and none when pretenuring is off.

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "quotetrail.mjs");
const seeds = path.join(root, "seeds");

function pretenuringLines(args: string[]): { status: number | null; lines: number; stdout: string } {
  const r = spawnSync(process.execPath, ["--trace-pretenuring-statistics", ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, lines: r.stdout.split("\n").filter((l) => /\bpretenuring: /.test(l)).length, stdout: r.stdout };
}

describe("quotetrail extract and V8's allocation-site pretenuring", () => {
  it("extraction with V8's default weighs allocation sites for pretenuring (the trace works on this node)", () => {
    // the same work as `extract seeds`, without the CLI's flag: parse and extract each seed article
    const script = `
      const fs = await import("node:fs");
      const { parseArticle } = await import(${JSON.stringify(path.join(root, "dist", "ingest", "parse-article.js"))});
      const { extractQuotes } = await import(${JSON.stringify(path.join(root, "dist", "extract", "extract-quotes.js"))});
      for (let pass = 0; pass < 2; pass++) for (const f of fs.readdirSync(${JSON.stringify(seeds)}).filter((n) => n.endsWith(".txt"))) {
        const text = fs.readFileSync(${JSON.stringify(seeds)} + "/" + f, "utf8");
        const a = parseArticle({ file: f, format: "txt", text, given: {}, rawHash: "", raw: text }, {});
        if (a.mined) extractQuotes(a);
      }`;
    const r = pretenuringLines(["--input-type=module", "-e", script]);
    expect(r.status).toBe(0);
    expect(r.lines).toBeGreaterThan(0);
  });

  it("`extract` runs with it off: no allocation site weighed, and the JSON output is whole", () => {
    const r = pretenuringLines([bin, "extract", seeds, "--json"]);
    expect(r.lines).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});
