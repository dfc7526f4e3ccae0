import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { renderReport, type ReportFile } from "../../src/report/render-report.ts";
import { escapeHtml } from "../../src/report/escape-html.ts";
import { CHANGE_CLASSES, getChangeClass } from "../../src/drift/change-classes.ts";
import { FLAG_DEFINITIONS, OCCURRENCE_FLAGS } from "../../src/provenance/occurrence-flags.ts";
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

  it("writes index, one page per family, outlet and speaker per format, and report.json, sorted by path", () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain("index.md");
    expect(paths).toContain("index.html");
    expect(paths).toContain("report.json");
    for (const family of input.match.families) {
      expect(paths).toContain(`families/${family.id}.md`);
      expect(paths).toContain(`families/${family.id}.html`);
    }
    for (const page of ["outlets/middle-east-monitor", "outlets/persian-news", "outlets/pakistan-defence", "speakers/li-shangfu", "speakers/kazem-jalali"]) {
      expect(paths).toContain(`${page}.md`);
      expect(paths).toContain(`${page}.html`);
    }
    expect(paths).toHaveLength(3 + 2 * (input.match.families.length + 3 + 2));
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

  it("HTML pages are self-contained: no external URL loads; the index's one inline script is allowed by its hash alone", () => {
    for (const f of files.filter((x) => x.path.endsWith(".html"))) {
      const scripts = [...f.content.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(f.content)?.[1] ?? "";
      expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
      expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*script-src|script-src[^;]*unsafe/);
      if (f.path === "index.html") {
        expect(scripts).toHaveLength(1);
        const hash = createHash("sha256").update(scripts[0] ?? "", "utf8").digest("base64");
        expect(csp).toContain(`script-src 'sha256-${hash}'`);
      } else {
        expect(f.content).not.toMatch(/<script/i);
        expect(csp).not.toContain("script-src");
      }
      expect(f.content).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\/(?!persiannews|defence\.pk|www\.middleeastmonitor)/i);
      expect(f.content).not.toMatch(/<link\b/i);
      expect(f.content).toContain("<style>");
    }
  });
});

describe("renderReport: a researcher's way back to the articles (issue 14)", () => {
  const input = makeSeedLikeReportInput();
  // Middle East Monitor's article without a URL, stored from a private folder
  input.corpus.articles = input.corpus.articles.map((a) => a.outlet?.name === "Middle East Monitor"
    ? { ...a, url: null, file: "/home/someone/private/corpus/web/004.txt", corpusPath: "web/004.txt" }
    : a);
  const files = renderReport(input, { formats: ["md", "html", "json"] });
  const memTitle = "China ready to hold joint military drills with Iran";

  it("an occurrence without a URL shows its outlet, title, page date and file relative to the corpus root, never the absolute path", () => {
    for (const f of files) expect(f.content).not.toContain("/home/someone");
    const html = file(files, `families/${input.ids.drills}.html`);
    const row = /<tr>(?:(?!<\/tr>).)*Middle East Monitor(?:(?!<\/tr>).)*<\/tr>/.exec(html)?.[0] ?? "";
    expect(row).toContain("2023-08-16");
    expect(row).toContain(`<cite>${memTitle}</cite>`);
    expect(row).toContain("file <code>web/004.txt</code>");
    const md = file(files, `families/${input.ids.drills}.md`);
    expect(md).toContain(`${memTitle} — file web/004.txt`);
    const data = JSON.parse(file(files, "report.json")) as { families: { occurrences: { outlet: string; file: string; title: string }[] }[] };
    const occurrence = data.families.flatMap((f) => f.occurrences).find((o) => o.outlet === "Middle East Monitor");
    expect(occurrence).toMatchObject({ file: "web/004.txt", title: memTitle });
  });

  it("an occurrence with a URL links its article title to it", () => {
    const html = file(files, `families/${input.ids.drills}.html`);
    expect(html).toMatch(/<a class="article" href="https:\/\/persiannews\.example\/china-ready-to-hold-drills-with-iran" rel="noreferrer noopener">China ready to hold drills with Iran<\/a>/);
  });

  it("timelines are ordered by page date, the event date beside it", () => {
    const data = JSON.parse(file(files, "report.json")) as { families: { id: string; occurrences: { publishedAt: string | null }[] }[] };
    for (const family of data.families) {
      const dates = family.occurrences.map((o) => o.publishedAt ?? "9999");
      expect(dates).toEqual([...dates].sort());
    }
    const html = file(files, `families/${input.ids.drills}.html`);
    expect(html).toContain("<th>Page date</th><th>Event date</th>");
    // Persian News: page 2023-09-25 for an event of 2023-08-15, listed after Middle East Monitor (2023-08-16)
    expect(html.indexOf("<td>2023-09-25</td><td>2023-08-15</td>")).toBeGreaterThan(html.indexOf("<td>2023-08-16</td>"));
  });

  it("both dates: corpus as of the latest page date, and generated at the injected time", () => {
    const data = JSON.parse(file(files, "report.json")) as { corpusAsOf: string; generatedAt: string };
    expect(data).toMatchObject({ corpusAsOf: "2023-09-25", generatedAt: GENERATED_AT });
    for (const f of files.filter((x) => x.path !== "report.json")) {
      expect(f.content, f.path).toContain("2023-09-25");
      expect(f.content, f.path).toContain(GENERATED_AT);
    }
  });

  it("every page carries the legend of every flag and change class, from the two tables, as tooltips in HTML", () => {
    for (const f of files.filter((x) => x.path !== "report.json")) {
      for (const row of OCCURRENCE_FLAGS) expect(f.content, f.path).toContain(f.path.endsWith(".html") ? escapeHtml(row.definition) : row.flag);
      for (const row of CHANGE_CLASSES) expect(f.content, f.path).toContain(row.class);
    }
    const html = file(files, `families/${input.ids.drills}.html`);
    expect(html).toContain(`<abbr title="${escapeHtml(FLAG_DEFINITIONS.get("altered-under-same-source") ?? "")}">altered-under-same-source</abbr>`);
    expect(html).toContain(`<abbr title="${escapeHtml(getChangeClass("substitution").definition)} (default severity medium)">substitution</abbr>`);
  });

  it("the index links each family by its opening words, and outlets and speakers to their pages", () => {
    const html = file(files, "index.html");
    expect(html).toContain(`<a class="quote" href="families/${input.ids.drills}.html">Beijing is ready to hold joint military drills</a>`);
    expect(html).not.toMatch(/<code>qf-/);
    expect(html).toContain('<a href="outlets/middle-east-monitor.html">Middle East Monitor</a>');
    expect(html).toContain('<a href="speakers/li-shangfu.html">Li Shangfu</a>');
    // filters: every row carries what the script filters on; the form is hidden until the script shows it
    expect(html).toContain('<form id="filters" class="filters" hidden>');
    expect(html).toMatch(/<tr data-outlets="[a-z0-9 -]*middle-east-monitor[a-z0-9 -]*" data-speaker="li-shangfu" data-flags="altered-under-same-source page-date-mismatch" data-severity="medium" data-spread="2">/);
  });

  it("an outlet's page answers what it altered (each change) and how it was flagged; the index says which outlets dropped the credit", () => {
    const page = file(files, "outlets/middle-east-monitor.html");
    const altered = page.slice(page.indexOf('id="altered"'), page.indexOf('id="flagged"'));
    expect(altered).toContain("<del>wider</del> → <ins>larger</ins>");
    expect(altered).toContain(">substitution</abbr>");
    expect(altered).toContain(">altered-under-same-source</abbr>");
    expect(altered).toContain(`<a href="../families/${input.ids.drills}.html">Beijing is ready to hold joint military drills …</a>`);
    // each occurrence once: altered, flagged but not altered, the rest
    const data = JSON.parse(file(files, "report.json")) as { outlets: { name: string; mentions: number }[] };
    expect(page.match(/<tr><td><a href="\.\.\/families\//g)?.length).toBe(data.outlets.find((o) => o.name === "Middle East Monitor")?.mentions);
    const index = file(files, "index.md");
    const outlets = index.slice(index.indexOf("## Outlets"), index.indexOf("## Origins"));
    const dropped = outlets.split("\n").filter((l) => l.includes("source-dropped ×")).map((l) => l.split(" | ")[0]);
    expect(dropped).toEqual(["| [Middle East Monitor](outlets/middle-east-monitor.md)"]);
    const md = file(files, "outlets/middle-east-monitor.md");
    expect(md).toContain("substitution (medium): wider → larger");
  });

  it("a speaker's page lists their families with every outlet that carried each", () => {
    const page = file(files, "speakers/li-shangfu.html");
    expect(page).toContain(`href="../families/${input.ids.drills}.html"`);
    expect(page).toContain('<a href="../outlets/persian-news.html">Persian News</a>');
    expect(page).not.toContain("Kazem Jalali");
  });
});

describe("renderReport escapes hostile article text", () => {
  const input = makeHostileReportInput();
  const files = renderReport(input, { formats: ["md", "html", "json"] });

  it("HTML: no tag, attribute or javascript: URL from article text survives", () => {
    const pages = files.filter((f) => f.path.endsWith(".html")).map((f) => f.path);
    expect(pages.filter((p) => p.startsWith("outlets/")).length).toBeGreaterThan(0);
    for (const path of pages) {
      // the index's own filter script (no article text: it reads data-* attributes) is the one script
      const html = file(files, path).replace(/<script>[^<]*<\/script>\n<\/body>/, "</body>");
      expect(html).not.toContain("<script>alert(1)</script>");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b onclick/i);
      expect(html).not.toMatch(/<i>Agency/);
      expect(html).not.toMatch(/href="javascript:/i);
      if (path.startsWith("index") || path.startsWith("families/")) expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
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
      // change table 4, change classes 3, timeline 9, legend 2 and 5
      expect([2, 3, 4, 5, 9]).toContain(cells);
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
