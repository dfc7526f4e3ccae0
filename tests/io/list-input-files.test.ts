import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listInputFiles } from "../../src/io/list-input-files.ts";
import { readInputs } from "../../src/io/read-inputs.ts";

const root = mkdtempSync(join(tmpdir(), "qt-list-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe("listInputFiles (splitting folders into worker jobs)", () => {
  write("in/b.txt", "“We will go on,” Ann Lee said.\n");
  write("in/a.html", "<p>“We will go on,” Ann Lee said.</p>\n");
  write("in/sub/c.jsonl", '{"text":"“We will go on,” Ann Lee said."}\n');
  write("in/manifest.json", '{"b.txt": {"outlet": "Daily Ledger"}}');
  write("in/.hidden.txt", "not read\n");
  write("in/notes.md", "not an input type\n");
  write("one.txt", "“We will go on,” Ann Lee said.\n");
  symlinkSync(join(root, "in"), join(root, "in", "sub", "loop"));

  it("names the files readInputs reads, in its order, as it names them", async () => {
    const listed = await listInputFiles(["in", "one.txt", "missing.txt"], root);
    expect(listed).toEqual([join("in", "a.html"), join("in", "b.txt"), join("in", "sub", "c.jsonl"), "one.txt", "missing.txt"]);
    const read: string[] = [];
    for await (const item of readInputs(["in", "one.txt", "missing.txt"], { cwd: root })) {
      if ("document" in item) read.push(item.document.file.replace(/#L\d+$/, ""));
      if ("rejected" in item) read.push(item.rejected.file);
    }
    expect([...new Set(read)]).toEqual(listed);
  });
});
