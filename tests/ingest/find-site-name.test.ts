import { describe, expect, it } from "vitest";
import { classifyRegions } from "../../src/ingest/classify-regions.ts";
import { findSiteName } from "../../src/ingest/find-site-name.ts";

const BODY = [
  "The minister said on Monday that the county would raise its hospital budget by a tenth next year.",
  "\u201cWe will not cut a single bed,\u201d she told reporters after the vote in the county hall.",
];

function site(lines: string[]): string | null {
  const c = classifyRegions(lines.join("\n"));
  return findSiteName(c.segments, c.titleIndex)?.name ?? null;
}

describe("findSiteName: the site's own name in its page chrome", () => {
  it("a copyright line", () => {
    expect(site(["County votes on hospital budget today", ...BODY, "\u00a9 2024 The Valley Courier. All rights reserved."])).toBe("The Valley Courier");
    expect(site(["County votes on hospital budget today", ...BODY, "Copyright \u00a9 2019-2024 Harbour Gazette | Privacy"])).toBe("Harbour Gazette");
  });

  it("a \"<Site> Latest Posts\" footer", () => {
    expect(site(["County votes on hospital budget today", ...BODY, "Riverside Daily Latest Posts"])).toBe("Riverside Daily");
  });

  it("a masthead line backed by a tagline right under it", () => {
    expect(site(["Northern Ledger", "Independent reporting from the north since 1998", "County votes to raise its hospital budget by a tenth over the next two years", ...BODY])).toBe("Northern Ledger");
  });

  it("a masthead line repeated elsewhere in the chrome", () => {
    expect(site(["Hill Country Post", "County votes on hospital budget today", ...BODY, "Share this:", "More stories at Hill Country Post"])).toBe("Hill Country Post");
  });

  it("an uncorroborated short line, page furniture or a byline after the title is not a name", () => {
    expect(site(["Hill Country Post", "County votes on hospital budget today", ...BODY])).toBeNull();
    expect(site(["Open Menu", "County votes on hospital budget today", ...BODY])).toBeNull();
    expect(site(["County votes on hospital budget today", "Online News Editor", "August 15, 2023", ...BODY])).toBeNull();
  });

  it("regression (issue 13): a link-preview card's domain and title are the relayed site's, never the page's", () => {
    const lines = ["What's new", "County votes on hospital budget today", ...BODY, "www.valleycourier.example", "County votes on hospital budget today", BODY[0]!];
    expect(site(lines)).toBeNull();
  });
});
