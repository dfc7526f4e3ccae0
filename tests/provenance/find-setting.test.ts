import { describe, expect, it } from "vitest";
import { findSetting } from "../../src/provenance/find-setting.ts";
import { findPreviewDomains } from "../../src/provenance/find-preview-domains.ts";

function at(text: string, quote: string, speaker: string | null = null): string | null {
  const start = text.indexOf(quote);
  return findSetting(text, start, start + quote.length, { speaker });
}

describe("findSetting", () => {
  it("reads 'during his speech at the <Event>' in the quote's sentence", () => {
    const text = "Li Shangfu said during his speech at the 11th Moscow Conference on International Security: “We will act.”";
    expect(at(text, "We will act", "Li Shangfu")).toBe("at the 11th Moscow Conference on International Security");
  });

  it("reads the occasion from an earlier sentence naming the speaker", () => {
    const text = "Minister Li Shangfu spoke at the Moscow Conference on Security on Tuesday.\n“First.”\n“We will act,” he said.";
    expect(at(text, "We will act", "Li Shangfu")).toBe("at the Moscow Conference on Security");
  });

  it("does not lend one speaker's occasion to another speaker", () => {
    const text = "Li Shangfu spoke at the Moscow Conference on Security.\nKazem Jalali praised the forum. “It is weighty,” he said.";
    expect(at(text, "It is weighty", "Kazem Jalali")).toBeNull();
  });

  it("ignores lower-case and one-word phrases ('at the same time', 'at the SCO')", () => {
    expect(at("At the same time, Li said: “We will act.”", "We will act", "Li")).toBeNull();
    expect(at("Li said at the SCO meeting: “We will act.”", "We will act", "Li")).toBeNull();
  });

  it("stays linear on a 200,000-character paragraph of 'at the A'", () => {
    const text = `${"at the A ".repeat(25_000)}“We will act.”`;
    const started = performance.now();
    at(text, "We will act", "A");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("findPreviewDomains", () => {
  it("finds a bare domain line before a quote, not one after it", () => {
    const text = "intro\nwww.laprensalatina.com\nHeadline\n“Quote...”\nexample.org\n";
    const found = findPreviewDomains(text, [text.indexOf("Quote")]);
    expect(found.map((d) => [d.domain, d.evidence])).toEqual([["laprensalatina.com", "www.laprensalatina.com"]]);
  });

  it("ignores domains further than the window and sentences containing a domain", () => {
    const text = `www.far.com\n${"x".repeat(700)}\nsee www.mid.com for more\n“Quote”`;
    expect(findPreviewDomains(text, [text.indexOf("Quote")])).toEqual([]);
  });
});
