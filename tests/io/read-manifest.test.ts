import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../../src/io/read-manifest.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "qt-manifest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe("readManifest", () => {
  it("replaces a lone surrogate in a field with U+FFFD (PostgreSQL refuses it)", async () => {
    const entries = await readManifest(await write("surrogate.json", '{"a.txt": {"title": "Cut \\ud83d emoji"}}'));
    expect(entries.get("a.txt")?.title).toBe("Cut \uFFFD emoji");
  });

  it("reads the seeds' manifest: entries keyed by file name, comments skipped", async () => {
    const entries = await readManifest(join(import.meta.dirname, "../../seeds/manifest.json"));
    expect([...entries.keys()]).toEqual(["000.txt", "001.txt", "002.txt", "003.txt", "004.txt"]);
    expect(entries.get("000.txt")?.outlet).toEqual({ name: "Pakistan Defence", domain: "defence.pk", kind: "forum", country: "PK" });
    expect(entries.get("001.txt")?.eventDate).toBe("2023-08-15");
  });

  it("accepts an array of entries with a file field and an outlet given as a name", async () => {
    const path = await write("array.json", JSON.stringify([{ file: "./a.txt", outlet: "TASS", publishedAt: "2023-01-02" }]));
    const entries = await readManifest(path);
    expect(entries.get("a.txt")).toEqual({ outlet: { name: "TASS" }, publishedAt: "2023-01-02" });
  });

  it("names the file and the field when an entry is malformed", async () => {
    const path = await write("bad.json", JSON.stringify({ "x.txt": { outlet: { kind: "forum" } } }));
    await expect(readManifest(path)).rejects.toThrow(/bad\.json: entry "x\.txt" is malformed: outlet/);
    const kind = await write("kind.json", JSON.stringify({ "x.txt": { outlet: { name: "X", kind: "magazine" } } }));
    await expect(readManifest(kind)).rejects.toThrow(/outlet\.kind/);
  });

  it("says when the manifest is not JSON or not an object", async () => {
    await expect(readManifest(await write("nojson.json", "{"))).rejects.toThrow(/is not valid JSON/);
    await expect(readManifest(await write("number.json", "3"))).rejects.toThrow(/must be a JSON object/);
    await expect(readManifest(join(dir, "absent.json"))).rejects.toThrow(/cannot read manifest .*: not found/);
  });
});
