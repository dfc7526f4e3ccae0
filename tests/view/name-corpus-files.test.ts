import { describe, expect, it } from "vitest";
import { nameCorpusFiles } from "../../src/view/name-corpus-files.ts";

describe("nameCorpusFiles", () => {
  it("keeps a relative name as ingest was given it, without a leading ./", () => {
    const names = nameCorpusFiles(["seeds/001.txt", "./notes/a.html", "b.json"]);
    expect([...names.values()]).toEqual(["seeds/001.txt", "notes/a.html", "b.json"]);
  });

  it("never shows an absolute path or a climb out with ../: names them from the folder they all share", () => {
    const names = nameCorpusFiles(["/home/ana/corpus/a/1.txt", "/home/ana/corpus/b/2.txt", "../shared/eval/x.txt", "seeds/3.txt"]);
    expect([...names.values()]).toEqual(["a/1.txt", "b/2.txt", "x.txt", "seeds/3.txt"]);
    for (const name of names.values()) {
      expect(name.startsWith("/")).toBe(false);
      expect(name.split("/")).not.toContain("..");
      expect(name).not.toBe("");
    }
  });

  it("absolute files alone: the part below their shared folder; a lone one: its base name; Windows paths too", () => {
    expect([...nameCorpusFiles(["/home/ana/corpus/a/1.txt", "/home/ana/corpus/b/2.txt"]).values()]).toEqual(["a/1.txt", "b/2.txt"]);
    expect([...nameCorpusFiles(["/tmp/x/only.txt"]).values()]).toEqual(["only.txt"]);
    expect([...nameCorpusFiles(["C:\\data\\corpus\\1.txt", "C:\\data\\corpus\\sub\\2.txt"]).values()]).toEqual(["1.txt", "sub/2.txt"]);
  });
});
