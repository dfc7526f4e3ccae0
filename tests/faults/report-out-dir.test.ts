import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReportFiles } from "../../src/app/write-report-files.ts";

const dir = mkdtempSync(join(tmpdir(), "qt-report-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (id: string, text = id) => ({ path: `families/${id}.md`, content: `${text}\n` });

describe("writeReportFiles and the --out directory", () => {
  // Regression (issue 9 #7): every file under families/ that the new report did not include was
  // deleted, the user's own notes too, and an index.md the user wrote was overwritten.
  it("replaces and deletes only files it wrote; refuses to overwrite a file it did not write", async () => {
    const out = join(dir, "mixed");
    mkdirSync(join(out, "families"), { recursive: true });
    writeFileSync(join(out, "families", "notes.md"), "mine\n");
    await writeReportFiles(out, [page("qf-a"), page("qf-b"), { path: "index.md", content: "index 1\n" }]);
    await writeReportFiles(out, [page("qf-a", "changed"), { path: "index.md", content: "index 2\n" }]);
    expect(readdirSync(join(out, "families")).sort()).toEqual(["notes.md", "qf-a.md"]);
    expect(readFileSync(join(out, "families", "qf-a.md"), "utf8")).toBe("changed\n");
    expect(readFileSync(join(out, "families", "notes.md"), "utf8")).toBe("mine\n");
    expect(readdirSync(out).sort()).toEqual([".quotetrail-report.json", "families", "index.md"]);

    const theirs = join(dir, "theirs");
    mkdirSync(theirs);
    writeFileSync(join(theirs, "index.md"), "# my own index\n");
    await expect(writeReportFiles(theirs, [page("qf-a"), { path: "index.md", content: "index\n" }]))
      .rejects.toThrow(/holds files the report would replace but did not write .*: index\.md\. Move them away, or choose another --out/);
    expect(readFileSync(join(theirs, "index.md"), "utf8")).toBe("# my own index\n");
    expect(readdirSync(theirs)).toEqual(["index.md"]);
  });

  it("cleans up the temporary directory a killed run left, and never follows a manifest out of the directory", async () => {
    const out = join(dir, "leftover");
    mkdirSync(join(out, ".quotetrail-report-tmp-abc123", "families"), { recursive: true });
    writeFileSync(join(out, ".quotetrail-report-tmp-abc123", "families", "qf-a.md"), "");
    writeFileSync(join(dir, "outside.txt"), "keep\n");
    writeFileSync(join(out, ".quotetrail-report.json"), JSON.stringify({ files: ["../outside.txt", "index.md"] }));
    await writeReportFiles(out, [page("qf-a")]);
    expect(readdirSync(out).sort()).toEqual([".quotetrail-report.json", "families"]);
    expect(readFileSync(join(dir, "outside.txt"), "utf8")).toBe("keep\n");
  });

  // Regression (issue 9 #8): `report --out /proc/nope` spun at 100 % CPU for 10 minutes (Node's
  // recursive mkdir retries forever where mkdir keeps failing with ENOENT).
  it.skipIf(process.platform !== "linux")("fails at once with a clear message where the directory cannot be made", async () => {
    const started = Date.now();
    await expect(writeReportFiles("/proc/nope/deeper", [page("qf-a")])).rejects.toThrow(
      /cannot create the report directory \/proc\/nope\/deeper\/: ENOENT/);
    expect(Date.now() - started).toBeLessThan(10_000); // generous: catches the endless loop only
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    await expect(writeReportFiles(join(file, "out"), [page("qf-a")])).rejects.toThrow(/is not a directory/);
  });
});
