import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("quotetrail extract --json (issue 3 contract)", () => {
  it("prints one JSON document whose offsets index each .txt file's own text", async () => {
    const run = await runCli(["extract", "seeds", "--json"], { cwd: root });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(["articles", "errors"]);
    expect(doc.errors).toEqual([]);
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual(
      ["000", "001", "002", "003", "004"].map((n) => path.join("seeds", `${n}.txt`)),
    );
    for (const article of doc.articles) {
      expect(Object.keys(article)).toEqual(["file", "title", "outlet", "publishedAt", "eventDate", "language", "credits", "quotes"]);
      const text = fs.readFileSync(path.join(root, article.file), "utf8").replace(/^\uFEFF/, "");
      const ids = new Set<string>();
      let last = -1;
      for (const q of article.quotes) {
        expect(Object.keys(q)).toEqual(["id", "text", "start", "end", "kind", "speaker", "cue", "source", "repeatOf", "confidence", "rule"]);
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(["direct", "partial", "indirect"]).toContain(q.kind);
        expect(q.start).toBeGreaterThanOrEqual(last);
        last = q.start;
        expect(ids.has(q.id)).toBe(false);
        ids.add(q.id);
        for (const span of [q.speaker, q.cue, q.source]) {
          if (span && span.start !== undefined && "mention" in span) expect(text.slice(span.start, span.end)).toBe(span.mention);
        }
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      }
      for (const c of article.credits) expect(text.slice(c.start, c.end)).toBe(c.mention);
    }
  });

  it("puts the text offsets refer to in `body` for non-.txt inputs and rejects bad files with exit 4", async () => {
    const dir = fs.mkdtempSync(path.join(root, "node_modules", ".qt-extract-"));
    try {
      fs.writeFileSync(path.join(dir, "a.jsonl"), `${JSON.stringify({ text: "“We are ready,” the minister said.", outlet: "Example" })}\n{not json\n`);
      const run = await runCli(["extract", dir, "--json"], { cwd: root });
      expect(run.code).toBe(4);
      const doc = JSON.parse(run.stdout);
      expect(doc.articles).toHaveLength(1);
      const article = doc.articles[0];
      expect(article.body).toBe("“We are ready,” the minister said.");
      expect(article.quotes[0].text).toBe(article.body.slice(article.quotes[0].start, article.quotes[0].end));
      expect(doc.errors).toHaveLength(1);
      expect(doc.errors[0].file).toMatch(/a\.jsonl#L2$/);
      expect(run.stderr).toMatch(/a\.jsonl#L2/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with usage on stderr when given no path", async () => {
    const run = await runCli(["extract"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: quotetrail extract/);
  });
});
