import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../../src/model/input-limits.ts";
import { readInputs, type ReadInputsItem, type ReadInputsOptions } from "../../src/io/read-inputs.ts";

let dir: string;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function collect(paths: string[], options: Partial<ReadInputsOptions> = {}): Promise<ReadInputsItem[]> {
  const items: ReadInputsItem[] = [];
  for await (const item of readInputs(paths, { cwd: dir, ...options })) items.push(item);
  return items;
}

function summary(items: ReadInputsItem[]): string[] {
  return items.map((i) =>
    "rejected" in i ? `REJECT ${i.rejected.file}: ${i.rejected.reason}` : "warning" in i ? `WARN ${i.warning.file}: ${i.warning.message}` : "listed" in i ? `LISTED ${i.listed.file}` : `OK ${i.document.file}`,
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "qt-read-"));
  const batch = join(dir, "batch");
  await mkdir(join(batch, "sub"), { recursive: true });
  await writeFile(join(batch, "a-good.txt"), "\uFEFF date 2023-08-15\n\nMOSCOW (Reuters) - Li said things.\r\n");
  await writeFile(join(batch, "b-image.png"), PNG);
  await writeFile(join(batch, "c-fake.txt"), PNG);
  await writeFile(join(batch, "d-empty.txt"), "");
  await writeFile(join(batch, "e-blank.txt"), "  \n\t\n");
  await writeFile(join(batch, "f-lines.jsonl"), [
    JSON.stringify({ text: "First line article.", url: "https://www.reuters.com/a", date: "2023-08-15" }),
    "{not json",
    "",
    JSON.stringify({ body: "Third line article.", outlet: "TASS" }),
    JSON.stringify({ title: "no text here" }),
  ].join("\n") + "\n");
  await writeFile(join(batch, "g-latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await writeFile(join(batch, "h-notes.xyz"), "not an article");
  await writeFile(join(batch, ".hidden.txt"), "hidden");
  await writeFile(join(batch, "manifest.json"), JSON.stringify({ "a-good.txt": { title: "From manifest", publishedAt: "2023-08-16" }, "sub/j-page.html": { title: "Nested" }, "sub/i-array.json": { title: "Array" } }));
  await writeFile(join(batch, "sub", "i-array.json"), JSON.stringify([{ text: "One." }, { text: "" }, { body: "Three.", date: "2023-02-30" }, { body: "Four.", date: "2023-08-15T10:00:00Z" }]));
  await writeFile(join(batch, "sub", "j-page.html"), "<html lang='en'><head><title>T</title></head><body><p>Hello world, this is a page.</p></body></html>");
  await writeFile(join(dir, "big.txt"), "x".repeat(2000));
  await writeFile(join(dir, "notes.md"), "# notes");
  await writeFile(join(dir, "single.json"), JSON.stringify({ text: "Solo.", outlet: { name: "Reuters", domain: "reuters.com" } }));
  await writeFile(join(dir, "broken.json"), "{ \"text\": ");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readInputs", () => {
  it("walks a folder in name order, rejecting bad files with reasons while the good ones go on", async () => {
    const skipped: string[] = [];
    const items = await collect(["batch"], { onSkip: (file, reason) => skipped.push(`${file}: ${reason}`) });
    expect(summary(items)).toEqual([
      "OK batch/a-good.txt",
      "REJECT batch/b-image.png: binary file (PNG image)",
      "REJECT batch/c-fake.txt: binary file (PNG image)",
      "REJECT batch/d-empty.txt: empty file",
      "REJECT batch/e-blank.txt: empty file (whitespace only)",
      "OK batch/f-lines.jsonl#L1",
      expect.stringMatching(/^REJECT batch\/f-lines\.jsonl#L2: malformed JSON line: /) as unknown as string,
      "OK batch/f-lines.jsonl#L4",
      'REJECT batch/f-lines.jsonl#L5: record has no "text" or "body" field',
      "REJECT batch/g-latin1.txt: invalid UTF-8 at byte 3",
      "OK batch/sub/i-array.json#1",
      "REJECT batch/sub/i-array.json#2: record's \"text\"/\"body\" is empty",
      'REJECT batch/sub/i-array.json#3: invalid field date: expected YYYY-MM-DD or an ISO date-time, got "2023-02-30"',
      "OK batch/sub/i-array.json#4",
      "OK batch/sub/j-page.html",
    ]);
    // a binary file of another type is reported (the user should see it was not ingested), other types skipped
    expect(skipped).toEqual([
      "batch/.hidden.txt: hidden",
      'batch/h-notes.xyz: unknown extension ".xyz"',
      "batch/manifest.json: manifest (metadata, not an article)",
    ]);
  });

  it("names each document relative to the corpus root: the folder given, or a lone file's bare name; never the absolute path (issue 14)", async () => {
    const names = (items: ReadInputsItem[]): string[] => items.flatMap((i) => ("document" in i ? [i.document.corpusPath ?? "(none)"] : []));
    expect(names(await collect(["batch"]))).toEqual(["a-good.txt", "f-lines.jsonl#L1", "f-lines.jsonl#L4", "sub/i-array.json#1", "sub/i-array.json#4", "sub/j-page.html"]);
    expect(names(await collect([join(dir, "batch", "sub")]))).toEqual(["i-array.json#1", "i-array.json#4", "j-page.html"]);
    expect(names(await collect([join(dir, "batch", "sub", "j-page.html"), "single.json"]))).toEqual(["j-page.html", "single.json"]);
  });

  it("keeps .txt text exactly as read, BOM dropped, and attaches the folder's manifest entry", async () => {
    const [first] = await collect(["batch/a-good.txt"]);
    expect(first && "document" in first).toBe(true);
    if (!first || !("document" in first)) return;
    expect(first.document.text).toBe(" date 2023-08-15\n\nMOSCOW (Reuters) - Li said things.\r\n");
    expect(first.document.raw).toBe(first.document.text);
    expect(first.document.format).toBe("txt");
    expect(first.document.rawHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.manifest).toEqual({ title: "From manifest", publishedAt: "2023-08-16" });
  });

  it("gives JSON fields as validated metadata and per-line files for .jsonl", async () => {
    const items = await collect(["batch/f-lines.jsonl", "single.json", "batch/sub/i-array.json"]);
    const docs = items.flatMap((i) => ("document" in i ? [i.document] : []));
    expect(docs[0]).toMatchObject({ file: "batch/f-lines.jsonl#L1", format: "jsonl", text: "First line article.", given: { url: "https://www.reuters.com/a", outletDomain: "reuters.com", date: "2023-08-15" } });
    expect(docs[1]).toMatchObject({ file: "batch/f-lines.jsonl#L4", text: "Third line article.", given: { outlet: "TASS" } });
    expect(docs[2]).toMatchObject({ file: "single.json", format: "json", given: { outlet: "Reuters", outletDomain: "reuters.com" } });
    expect(docs.find((d) => d.file.endsWith("#4"))?.given.date).toBe("2023-08-15");
    // a manifest entry describes one article: the records of a JSON array do not get it
    const nested = items.find((i) => "document" in i && i.document.file.endsWith("i-array.json#1"));
    expect(nested && "manifest" in nested ? nested.manifest : undefined).toBeUndefined();
  });

  it("extracts the main text of an HTML page with its metadata, with a parent folder's manifest entry", async () => {
    const item = (await collect(["batch"])).find((i) => "document" in i && i.document.file.endsWith("j-page.html"));
    expect(item && "document" in item ? item.document.text : null).toBe("Hello world, this is a page.");
    expect(item && "document" in item ? item.document.given : null).toMatchObject({ title: "T", language: "en" });
    expect(item && "manifest" in item ? item.manifest : null).toEqual({ title: "Nested" });
  });

  it("rejects files over maxBytes, unknown explicit extensions, missing paths and malformed JSON", async () => {
    const items = await collect(["big.txt", "notes.md", "missing.txt", "broken.json"], { maxBytes: 1000 });
    expect(summary(items)).toEqual([
      "REJECT big.txt: too large: 2000 bytes (limit 1000)",
      'REJECT notes.md: unsupported file type ".md" (expected .txt, .html, .htm, .json or .jsonl)',
      "REJECT missing.txt: not found",
      expect.stringMatching(/^REJECT broken\.json: malformed JSON: /),
    ]);
  });

  it("reads a file of exactly maxBytes whole, and rejects a named pipe instead of waiting on it (sync reads)", async () => {
    const exact = join(dir, "exact");
    await mkdir(exact);
    await writeFile(join(exact, "a.txt"), "z".repeat(1000));
    execFileSync("mkfifo", [join(exact, "b-pipe.txt")]);
    const items = await collect(["exact", "exact/b-pipe.txt"], { maxBytes: 1000 });
    expect(summary(items)).toEqual(["OK exact/a.txt", "REJECT exact/b-pipe.txt: not a regular file (a named pipe)", "REJECT exact/b-pipe.txt: not a regular file (a named pipe)"]);
    const first = items[0];
    expect(first && "document" in first ? first.document.text.length : -1).toBe(1000);
  });

  it("rejects a 60 MB file by its size without reading it, and refuses a limit over one article's most (regression: --max-bytes 100000000 read 60 MB for over 120 s and 2.9 GB)", async () => {
    const huge = join(dir, "huge-60mb.txt");
    await writeFile(huge, "");
    await truncate(huge, 60_000_000); // sparse: costs no disk
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const items = await collect(["huge-60mb.txt", "single.json"], { maxBytes: MAX_DOCUMENT_BYTES });
    expect(summary(items)).toEqual([`REJECT huge-60mb.txt: too large: 60000000 bytes (limit ${MAX_DOCUMENT_BYTES})`, "OK single.json"]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(50_000_000);
    await expect(collect(["single.json"], { maxBytes: 100_000_000 })).rejects.toThrow(/per-article size limit must be a whole number of bytes from 1 to 10000000/);
  });

  it("refuses a named pipe called manifest.json instead of blocking on it (regression), and a FIFO .jsonl as not a regular file (was 'empty file')", async () => {
    const pipes = join(dir, "pipes");
    await mkdir(pipes);
    execFileSync("mkfifo", [join(pipes, "manifest.json")]);
    execFileSync("mkfifo", [join(pipes, "b.jsonl")]);
    await writeFile(join(pipes, "c.txt"), "Fine text here.");
    const items = await collect(["pipes", "pipes/c.txt"]);
    expect(summary(items)).toEqual([
      expect.stringMatching(/^REJECT pipes\/manifest\.json: cannot read manifest .*pipes\/manifest\.json: not a regular file \(a named pipe\)$/),
      "REJECT pipes/b.jsonl: not a regular file (a named pipe)",
      "OK pipes/c.txt",
      expect.stringMatching(/^REJECT pipes\/manifest\.json: cannot read manifest .*: not a regular file \(a named pipe\)$/),
      "OK pipes/c.txt",
    ]);
    await expect(collect(["pipes/c.txt"], { manifestPath: "pipes/manifest.json" })).rejects.toThrow(/not a regular file \(a named pipe\)/);
  });

  it("warns about manifest entries that name missing files (regression: silently ignored), not about files merely not given", async () => {
    const listed = join(dir, "listed");
    await mkdir(listed);
    await writeFile(join(listed, "manifest.json"), JSON.stringify({ "a.txt": { title: "A" }, "b.txt": { title: "B" }, "gone.txt": { title: "Gone" } }));
    await writeFile(join(listed, "a.txt"), "Text of a.");
    await writeFile(join(listed, "b.txt"), "Text of b.");
    expect(summary(await collect(["listed"]))).toEqual([
      "OK listed/a.txt",
      "OK listed/b.txt",
      'WARN listed/manifest.json: entry "gone.txt" names a file that does not exist (its metadata is unused)',
    ]);
    // a file given on its own: the manifest beside it also lists files not asked for, no warning
    expect(summary(await collect(["listed/a.txt"]))).toEqual(["OK listed/a.txt"]);
    // --manifest: checked at the end of the run
    expect(summary(await collect(["listed/a.txt"], { manifestPath: "listed/manifest.json" }))).toEqual([
      "OK listed/a.txt",
      'WARN listed/manifest.json: entry "gone.txt" names a file that does not exist (its metadata is unused)',
    ]);
  });

  it("says 'too many symbolic links' once (regression: 'unreadable: unreadable: ...')", async () => {
    const loop = join(dir, "loop");
    await mkdir(loop);
    await symlink(join(loop, "b.txt"), join(loop, "a.txt"));
    await symlink(join(loop, "a.txt"), join(loop, "b.txt"));
    const reasons = summary(await collect(["loop", "loop/a.txt"]));
    expect(reasons).toEqual([
      "REJECT loop/a.txt: unreadable: too many symbolic links (a symbolic link loop?)",
      "REJECT loop/b.txt: unreadable: too many symbolic links (a symbolic link loop?)",
      "REJECT loop/a.txt: unreadable: too many symbolic links (a symbolic link loop?)",
    ]);
  });

  it("rejects a .jsonl line over maxBytes but keeps the others", async () => {
    await writeFile(join(dir, "long.jsonl"), `${JSON.stringify({ text: "y".repeat(500) })}\n${JSON.stringify({ text: "short" })}\n`);
    const items = await collect(["long.jsonl"], { maxBytes: 100 });
    expect(summary(items)).toEqual(["REJECT long.jsonl#L1: line too large: over 100 bytes", "OK long.jsonl#L2"]);
  });

  it("reports an unreadable entry (dangling symbolic link) and goes on", async () => {
    const links = join(dir, "links");
    await mkdir(links);
    await symlink(join(dir, "nowhere.txt"), join(links, "a-dangling.txt"));
    await writeFile(join(links, "b-ok.txt"), "Fine text here.");
    const items = await collect(["links"]);
    expect(summary(items)).toEqual(["REJECT links/a-dangling.txt: dangling symbolic link (its target does not exist)", "OK links/b-ok.txt"]);
  });

  it.skipIf(process.getuid?.() === 0)("rejects a file without read permission", async () => {
    const locked = join(dir, "locked.txt");
    await writeFile(locked, "secret");
    await chmod(locked, 0o000);
    const items = await collect(["locked.txt"]);
    expect(summary(items)).toEqual(["REJECT locked.txt: unreadable: permission denied (EACCES)"]);
  });

  it("uses --manifest instead of the folder's manifest, and fails clearly when it is malformed", async () => {
    await writeFile(join(dir, "other-manifest.json"), JSON.stringify({ "a-good.txt": { title: "Override" } }));
    const [item] = await collect(["batch/a-good.txt"], { manifestPath: "other-manifest.json" });
    expect(item && "manifest" in item ? item.manifest : null).toEqual({ title: "Override" });
    await writeFile(join(dir, "bad-manifest.json"), JSON.stringify({ "a.txt": { publishedAt: "15/08/2023" } }));
    await expect(collect(["batch"], { manifestPath: "bad-manifest.json" })).rejects.toThrow(/entry "a\.txt" is malformed: publishedAt: expected YYYY-MM-DD/);
  });

  it("rejects UTF-16 text with a hint", async () => {
    await writeFile(join(dir, "utf16.txt"), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const items = await collect(["utf16.txt"]);
    expect(summary(items)).toEqual(["REJECT utf16.txt: UTF-16 text is not supported (save it as UTF-8)"]);
  });
});

describe("readInputs on seeds/", () => {
  it("yields the five seed articles with their manifest entries; manifest.json and README.md are not articles", async () => {
    const skipped: string[] = [];
    const items: ReadInputsItem[] = [];
    for await (const item of readInputs(["seeds"], { cwd: join(import.meta.dirname, "../.."), onSkip: (f) => skipped.push(f) })) items.push(item);
    expect(items.map((i) => ("document" in i ? [i.document.file, i.manifest?.publishedAt] : ["NOT A DOCUMENT", JSON.stringify(i)]))).toEqual([
      ["seeds/000.txt", "2023-08-15"],
      ["seeds/001.txt", "2023-09-25"],
      ["seeds/002.txt", "2023-04-30"],
      ["seeds/003.txt", "2023-08-18"],
      ["seeds/004.txt", "2023-08-16"],
    ]);
    expect(skipped).toEqual(["seeds/README.md", "seeds/manifest.json"]);
  });
});
