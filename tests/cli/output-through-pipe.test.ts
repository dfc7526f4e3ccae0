import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 9 #1: through a pipe, output was cut at 64 KiB with exit 0, because cli/main exited on a
// timer before stdout drained; and `| head` made the next write fail with EPIPE.

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "quotetrail.mjs");
const FILES = 440; // about 24 KB of `extract --json` per file: over 10 MB in all
/** 40 of the files: output of several pipe buffers (64 KiB) either way, in a tenth of the time */
const SOME = `$(ls articles/00[0-3]?.txt) --manifest articles/manifest.json`;
const haveBash = spawnSync("bash", ["-c", "true"]).status === 0;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qt-pipe-"));
  const articles = path.join(dir, "articles");
  fs.mkdirSync(articles);
  const manifest: Record<string, unknown> = {};
  for (let i = 0; i < FILES; i++) {
    const name = `${String(i).padStart(4, "0")}.txt`;
    let text = `MOSCOW (Reuters) - Officials met on Monday, meeting number ${i}.\n\n`;
    for (let j = 0; j < 20; j++) {
      text += `“We will keep working on item ${i}-${j} with all partners in the region,” the minister Anna Kovacs said.\n\n` +
        `Officials said the talks on point ${j} would go on.\n\n`;
    }
    fs.writeFileSync(path.join(articles, name), text);
    manifest[name] = { outlet: { name: `Outlet ${i % 7}` }, publishedAt: "2023-08-01", language: "en" };
  }
  fs.writeFileSync(path.join(articles, "manifest.json"), JSON.stringify(manifest));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs a bash script in the temp dir with `$Q` set to the CLI; stdout, stderr, exit code. */
function bash(script: string) {
  const result = spawnSync("bash", ["-c", `set -o pipefail; Q=(${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}); ${script}`], {
    cwd: dir,
    encoding: "utf8",
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** What the reader of the pipe prints: it parses the JSON, then prints the length and hash of the bytes. */
const PARSE_AND_HASH =
  `const b = require("fs").readFileSync(0); JSON.parse(b.toString("utf8")); ` +
  `process.stdout.write(b.length + " " + require("crypto").createHash("sha256").update(b).digest("hex"))`;

describe.runIf(haveBash)("output through a pipe (issue 9 #1)", () => {
  it("extract --json: over 10 MB arrive whole through a pipe, parse, and equal a file redirect byte for byte", () => {
    const toFile = bash(`"\${Q[@]}" extract articles --json > extract.json`);
    expect(toFile.stderr).toBe("");
    expect(toFile.code).toBe(0);
    const file = fs.readFileSync(path.join(dir, "extract.json"));
    expect(file.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(JSON.parse(file.toString("utf8")).articles).toHaveLength(FILES);

    const piped = bash(`"\${Q[@]}" extract articles --json | node -e ${JSON.stringify(PARSE_AND_HASH)}`);
    expect(piped.stderr).toBe("");
    expect(piped.code).toBe(0); // pipefail: neither side failed; a truncated document fails JSON.parse
    expect(piped.stdout).toBe(`${file.length} ${sha256(file)}`);
  }, 300_000);

  it("plain text output arrives whole through a pipe too, equal to a file redirect", () => {
    const toFile = bash(`"\${Q[@]}" extract ${SOME} > extract.txt`);
    expect(toFile.stderr).toBe("");
    expect(toFile.code).toBe(0);
    const file = fs.readFileSync(path.join(dir, "extract.txt"));
    expect(file.length).toBeGreaterThan(3 * 64 * 1024);
    const piped = bash(`"\${Q[@]}" extract ${SOME} | node -e 'const b = require("fs").readFileSync(0); process.stdout.write(b.length + " " + require("crypto").createHash("sha256").update(b).digest("hex"))'`);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(`${file.length} ${sha256(file)}`);
  }, 300_000);

  it("a reader that stops early (| head -c 100) ends it quietly: no stack trace, exit 0", () => {
    const run = bash(`"\${Q[@]}" extract ${SOME} --json 2>stderr.txt | head -c 100; echo " status \${PIPESTATUS[0]}"`);
    expect(run.stdout).toMatch(/^\{\n {2}"articles": \[/);
    expect(run.stdout.endsWith(" status 0\n")).toBe(true);
    expect(fs.readFileSync(path.join(dir, "stderr.txt"), "utf8")).toBe("");
  }, 300_000);

  it("a write error other than EPIPE (a full disk) is reported and fails the command", () => {
    if (!fs.existsSync("/dev/full")) return;
    const run = bash(`"\${Q[@]}" --help > /dev/full`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quotetrail: cannot write to stdout: ENOSPC/);
  });
});
