/**
 * Issue 9 ("Speed figures on real text"): a 2 MB article on ONE line (no paragraph breaks, thousands of
 * quotes and distinct names) must not be quadratic anywhere in parse + extract. The bound is generous
 * (about 10x what it takes on a loaded 2-core machine); a quadratic pass over 2 MB takes minutes.
 */
import { describe, expect, it } from "vitest";
import { generateNewsText } from "../../eval/generate-news-text.ts";
import { extractQuotes } from "../../src/extract/extract-quotes.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";

function syllableName(i: number): string {
  const c = "bdfgklmnprstvz";
  const v = "aeiou";
  let s = "";
  for (let n = i + 7; s.length < 6; n = Math.floor(n / 5) + 3) s += (c[n % c.length] ?? "b") + (v[n % v.length] ?? "a");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

describe("parse + extract of a 2 MB one-line article", () => {
  it("finishes well within a generous bound, with every quote's offsets intact", () => {
    const news = generateNewsText({ bytes: 1_200_000, seed: 11 }).join(" ").replace(/\s*\n\s*/g, " ");
    const people: string[] = [];
    for (let i = 0, length = 0; length < 900_000; i++) {
      const sentence = `Minister ${syllableName(i)} ${syllableName(i * 31 + 5)} said “we will keep talking” on Tuesday.`;
      people.push(sentence);
      length += sentence.length + 1;
    }
    const text = `${news} ${people.join(" ")}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(text.includes("\n")).toBe(false);
    const started = performance.now();
    const article = parseArticle({ file: "one-line.txt", format: "txt", text, given: {}, rawHash: "", raw: text }, {});
    const { quotes } = extractQuotes(article);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(60);
    expect(quotes.length).toBeGreaterThan(1000);
    for (const q of quotes) expect(q.text).toBe(article.text.slice(q.start, q.end));
  }, 180_000);
});
