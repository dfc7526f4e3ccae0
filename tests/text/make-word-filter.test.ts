import { describe, expect, it } from "vitest";
import { makeWordFilter } from "../../src/text/make-word-filter.ts";

describe("makeWordFilter (a cheap test before a set look-up)", () => {
  const words = ["said", "told", "according", "statement", "a-very-long-reporting-verb-of-40-characters", "été"];
  const mayBe = makeWordFilter(words);
  it("lets every listed word through", () => {
    for (const w of words) expect(mayBe(w)).toBe(true);
  });
  it("rules out words of another first character or length", () => {
    expect(mayBe("the")).toBe(false);
    expect(mayBe("sai")).toBe(false);
    expect(mayBe("saidx")).toBe(false);
    expect(mayBe("xaid")).toBe(false);
    expect(mayBe("")).toBe(false);
  });
  it("lets through a word of a listed first character and length (the set look-up decides) and any non-ASCII first character", () => {
    expect(mayBe("sand")).toBe(true);
    expect(mayBe("émoi")).toBe(true);
    expect(mayBe("a-very-long-word-that-is-not-in-the-list-at-all")).toBe(true);
  });
});
