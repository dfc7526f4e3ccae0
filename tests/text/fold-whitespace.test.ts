import { describe, expect, it } from "vitest";
import { foldWhitespace } from "../../src/text/fold-whitespace.ts";

describe("foldWhitespace", () => {
  it("equals replace(/\\s+/g, ' ').trim() on every kind of JS white space, in runs, at the ends and alone", () => {
    const spaces = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
    const pieces = ["a", "bc", "é", "“q”", "\u200b", ...spaces];
    let seed = 7;
    const pick = (): string => { seed = (seed * 1103515245 + 12345) % 2147483648; return pieces[seed % pieces.length] as string; };
    for (let n = 0; n < 3000; n++) {
      let s = "";
      for (let k = n % 12; k > 0; k--) s += pick();
      expect(foldWhitespace(s)).toBe(s.replace(/\s+/g, " ").trim());
    }
  });

  it("returns text that needs no change as it is", () => {
    const s = "one two three";
    expect(foldWhitespace(s)).toBe(s);
    expect(foldWhitespace("  one\n\ntwo  ")).toBe("one two");
  });
});
