import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { renderReport, type ReportFile } from "../../src/report/render-report.ts";
import { GENERATED_AT, makeHostileReportInput, makeSeedLikeReportInput } from "../view/report-test-input.ts";

const schema = JSON.parse(readFileSync(new URL("../../schemas/report.schema.json", import.meta.url), "utf8")) as object;

function file(files: ReportFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`missing ${path}; have ${files.map((f) => f.path).join(", ")}`);
  return found.content;
}

describe("renderReport on the seed-like fixture", () => {
  const input = makeSeedLikeReportInput();
  const files = renderReport(input, { formats: ["md", "html", "json"] });

  it("writes index, one page per family per format and report.json, sorted by path", () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain("index.md");
    expect(paths).toContain("index.html");
    expect(paths).toContain("report.json");
    for (const family of input.match.families) {
      expect(paths).toContain(`families/${family.id}.md`);
      expect(paths).toContain(`families/${family.id}.html`);
    }
    expect(paths).toHaveLength(3 + 2 * input.match.families.length);
  });

  it("renders only the requested formats", () => {
    expect(renderReport(input, { formats: ["json"] }).map((f) => f.path)).toEqual(["report.json"]);
    expect(renderReport(input, { formats: ["md"] }).every((f) => f.path.endsWith(".md"))).toBe(true);
    expect(() => renderReport(input, { formats: ["pdf" as "md"] })).toThrow(/md, html or json/);
  });

  it("is deterministic: same input, byte-identical files; the only clock is generatedAt", () => {
    expect(renderReport(makeSeedLikeReportInput(), { formats: ["md", "html", "json"] })).toEqual(files);
    const later = renderReport({ ...makeSeedLikeReportInput(), generatedAt: "2030-01-01T00:00:00.000Z" }, { formats: ["json"] });
    expect(file(later, "report.json").replace("2030-01-01T00:00:00.000Z", GENERATED_AT)).toBe(file(files, "report.json"));
  });

  it("report.json validates against schemas/report.schema.json", () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const data: unknown = JSON.parse(file(files, "report.json"));
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("the schema rejects a report with an unknown drift class (the test can fail)", () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const data = JSON.parse(file(files, "report.json")) as { families: { occurrences: { changes: { type: string }[] }[] }[] };
    const change = data.families.flatMap((f) => f.occurrences).flatMap((o) => o.changes)[0];
    if (!change) throw new Error("fixture has no change");
    change.type = "rewording";
    expect(validate(data)).toBe(false);
  });

  it("ranks families by spread, then drift severity", () => {
    const data = JSON.parse(file(files, "report.json")) as { families: { id: string; spread: number; maxSeverity: string | null }[] };
    expect(data.families.map((f) => f.id).slice(0, 3)).toEqual([input.ids.sco, input.ids.drills, input.ids.jalali]);
    expect(data.families.map((f) => f.spread)).toEqual([3, 2, 2, 1, 1]);
  });

  it("family page: timeline, Mermaid graph, variant diffs with <del>/<ins>, change classes, outlets", () => {
    const md = file(files, `families/${input.ids.drills}.md`);
    expect(md).toContain("## Timeline");
    expect(md).toContain("```mermaid\nflowchart TD");
    expect(md).toContain("<del>wider</del><ins>larger</ins>");
    expect(md).toContain("<del>\\[of nuclear weapons\\]</del>");
    expect(md).toMatch(/\| substitution \| wider \| larger \| medium \|/);
    expect(md).toMatch(/\| editorial-insertion \| medium \| 1 \|/);
    expect(md).toContain("Fidelity 0.86 · similarity 0.88");
    const html = file(files, `families/${input.ids.drills}.html`);
    expect(html).toContain("<del>wider</del><ins>larger</ins>");
    expect(html).toContain("<svg");
    expect(html).toContain("Middle East Monitor");
  });

  it("HTML pages are self-contained: no script, no external URL loads", () => {
    for (const f of files.filter((x) => x.path.endsWith(".html"))) {
      expect(f.content).not.toMatch(/<script/i);
      expect(f.content).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\/(?!persiannews|defence\.pk|www\.middleeastmonitor)/i);
      expect(f.content).not.toMatch(/<link\b/i);
      expect(f.content).toContain("<style>");
    }
  });
});

describe("renderReport escapes hostile article text", () => {
  const input = makeHostileReportInput();
  const files = renderReport(input, { formats: ["md", "html", "json"] });

  it("HTML: no tag, attribute or javascript: URL from article text survives", () => {
    for (const path of ["index.html", `families/${input.familyId}.html`]) {
      const html = file(files, path);
      expect(html).not.toContain("<script>alert(1)</script>");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b onclick/i);
      expect(html).not.toMatch(/<i>Agency/);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    const page = file(files, `families/${input.familyId}.html`);
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    expect(page).toContain('href="https://evil.example/a?b=%3Cc%3E&amp;d=%22e%22"');
  });

  it("Markdown: pipes, brackets, backticks, emphasis and headings are escaped; tables keep their columns", () => {
    const md = file(files, `families/${input.familyId}.md`);
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).toContain("\\| pipe \\[link\\](javascript:alert(3)) \\`tick\\` \\*star\\* \\_under\\_");
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    for (const line of md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))) {
      const cells = line.replace(/\\\|/g, "").split("|").length - 2;
      expect([3, 4, 8]).toContain(cells);
    }
    const index = file(files, "index.md");
    expect(index).toContain("Evil \\<b\\>Outlet\\</b\\> \\| \"A\"; \\[x\\] # B");
  });

  it("Mermaid: labels cannot close their quotes, brackets or statements", () => {
    const md = file(files, `families/${input.familyId}.md`);
    const block = md.slice(md.indexOf("```mermaid") + 10, md.indexOf("```", md.indexOf("```mermaid") + 10));
    for (const line of block.split("\n").filter((l) => l.trim())) {
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "");
      for (const label of labels) expect(label.replace(/#\d+;/g, "")).not.toMatch(/[[\]|;<>`{}#]/);
      expect(line.replace(/"[^"]*"/g, '""')).toMatch(/^\s*(flowchart TD|n\d+\[""\]|n\d+ -->\|""\| n\d+|classDef \w+ [\w:\- ]+|class [n\d,]+ \w+)$/);
    }
  });

  it("JSON keeps the text exactly (escaping is the renderer's job, not the data's)", () => {
    const data = JSON.parse(file(files, "report.json")) as { families: { canonical: { text: string } }[] };
    expect(data.families[0]?.canonical.text).toContain("<script>alert(1)</script>");
  });
});
