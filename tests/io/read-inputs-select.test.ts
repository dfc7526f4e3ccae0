import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputs, type ReadInputsItem, type ReadInputsOptions } from "../../src/io/read-inputs.ts";

const root = mkdtempSync(join(tmpdir(), "qt-select-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

async function collect(paths: string[], options: Omit<ReadInputsOptions, "cwd">): Promise<ReadInputsItem[]> {
  const items: ReadInputsItem[] = [];
  for await (const item of readInputs(paths, { cwd: root, ...options })) items.push(item);
  return items;
}

/** What a worker's job reads of the files readInputs lists, as "file corpusPath outlet". */
function describeDocuments(items: ReadInputsItem[]): string[] {
  return items.flatMap((item) => ("document" in item ? [`${item.document.file} ${item.document.corpusPath} ${item.manifest?.outlet?.name ?? "-"}`] : []));
}

describe("readInputs listOnly and select (splitting a corpus into worker jobs)", () => {
  write("in/b.txt", "“We will go on,” Ann Lee said.\n");
  write("in/a.html", "<p>“We will go on,” Ann Lee said.</p>\n");
  write("in/sub/c.jsonl", '{"text":"“We will go on,” Ann Lee said."}\n');
  write("in/sub/deep/d.txt", "“We will go on,” Ann Lee said.\n");
  write("in/manifest.json", '{"b.txt": {"outlet": {"name": "Daily Ledger"}}, "sub/deep/d.txt": {"outlet": {"name": "Deep Post"}}, "gone.txt": {}}');
  write("in/.hidden.txt", "not read\n");
  write("in/notes.md", "not an input type\n");
  write("in/photo.bin", "\u0000\u0001\u0002PNG binary\u0000\u0000");
  write("one.txt", "“We will go on,” Ann Lee said.\n");
  symlinkSync(join(root, "in"), join(root, "in", "sub", "loop"));

  it("lists the files a whole read reads, in its order and by its names, with the given path each lies under", async () => {
    const listed = await collect(["in", "one.txt", "missing.txt"], { listOnly: true });
    const files = listed.flatMap((item) => ("listed" in item ? [`${item.listed.file} <- ${item.listed.root}`] : []));
    expect(files).toEqual([
      `${join("in", "a.html")} <- in`, `${join("in", "b.txt")} <- in`, `${join("in", "sub", "c.jsonl")} <- in`,
      `${join("in", "sub", "deep", "d.txt")} <- in`, "one.txt <- one.txt",
    ]);
    // what no worker could read is reported by the listing itself, once
    const rejected = listed.flatMap((item) => ("rejected" in item ? [item.rejected.file] : []));
    expect(rejected).toEqual([join("in", "photo.bin"), "missing.txt"]);
    const warnings = listed.flatMap((item) => ("warning" in item ? [item.warning.message] : []));
    expect(warnings).toEqual([expect.stringContaining('"gone.txt"')]);
    const read: string[] = [];
    for (const item of await collect(["in", "one.txt"], {})) if ("document" in item) read.push(item.document.file.replace(/#L\d+$/, ""));
    expect(read).toEqual(files.map((line) => line.split(" <- ")[0]));
  });

  // Regression (stop 17 review): a worker read each job's files by bare name, so a file below a
  // walked folder got its file name as corpus path and lost the manifest of the folders above it.
  it("reads a selected file as the whole walk reads it: corpus path below the given folder, manifests of the folders above", async () => {
    const whole = describeDocuments(await collect(["in", "one.txt"], {}));
    const selected = new Set([join("in", "sub", "deep", "d.txt"), join("in", "b.txt"), "one.txt"]);
    const job = await collect(["in", "one.txt"], { select: selected });
    expect(describeDocuments(job)).toEqual(whole.filter((line) => selected.has(line.split(" ")[0]!)));
    expect(describeDocuments(job)).toEqual([
      `${join("in", "b.txt")} b.txt Daily Ledger`,
      `${join("in", "sub", "deep", "d.txt")} sub/deep/d.txt Deep Post`,
      "one.txt one.txt -",
    ]);
    // nothing else is reported: the listing reported the binary file and the missing entry already
    expect(job.filter((item) => !("document" in item))).toEqual([]);
  });

  it("passes over given paths and folders that hold no selected file", async () => {
    const job = await collect(["in", "one.txt"], { select: new Set(["one.txt"]) });
    expect(describeDocuments(job)).toEqual(["one.txt one.txt -"]);
  });
});
