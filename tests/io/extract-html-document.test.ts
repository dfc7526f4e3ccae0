import { describe, expect, it } from "vitest";
import { extractHtmlDocument } from "../../src/io/extract-html-document.ts";

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Fallback title | Site</title>
  <meta property="og:title" content="China to deepen defence ties">
  <meta property="og:site_name" content="Middle East Monitor">
  <meta property="article:published_time" content="2023-08-16T11:42:00+00:00">
  <meta name="author" content="Staff writer">
  <link rel="canonical" href="https://www.middleeastmonitor.com/20230816-china-to-deepen/">
  <script>var tracking = "not text";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>China to deepen defence ties</h1>
    <p>China's defence minister, Li Shangfu, has said Beijing will deepen defence cooperation with Iran and Belarus, the newest members of the Shanghai Cooperation Organisation, Russia's TASS news agency has reported on Wednesday.</p>
    <p>“We will continue to strengthen the mechanism of security cooperation within the SCO,” Li said, according to TASS, speaking at a conference in the Russian capital.<br>A second line of the same paragraph follows the break here.</p>
    <p>Iran's ambassador to Moscow, Kazem Jalali, also spoke at the forum, where dozens of defence companies showed their newest products to visitors.</p>
  </article>
  <footer>© 2023 Site</footer>
</body>
</html>`;

describe("extractHtmlDocument", () => {
  it("returns readability's main text as paragraphs, without scripts and navigation", () => {
    const { text } = extractHtmlDocument(PAGE);
    expect(text).toContain("China's defence minister, Li Shangfu, has said");
    expect(text).toContain("“We will continue to strengthen the mechanism of security cooperation within the SCO,” Li said");
    expect(text).toContain("capital.\nA second line");
    expect(text).toMatch(/reported on Wednesday\.\n\n“We will/);
    expect(text).not.toContain("tracking");
    expect(text).not.toContain("Home");
  });

  it("keeps the page's own metadata as given", () => {
    const { given } = extractHtmlDocument(PAGE);
    expect(given).toEqual({
      title: "China to deepen defence ties",
      url: "https://www.middleeastmonitor.com/20230816-china-to-deepen/",
      outletDomain: "middleeastmonitor.com",
      outlet: "Middle East Monitor",
      date: "2023-08-16",
      byline: "Staff writer",
      language: "en",
    });
  });

  it("falls back to the body text of a page with no article", () => {
    const { text, given } = extractHtmlDocument("<html><body><div>Just one line.</div></body></html>");
    expect(text).toBe("Just one line.");
    expect(given).toEqual({});
  });

  it("refuses deeply nested markup before Readability runs (regression: 2,000 nested <div>s took 63 s)", () => {
    const deep = `<html><body>${"<div>".repeat(2000)}<p>Text.</p>${"</div>".repeat(2000)}</body></html>`;
    const started = performance.now();
    const result = extractHtmlDocument(deep);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({ text: "", given: {}, refused: expect.stringMatching(/^HTML nested too deeply: 2003 levels \(limit 256\)/) });
    // just under the bound is read
    const ok = extractHtmlDocument(`<html><body>${"<div>".repeat(200)}<p>Text of a page nested deep.</p>${"</div>".repeat(200)}</body></html>`);
    expect(ok.refused).toBeUndefined();
    expect(ok.text).toBe("Text of a page nested deep.");
  });

  it("refuses a page with more elements than the bound", () => {
    expect(extractHtmlDocument(`<html><body><p>Text.</p>${"<i></i>".repeat(50_001)}</body></html>`).refused).toMatch(/^HTML page too complex: 5000\d elements \(limit 50000\)/);
  });

  it("reads a fragment without <html> or <body> (regression: 'no readable text in the HTML page')", () => {
    expect(extractHtmlDocument("<p>First paragraph of a fragment.</p><p>Second one.</p>").text).toBe("First paragraph of a fragment.\n\nSecond one.");
    expect(extractHtmlDocument("Plain words, no tags.").text).toBe("Plain words, no tags.");
    const headOnly = extractHtmlDocument("<html lang='fr'><head><title>Titre</title></head><p>Le texte de la page.</p></html>");
    expect(headOnly.text).toBe("Le texte de la page.");
    expect(headOnly.given).toMatchObject({ title: "Titre", language: "fr" });
  });
});
