import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { extractHtmlDocument } from "../../src/io/extract-html-document.ts";

const PAGE = `<html lang="en"><head>
<title>Talks to resume | Example News</title>
<meta property="og:site_name" content="Reuters">
<link rel="canonical" href="https://www.reuters.com/world/talks-resume-2023-08-15/">
<meta property="article:published_time" content="2023-08-15T09:00:00Z">
</head><body><article>
<h1>Talks to resume in Geneva</h1>
<p>GENEVA, Aug 15 (Reuters) - The minister said on Tuesday that the talks would resume next week in Geneva, after a pause of several months.</p>
<figure><img src="a.jpg"><figcaption>Photo: The minister arrives in Geneva</figcaption></figure>
<p>“We are ready to talk without conditions,” she told reporters after meeting her counterpart at the lakeside venue.</p>
<p>READ: Ministers meet in Vienna</p>
<p>Officials from both sides met for three hours and agreed on a timetable for the next round of negotiations.</p>
</article></body></html>`;

describe("parseArticle on an HTML page", () => {
  const { text, given } = extractHtmlDocument(PAGE);
  const a = parseArticle({ file: "a.html", format: "html", text, given, rawHash: "h", raw: PAGE }, {});

  it("takes the page's metadata as html-meta and the dateline from the text", () => {
    expect(a.outlet).toMatchObject({ name: "Reuters", from: "html-meta" });
    expect(a.url).toEqual({ value: "https://www.reuters.com/world/talks-resume-2023-08-15/", from: "html-meta" });
    expect(a.publishedAt).toEqual({ value: "2023-08-15", from: "html-meta" });
    expect(a.dateline).toMatchObject({ place: "GENEVA", wire: "Reuters", date: "2023-08-15" });
    expect(a.eventDate).toEqual({ value: "2023-08-15", from: "relative-weekday" });
  });

  it("keeps the paragraphs and drops the caption and teaser from the cleaned body", () => {
    expect(a.cleanBody).toContain("The minister said on Tuesday");
    expect(a.cleanBody).toContain("“We are ready to talk without conditions,”");
    expect(a.cleanBody).toContain("Officials from both sides met");
    expect(a.cleanBody).not.toContain("Photo:");
    expect(a.cleanBody).not.toContain("READ:");
  });
});
