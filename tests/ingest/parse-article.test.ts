import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import type { GivenMetadata, InputFormat, SourceDocument } from "../../src/model/article.ts";

function doc(text: string, given: GivenMetadata = {}, format: InputFormat = "txt"): SourceDocument {
  return { file: `a.${format}`, format, text, given, rawHash: "h", raw: text };
}

const ARTICLE = [
  " date 2023-08-16",
  "",
  "reuters.com",
  "",
  "Russia and China hold talks in Moscow",
  "",
  "MOSCOW, Aug 15 (Reuters) - Russian and Chinese officials met on Tuesday in Moscow to discuss military cooperation, the ministry said.",
  "",
  "“We will continue to work together,” the minister told reporters after the meeting.",
  "",
  "Share this article",
].join("\n");

describe("parseArticle", () => {
  it("regression: a longer pull quote under the headline is not taken as the title", () => {
    const text = [
      " date 2024-03-01",
      "",
      "County votes on hospital budget",
      "",
      "\"We will not raise rates this year, whatever the state decides.\" -Commissioner Maria Lopez",
      "",
      "Officials met on Monday to discuss the budget for the next two years at the county hall.",
    ].join("\n");
    expect(parseArticle(doc(text), {}).title).toEqual({ value: "County votes on hospital budget", from: "text-heading" });
  });

  it("infers metadata from the text, each with its origin", () => {
    const a = parseArticle(doc(ARTICLE), {});
    expect(a.outlet).toEqual({ name: "Reuters", domain: "reuters.com", kind: "wire", country: "GB", from: "text-domain" });
    expect(a.publishedAt).toEqual({ value: "2023-08-16", from: "date-line" });
    expect(a.eventDate).toEqual({ value: "2023-08-15", from: "relative-weekday" });
    expect(a.title).toEqual({ value: "Russia and China hold talks in Moscow", from: "text-heading" });
    expect(a.dateline).toMatchObject({ place: "MOSCOW", date: "2023-08-15", wire: "Reuters" });
    expect(a.cleanBody).toBe(
      "MOSCOW, Aug 15 (Reuters) - Russian and Chinese officials met on Tuesday in Moscow to discuss military cooperation, the ministry said.\n\n“We will continue to work together,” the minister told reporters after the meeting.",
    );
    expect(a.messages).toEqual([]);
  });

  it("prefers the manifest, then the input's own metadata, over inference", () => {
    const given = parseArticle(doc(ARTICLE, { title: "Given title", date: "2023-08-17", outlet: "TASS", url: "https://tass.com/x" }, "json"), {});
    expect(given.title).toEqual({ value: "Given title", from: "json-field" });
    expect(given.publishedAt).toEqual({ value: "2023-08-17", from: "json-field" });
    expect(given.outlet).toMatchObject({ name: "TASS", kind: "agency", from: "json-field" });
    expect(given.url).toEqual({ value: "https://tass.com/x", from: "json-field" });
    const html = parseArticle(doc(ARTICLE, { title: "Meta title" }, "html"), {});
    expect(html.title).toEqual({ value: "Meta title", from: "html-meta" });
    const manifest = parseArticle(doc(ARTICLE, { title: "Given title" }, "json"), {
      manifest: { title: "Manifest title", publishedAt: "2023-08-18", eventDate: "2023-08-14", outlet: { name: "Some Blog", kind: "blog" } },
    });
    expect(manifest.title).toEqual({ value: "Manifest title", from: "manifest" });
    expect(manifest.publishedAt).toEqual({ value: "2023-08-18", from: "manifest" });
    expect(manifest.eventDate).toEqual({ value: "2023-08-14", from: "manifest" });
    expect(manifest.outlet).toEqual({ name: "Some Blog", domain: null, kind: "blog", country: null, from: "manifest" });
  });

  it("fills a manifest outlet's missing kind and country from the lexicon", () => {
    const a = parseArticle(doc(ARTICLE), { manifest: { outlet: { name: "Middle East Monitor", domain: "middleeastmonitor.com" } } });
    expect(a.outlet).toEqual({ name: "Middle East Monitor", domain: "middleeastmonitor.com", kind: "newspaper", country: "GB", from: "manifest" });
  });

  it("recognises a trivially re-saved file by its content hash, and a changed word by a new one", () => {
    const a = parseArticle(doc(ARTICLE), {});
    const resaved = parseArticle(doc(`\n${ARTICLE.replace(/\n/g, "\r\n").replace(/ the /g, "  the ")}\n\n`), {});
    const edited = parseArticle(doc(ARTICLE.replace("work together", "work closely")), {});
    expect(resaved.contentHash).toBe(a.contentHash);
    expect(edited.contentHash).not.toBe(a.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps the stored content hash: sha256 of the NFC clean body with whitespace runs as one space", () => {
    // the hash is the idempotence key of every stored version: a faster whitespace pass must not change it
    const text = "Officials\u00a0met  in\tMoscow.\n\n“We will\u2028continue,” he said \u3000 on Tuesday.\r\n";
    const a = parseArticle(doc(text), {});
    expect(a.contentHash).toBe(createHash("sha256").update(a.cleanBody.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex"));
  });

  it("stores a non-English article unmined, with a message", () => {
    const text = "China reforzará la cooperación militar con Irán y Bielorrusia y con los miembros de la Organización de Cooperación de Shanghái, entre ellos Rusia, dijo el martes el ministro de Defensa chino.";
    const a = parseArticle(doc(text), {});
    expect(a.language).toBe("es");
    expect(a.mined).toBe(false);
    expect(a.messages).toContainEqual({ severity: "info", code: "non-english", message: 'language "es": stored, not mined', stage: "ingest" });
  });

  it("reports what it could not find", () => {
    const a = parseArticle(doc("The minister said the talks were useful and would continue next month in Geneva."), {});
    expect(a.messages.map((m) => m.code)).toEqual(["no-date", "no-outlet"]);
    const empty = parseArticle(doc("Share\nFacebook\nTwitter"), {});
    expect(empty.messages.map((m) => m.code)).toContain("no-body");
    expect(empty.cleanBody).toBe("");
  });

  it("flags a very long paragraph with its range", () => {
    const long = `${"The minister said that the talks were useful. ".repeat(200)}`;
    const a = parseArticle(doc(long), {});
    const m = a.messages.find((x) => x.code === "long-paragraph");
    expect(m?.range).toEqual([0, long.trimEnd().length]);
  });

  it("accepts multi-paragraph quotes but warns about a stray closing mark", () => {
    const text = "“We will talk,\n\n“and we will not give up,” she said in a long speech to the assembly on Monday.\n\nThe SCO commits its members to counteraction to terrorism,” separatism and extremism.";
    const a = parseArticle(doc(text), {});
    const warnings = a.messages.filter((m) => m.code === "unbalanced-quotes");
    expect(warnings).toHaveLength(1);
    expect(text.slice(warnings[0]!.range![0], warnings[0]!.range![1])).toMatch(/^The SCO commits/);
  });

  it("counts quote marks per mined paragraph only (marks in chrome between them are not counted)", () => {
    const body = "The minister said the talks had gone well and would resume next week in Geneva.";
    const text = `${body} “We are ready,” he said.\n\nShare this: “”“\n\n${body} «Nothing» was agreed, “she said.\n\n${body} "One" and "two" and "three.`;
    const a = parseArticle(doc(text), {});
    const warnings = a.messages.filter((m) => m.code === "unbalanced-quotes");
    const ranges = warnings.map((w) => text.slice(w.range![0], w.range![1]));
    expect(ranges.some((r) => r.includes("“We are ready,”"))).toBe(false);
    expect(ranges.some((r) => r.startsWith("Share this"))).toBe(false);
    expect(warnings.map((w) => w.message)).toEqual([
      "paragraph has 2 opening and 1 closing quote marks",
      "paragraph has an odd number (5) of straight quote marks",
    ]);
  });

  it("is pure: the same document gives the same article and is not changed", () => {
    const d = doc(ARTICLE);
    const copy = structuredClone(d);
    expect(parseArticle(d, {})).toEqual(parseArticle(d, {}));
    expect(d).toEqual(copy);
  });
});

describe("parseArticle on adversarial input stays linear", () => {
  // Generous bounds (each case takes well under a second alone; a quadratic regex would take minutes)
  // to catch a runaway regex, not to time: other test files may share the 2 cores.
  it.each([
    ["1 MB of unbalanced quote marks", "“".repeat(500_000) + "\n" + "\"".repeat(500_000)],
    ["a 200,000-character paragraph", "word ".repeat(40_000)],
    ["10,000 nested quotes", "“‘".repeat(10_000) + "text" + "’”".repeat(10_000)],
    ["100,000 short lines", "a\n".repeat(100_000)],
    ["dateline-like lines", "MOSCOW, Aug 15 (".repeat(20_000)],
    ["date-like runs", "15 August 15 August 15-".repeat(20_000)],
    ["domain-like line", `${"a.".repeat(200_000)}com`],
    ["caption-like brackets", `${"[x/".repeat(100_000)}]`],
    ["byline-like line", `By ${"Aa ".repeat(100_000)}`],
  ])("%s", (_name, text) => {
    const t0 = performance.now();
    parseArticle(doc(text), {});
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
