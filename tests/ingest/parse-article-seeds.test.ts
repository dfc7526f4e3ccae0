import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { readManifest } from "../../src/io/read-manifest.ts";
import type { ManifestEntry, ParsedArticle, SourceDocument } from "../../src/model/article.ts";
import { lineKind } from "./region-helpers.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
const manifest = await readManifest(join(SEEDS, "manifest.json"));

function seed(name: string, withManifest: boolean): ParsedArticle {
  const text = readFileSync(join(SEEDS, name), "utf8");
  const doc: SourceDocument = { file: `seeds/${name}`, format: "txt", text, given: {}, rawHash: "x", raw: text };
  const entry: ManifestEntry | undefined = withManifest ? manifest.get(name) : undefined;
  return parseArticle(doc, { manifest: entry });
}

interface SeedCase {
  file: string;
  /** the first words of every article paragraph */
  paragraphs: string[];
  /** lines that are page chrome, with the kind they must get ([prefix, kind] or [prefix, kind, nth]) */
  chrome: [string, string, number?][];
}

const CASES: SeedCase[] = [
  {
    file: "000.txt",
    paragraphs: [
      "Moscow, Aug 15 (EFE).- China will step up", "“We will continue to strengthen", "Li restated Beijing's position",
      "“We remain committed", "Founded in June 2001", "From Moscow, Li will go on", "Li, who became defense minister",
      "In March, Moscow and Beijing agreed",
    ],
    chrome: [
      ["beijingwalker", "boilerplate", 0], ["beijingwalker", "boilerplate", 1],
      ["ELITE MEMBER", "boilerplate"], ["Joined", "boilerplate"], ["Nov 4, 2011", "boilerplate"], ["Messages", "boilerplate"],
      ["61,573", "boilerplate"], ["Reaction score", "boilerplate"], ["-55", "boilerplate"], ["Country", "boilerplate"],
      ["China", "boilerplate", 1], ["Location", "boilerplate"], ["China", "boilerplate", 2], ["Online News Editor", "header"], ["August 15, 2023", "header"],
      ["d18f16b8a4b073c8ab6a6cd75519b12e3eea7d27w-780x470.jpg", "caption"], ["Like", "boilerplate", 0],
      ["Reactions: Beskar", "boilerplate"], ["Similar threads", "boilerplate"], ["China, Russia hold joint naval drills", "boilerplate"],
      ["beijingwalker", "boilerplate", 2], ["Replies", "boilerplate", 0], ["14", "boilerplate"], ["Views", "boilerplate", 0],
      ["1K", "boilerplate"], ["Belarus to join Shanghai Cooperation Organization in 2024", "boilerplate"], ["512", "boilerplate"],
      ["Share:", "boilerplate"], ["Facebook", "boilerplate"], ["X (Twitter)", "boilerplate"], ["Reddit", "boilerplate"],
      ["WhatsApp", "boilerplate"], ["Link", "boilerplate"],
      ["China to strengthen military cooperation", "header", 0], ["China to strengthen military cooperation", "header", 1],
    ],
  },
  {
    file: "001.txt",
    paragraphs: [
      "China is ready to increase security", "Addressing the 11th Moscow Conference", "“We will continue to strengthen",
      "“Beijing is ready to hold", "“Sino-Russian relations are entering", "Shangfu pointed out", "At the Army-2023 forum",
      "“The defense and military industries", "Iranian Ambassador to Russia, Kazem Jalali", "“It is a weighty exhibition",
      "“We work with Russia", "Original News: https://www.farsnews.ir/",
    ],
    chrome: [
      ["All Persian News Related to Iran", "header"], ["China ready to boost defense cooperation", "header"],
      ["Share this:", "boilerplate"], ["Twitter", "boilerplate"], ["Facebook", "boilerplate"], ["Like this:", "boilerplate"],
      ["Like Loading...", "boilerplate"], ["Related", "boilerplate"], ["Leave a Reply Cancel reply", "boilerplate"],
      ["Your email address will not be published.", "boilerplate"],
    ],
  },
  {
    file: "002.txt",
    paragraphs: [
      "Islam Times - Chinese defense minister Li", "According to the Chinese government's English websites",
      "Important consensus was reached", "China is willing to join hands", "The ministers pledged to boost",
    ],
    chrome: [
      ["Sunday 30 April 2023 - 21:33", "header"], ["Chinese Defense Minister: China to Cooperate", "header", 0],
      ["Story Code : 1055216", "header"], ["Chinese Defense Minister: China to Cooperate", "header", 1],
      ["Comment", "boilerplate"], ["Featured Stories", "boilerplate"],
      ["US Sends More Military Equipment", "boilerplate", 0], ["US Sends More Military Equipment", "boilerplate", 1],
      ["Cuban Parl. Speaker Blames US", "boilerplate", 0], ["Cuban Parl. Speaker Blames US", "boilerplate", 1],
      ["30 April 2023", "boilerplate", 0], ["Pentagon Leaks:", "boilerplate", 0], ["Pentagon Leaks:", "boilerplate", 1],
      ["30 April 2023", "boilerplate", 1], ["Ayatollah Khamenei Says", "boilerplate", 0], ["Ayatollah Khamenei Says", "boilerplate", 1],
      ["29 April 2023", "boilerplate"],
    ],
  },
  {
    file: "003.txt",
    paragraphs: [
      "BEIJING, (UrduPoint / Pakistan Point News", "Lukashenko asked Li to pass on", "He said that the foreign policies",
      "Belarus firmly supports the major initiatives", "The relations between the two militaries",
      "Li conveyed Xi's greetings", "The cooperation between the two militaries",
    ],
    chrome: [
      ["China To Promote Military Relations", "header"], ["Sumaira FH Published", "header"],
      ["READ: China, Belarus hold joint", "boilerplate"], ["Related News", "boilerplate"],
      ["China's defense minister to attend SCO", "boilerplate"],
    ],
  },
  {
    file: "004.txt",
    paragraphs: [
      "China's defence minister, Li Shangfu, has said", "“We will continue to strengthen", "“Beijing is ready to hold",
      "The SCO Charter commits its members", "Earlier this year, The Jerusalem Post reported",
      "Iran's ambassador to Moscow, Kazem Jalali", "“It is a weighty exhibition",
    ],
    chrome: [
      ["Creating new perspectives since 2009", "header"], ["China to deepen defence ties", "header"],
      ["August 16, 2023 at 11:42 am", "header"], ["Chinese Defence Minister Li Shangfu speaks at", "caption"],
      ["READ: Iran joins the Shanghai Cooperation Organisation", "boilerplate"],
      ["OPINION: The SCO is no longer a regional club", "boilerplate"], ["Comments", "boilerplate"],
    ],
  },
];

describe.each(CASES)("seed $file", ({ file, paragraphs, chrome }) => {
  const article = seed(file, true);

  it("keeps every article paragraph in a body region", () => {
    for (const p of paragraphs) expect([p, lineKind(article, p)]).toEqual([p, "body"]);
  });

  it("keeps the page chrome out of the body", () => {
    for (const [prefix, kind, nth] of chrome) expect([prefix, nth ?? 0, lineKind(article, prefix, nth)]).toEqual([prefix, nth ?? 0, kind]);
  });

  it("has nothing in its body that is not one of the article paragraphs", () => {
    const bodyLines = article.regions
      .filter((r) => r.kind === "body")
      .flatMap((r) => article.text.slice(r.start, r.end).split("\n"))
      .map((l) => l.trim())
      .filter((l) => l !== "");
    for (const line of bodyLines) expect(paragraphs.some((p) => line.startsWith(p)), line).toBe(true);
    expect(bodyLines).toHaveLength(paragraphs.length);
  });

  it("gives the same regions and content hash with or without the manifest", () => {
    const bare = seed(file, false);
    expect(bare.regions).toEqual(article.regions);
    expect(bare.contentHash).toBe(article.contentHash);
  });
});

describe("the crawler's first line", () => {
  it.each([
    ["000.txt", "What's new", "boilerplate"],
    ["001.txt", "Persian News", "header"],
    ["002.txt", "0", "boilerplate"],
    ["003.txt", "Open Menu", "boilerplate"],
    ["004.txt", "Middle East Monitor", "header"],
  ])("%s: the date is a header, the rest of the line (%s) is classified on its own", (file, rest, kind) => {
    const a = seed(file, false);
    const [first, second] = a.regions;
    expect(first).toMatchObject({ kind: "header", reason: "date-line" });
    expect(a.text.slice(first!.start, first!.end)).toMatch(/^date \d{4}-\d{2}-\d{2}$/);
    expect(second?.kind).toBe(kind);
    expect(a.text.slice(second!.start, second!.start + rest.length)).toBe(rest);
  });
});

describe("seed 000's link preview", () => {
  const article = seed("000.txt", true);
  it("is one link-preview region: the domain line, the headline and the lede with the truncated quote", () => {
    const previews = article.regions.filter((r) => r.kind === "link-preview");
    expect(previews).toHaveLength(1);
    const preview = article.text.slice(previews[0]!.start, previews[0]!.end);
    expect(preview.startsWith("www.laprensalatina.com\n")).toBe(true);
    expect(preview).toContain("\nChina to strengthen military cooperation with Russia, Iran, Belarus\n");
    expect(preview.endsWith("“We will continue to strengthen the mechanism of security cooperation within...")).toBe(true);
  });
  it("is part of the cleaned body, after the article", () => {
    expect(article.cleanBody.startsWith("Moscow, Aug 15 (EFE).- China will step up")).toBe(true);
    expect(article.cleanBody.endsWith("within...")).toBe(true);
    expect(article.cleanBody).not.toContain("beijingwalker");
  });
});

describe("seed metadata", () => {
  it.each([
    ["000.txt", "Pakistan Defence", "forum", "2023-08-15", "2023-08-15"],
    ["001.txt", "Persian News", "blog", "2023-09-25", "2023-08-15"],
    ["002.txt", "Islam Times", "newspaper", "2023-04-30", null],
    ["003.txt", "UrduPoint", "newspaper", "2023-08-18", "2023-08-17"],
    ["004.txt", "Middle East Monitor", "newspaper", "2023-08-16", "2023-08-15"],
  ])("%s from the manifest: %s (%s), page %s, event %s", (file, outlet, kind, page, event) => {
    const a = seed(file, true);
    expect(a.outlet).toMatchObject({ name: outlet, kind, from: "manifest" });
    expect(a.publishedAt).toEqual({ value: page, from: "manifest" });
    expect(a.eventDate).toEqual(event === null ? null : { value: event, from: "manifest" });
    expect(a.title?.from).toBe("manifest");
    expect(a.language).toBe("en");
    expect(a.mined).toBe(true);
  });

  it.each([
    // file, outlet (origin), page date (origin), event date (origin), title
    // 000 never names its forum: the link-preview card's domain is the relayed site, not the outlet (issue 13)
    ["000.txt", null, ["2023-08-15", "date-line"], ["2023-08-15", "relative-weekday"], "China to strengthen military cooperation with Russia, Iran, Belarus"],
    // the masthead line, backed by the tagline "All Persian News Related to Iran"
    ["001.txt", ["Persian News", "page-chrome"], ["2023-09-25", "date-line"], ["2023-08-15", "relative-weekday"], "China ready to boost defense cooperation with Iran and Belarus"],
    ["002.txt", ["Islam Times", "dateline"], ["2023-04-30", "date-line"], null, "Chinese Defense Minister: China to Cooperate with Other SCO Countries on Security"],
    ["003.txt", ["UrduPoint", "dateline"], ["2023-08-18", "date-line"], ["2023-08-17", "relative-weekday"], "China To Promote Military Relations With Belarus, Says Defense Minister"],
    ["004.txt", ["Middle East Monitor", "lexicon"], ["2023-08-16", "date-line"], ["2023-08-15", "text-date"], "China to deepen defence ties with Iran and Belarus, says defence minister"],
  ] as const)("%s inferred from the text alone", (file, outlet, page, event, title) => {
    const a = seed(file, false);
    expect(a.outlet === null ? null : [a.outlet.name, a.outlet.from]).toEqual(outlet);
    expect([a.publishedAt?.value, a.publishedAt?.from]).toEqual(page);
    expect(a.eventDate === null ? null : [a.eventDate.value, a.eventDate.from]).toEqual(event);
    expect(a.title).toEqual({ value: title, from: "text-heading" });
    expect(a.language).toBe("en");
  });

  it("001 keeps its page date (41 days later) apart from the event date it reports", () => {
    const a = seed("001.txt", false);
    expect(a.publishedAt?.value).toBe("2023-09-25");
    expect(a.eventDate?.value).toBe("2023-08-15");
  });

  it("reads the datelines: EFE in 000, UrduPoint's own in 003", () => {
    expect(seed("000.txt", false).dateline).toEqual({ text: "Moscow, Aug 15 (EFE).-", start: expect.any(Number), end: expect.any(Number), place: "Moscow", date: "2023-08-15", wire: "EFE" });
    const d3 = seed("003.txt", false).dateline;
    expect(d3).toMatchObject({ place: "BEIJING", date: "2023-08-18", wire: null });
    const a0 = seed("000.txt", false);
    expect(a0.text.slice(a0.dateline!.start, a0.dateline!.end)).toBe("Moscow, Aug 15 (EFE).-");
  });

  it("warns about 004's closing quote mark without an opening one", () => {
    const a = seed("004.txt", true);
    const warning = a.messages.find((m) => m.code === "unbalanced-quotes");
    expect(warning).toBeDefined();
    expect(a.text.slice(warning!.range![0], warning!.range![1]).startsWith("The SCO Charter commits")).toBe(true);
  });

  it("regression (issue 13): 000 is not named after the La Prensa Latina preview card it relays; it says no outlet was found", () => {
    const a = seed("000.txt", false);
    expect(a.outlet).toBeNull();
    expect(a.messages.map((m) => m.code)).toContain("no-outlet");
    expect(seed("001.txt", false).messages.map((m) => m.code)).not.toContain("no-outlet");
  });
});
