import { describe, expect, it } from "vitest";
import { generateNewsText } from "../../eval/generate-news-text.ts";

describe("generateNewsText", () => {
  it("is deterministic per seed, reaches the size asked, and is news-shaped", () => {
    const a = generateNewsText({ bytes: 20_000, seed: 3 });
    expect(generateNewsText({ bytes: 20_000, seed: 3 })).toEqual(a);
    expect(generateNewsText({ bytes: 20_000, seed: 4 })).not.toEqual(a);
    const text = a.join("\n\n");
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(20_000);
    expect(text).toMatch(/\((EFE|Reuters|AP|AFP)\) - /);
    expect(text).toMatch(/“[^”]+,” \w+ (said|added|noted|stressed|warned|explained|insisted|told reporters)\./);
    expect(text).toMatch(/ said that /);
    expect(text).toMatch(/according to /i);
  });
});
