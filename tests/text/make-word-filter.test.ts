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
  it("lets through a word of a listed word's first two characters, last character and length (the set look-up decides) (a test on non-ASCII characters is passed)", () => {
    expect(mayBe("sand")).toBe(true);
    expect(mayBe("éxxd")).toBe(true);
    expect(mayBe("émoi")).toBe(false);
    expect(mayBe("xété")).toBe(true);
    expect(mayBe("a-very-long-word-that-is-not-in-the-list-of-words")).toBe(true);
  });
  // speed: by the first character and length alone "and" passed for "add" and "that" for "tell",
  // and the reporting-verb filter let through 14 words for each verb on PolNeAR train
  it("rules out a word that shares only its first character and length with a listed one", () => {
    const verbs = makeWordFilter(["add", "tell", "said"]);
    expect(verbs("and")).toBe(false);
    expect(verbs("that")).toBe(false);
    expect(verbs("tent")).toBe(false);
    expect(verbs("sait")).toBe(false);
    expect(verbs("a")).toBe(false);
    expect(verbs("add")).toBe(true);
    expect(verbs("tall")).toBe(false);
    expect(verbs("tebl")).toBe(true);
  });
  it("lets every listed word through whatever its characters", () => {
    const listed = ["a", "I", "x-ray", "naïve", "café", "über", "ça", "日本", "U.S.", "AT&T", "a".repeat(40)];
    const f = makeWordFilter(listed);
    for (const w of listed) expect(f(w)).toBe(true);
  });
});
