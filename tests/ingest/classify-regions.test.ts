import { describe, expect, it } from "vitest";
import { classifyRegions } from "../../src/ingest/classify-regions.ts";
import { lineKind } from "./region-helpers.ts";

const P1 = "The minister said on Monday that the talks would resume next week in Geneva, after a pause of several months.";
const P2 = "Officials from both sides met for three hours and agreed on a timetable for the next round of negotiations.";
const P3 = "Analysts said the agreement could ease tensions in the region, although several questions remain unresolved.";

function classify(lines: string[]) {
  const text = lines.join("\n\n");
  const result = classifyRegions(text);
  return { text, regions: result.regions, result };
}

function kinds(lines: string[], probes: string[]): Record<string, string> {
  const page = classify(lines);
  return Object.fromEntries(probes.map((p) => [p, lineKind(page, p)]));
}

describe("classifyRegions", () => {
  it("never changes the text: regions index it, are ordered and do not overlap", () => {
    const { text, regions } = classify(["Talks to resume", P1, "Share this", P2]);
    let last = -1;
    for (const r of regions) {
      expect(r.start).toBeGreaterThan(last);
      expect(r.end).toBeGreaterThan(r.start);
      expect(r.end).toBeLessThanOrEqual(text.length);
      last = r.end - 1;
    }
  });

  it("takes the heading before the first paragraph as the title and the rest of the header as header", () => {
    const page = classify(["News Site", "Talks to resume in Geneva next week", "By Jane Doe", P1, P2]);
    expect(page.result.titleIndex).toBe(1);
    expect(kinds(["News Site", "Talks to resume in Geneva next week", "By Jane Doe", P1, P2], ["News Site", "Talks to resume", "By Jane Doe", P1.slice(0, 20)]))
      .toEqual({ "News Site": "header", "Talks to resume": "header", "By Jane Doe": "header", [P1.slice(0, 20)]: "body" });
  });

  it("marks forum chrome: profile blocks with their values, user names, ranks and reply counts", () => {
    const lines = ["Talks to resume in Geneva", "some_user", "SENIOR MEMBER", "Joined", "Jan 2, 2015", "Messages", "9,001",
      "Reaction score", "12", "Country", "Location", P1, P2, "Click to expand...", "Reactions: a, b and c", "You must log in or register to reply here."];
    expect(kinds(lines, ["some_user", "SENIOR MEMBER", "Joined", "Jan 2, 2015", "9,001", "12", "Country", "Location", "Click to expand", "Reactions:", "You must log in", P2.slice(0, 20)]))
      .toEqual({ some_user: "boilerplate", "SENIOR MEMBER": "boilerplate", Joined: "boilerplate", "Jan 2, 2015": "boilerplate", "9,001": "boilerplate",
        "12": "boilerplate", Country: "boilerplate", Location: "boilerplate", "Click to expand": "boilerplate", "Reactions:": "boilerplate",
        "You must log in": "boilerplate", [P2.slice(0, 20)]: "body" });
  });

  it("marks a 'Similar threads' / 'Related' list up to the next real paragraph", () => {
    const lines = ["Talks resume", P1, "Related Articles", "Ministers meet in Vienna for new round", "Sanctions eased on exports", "3 days ago", P2, P3];
    expect(kinds(lines, ["Related Articles", "Ministers meet", "Sanctions eased", "3 days ago", P2.slice(0, 20), P3.slice(0, 20)]))
      .toEqual({ "Related Articles": "boilerplate", "Ministers meet": "boilerplate", "Sanctions eased": "boilerplate", "3 days ago": "boilerplate",
        [P2.slice(0, 20)]: "body", [P3.slice(0, 20)]: "body" });
  });

  it("marks READ: / OPINION: teasers in the middle of the article and keeps the paragraphs around them", () => {
    const lines = ["Talks resume", P1, "READ: Ministers meet in Vienna", P2, "OPINION: Why the talks matter", "ALSO READ: Another story", P3];
    expect(kinds(lines, ["READ:", "OPINION:", "ALSO READ:", P1.slice(0, 20), P2.slice(0, 20), P3.slice(0, 20)]))
      .toEqual({ "READ:": "boilerplate", "OPINION:": "boilerplate", "ALSO READ:": "boilerplate", [P1.slice(0, 20)]: "body", [P2.slice(0, 20)]: "body", [P3.slice(0, 20)]: "body" });
  });

  it("marks share prompts, comment counters and the reply form", () => {
    const lines = ["Talks resume", P1, P2, "Share this article", "Click to comment", "0 comment", "12 Comments",
      "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Print"];
    const page = classify(lines);
    for (const probe of ["Share this article", "Click to comment", "0 comment", "12 Comments", "Leave a Reply", "Your email", "Print"]) {
      expect([probe, lineKind(page, probe)]).toEqual([probe, "boilerplate"]);
    }
  });

  it("marks forum thread headers and cookie notices", () => {
    const lines = ["We use cookies to improve your experience. By continuing to browse you agree.", "Accept all", "Talks resume in Geneva",
      "Thread starter some_user", "Start date Aug 15, 2023", P1, P2, "Privacy policy", "Terms of use"];
    expect(kinds(lines, ["We use cookies", "Accept all", "Thread starter", "Start date", "Privacy policy", "Terms of use", P1.slice(0, 20)]))
      .toEqual({ "We use cookies": "boilerplate", "Accept all": "boilerplate", "Thread starter": "boilerplate", "Start date": "boilerplate",
        "Privacy policy": "boilerplate", "Terms of use": "boilerplate", [P1.slice(0, 20)]: "body" });
  });

  it("marks tag lists", () => {
    const lines = ["Talks resume", P1, P2, "Tags: Geneva, talks, diplomacy", "Topics", "Diplomacy", "Europe"];
    expect(kinds(lines, ["Tags:", "Topics", "Diplomacy", "Europe"])).toEqual({ "Tags:": "boilerplate", Topics: "boilerplate", Diplomacy: "boilerplate", Europe: "boilerplate" });
  });

  it("marks image file names and photo captions as captions", () => {
    const lines = ["Talks resume", "IMG_2041-1200x800.jpeg", "Photo: The minister arrives in Geneva", P1,
      "The minister arrives in Geneva on Monday [Fabrice Coffrini/AFP via Getty Images]", P2, "Delegates wait outside (Photo by J. Doe)", P3];
    expect(kinds(lines, ["IMG_2041", "Photo:", "The minister arrives in Geneva on Monday", "Delegates wait", P2.slice(0, 20)]))
      .toEqual({ IMG_2041: "caption", "Photo:": "caption", "The minister arrives in Geneva on Monday": "caption", "Delegates wait": "caption", [P2.slice(0, 20)]: "body" });
  });

  it("marks a bare domain followed by re-printed article text as a link preview, and a lone domain as not body", () => {
    const lede = "Geneva, Mar 3 (AFP).- The minister said on Monday that the talks would resume next week in Geneva.";
    const quote = "“We are ready to talk without conditions about everything that matters to both of our peoples,” she said.";
    const lines = ["Talks to resume in Geneva", lede, quote, P2, "example-news.com", "Talks to resume in Geneva", `${lede} “We are ready to talk without...`, "Like"];
    const page = classify(lines);
    const previews = page.regions.filter((r) => r.kind === "link-preview");
    expect(previews).toHaveLength(1);
    expect(page.text.slice(previews[0]!.start, previews[0]!.end)).toBe(`example-news.com\n\nTalks to resume in Geneva\n\n${lede} “We are ready to talk without...`);
    // not a preview: the lines after the domain do not repeat the article
    const other = classify(["Talks resume", P1, P2, "example-news.com", "Something never said before in this text at all", P3]);
    expect(other.regions.some((r) => r.kind === "link-preview")).toBe(false);
    expect(lineKind(other, "example-news.com")).toBe("boilerplate");
  });

  it("keeps an 'Original News:' credit line in the body for extraction", () => {
    expect(kinds(["Talks resume", P1, P2, "Original News: https://example.org/a/1", "Share this"], ["Original News:"])).toEqual({ "Original News:": "body" });
  });

  it("treats short unpunctuated lines after the last paragraph as page furniture", () => {
    expect(kinds(["Talks resume", P1, P2, "More From Our Partners", "Markets"], ["More From", "Markets"])).toEqual({ "More From": "boilerplate", Markets: "boilerplate" });
  });

  it("keeps short sentences and multi-paragraph quotes in the body", () => {
    const lines = ["Talks resume", P1, "“We will talk.", "“We will not give up,” she said.", "He agreed.", P2];
    expect(kinds(lines, ["“We will talk.", "“We will not give up", "He agreed."])).toEqual({ "“We will talk.": "body", "“We will not give up": "body", "He agreed.": "body" });
  });

  it("handles a text with no paragraph at all (only chrome)", () => {
    const page = classify(["Share", "Facebook", "Twitter"]);
    expect(page.regions.every((r) => r.kind === "boilerplate")).toBe(true);
    expect(page.result.firstBodyIndex).toBe(-1);
  });
});

describe("classifyRegions does not take article sentences for chrome", () => {
  it.each([
    "The report was published on August 18, 2023 by the ministry, officials said.",
    "August 15, 2023 - The minister said the talks would resume next week.",
    "Copyright infringement claims were filed against the company last year.",
    "Posted in a video on Telegram, the message called for calm across the region.",
    "By Tuesday, the ministry had confirmed that the talks would resume in Geneva.",
    "Share prices fell sharply after the announcement, traders said on Monday.",
    "Related talks are planned for next month in Vienna, a diplomat said.",
  ])("%s", (sentence) => {
    const page = classify(["Talks resume", P1, sentence, P2]);
    expect(lineKind(page, sentence.slice(0, 20))).toBe("body");
  });
});
