import { describe, expect, it } from "vitest";
import { splitNameParts } from "../../src/text/split-name-parts.ts";

/** what the registry computed before (a regex replace, a regex split and a filter) */
function byRegex(name: string): string[] {
  return name.toLowerCase().replace(/\./g, "").split(/\s+/).filter((x) => x.length > 0);
}

describe("splitNameParts (a name's lower-cased parts without dots, for the entity memory)", () => {
  it("lower-cases, drops dots and splits on white space", () => {
    expect(splitNameParts("Harry J. Kazianis")).toEqual(["harry", "j", "kazianis"]);
    expect(splitNameParts("J.R.R.  Tolkien")).toEqual(["jrr", "tolkien"]);
    expect(splitNameParts(" . ")).toEqual([]);
    expect(splitNameParts("İlham Aliyev")).toEqual(byRegex("İlham Aliyev"));
  });
  it("gives what the regex version gives on generated names (dots, every kind of white space, non-ASCII)", () => {
    const alphabet = ["a", "B", ".", " ", "\t", "\n", "\u00a0", "É", "\u2009", "\u3000", "\u200b", "x", ".", "İ"];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 4_000; k++) {
      let s = "";
      for (let j = rand(14); j > 0; j--) s += alphabet[rand(alphabet.length)];
      expect(splitNameParts(s)).toEqual(byRegex(s));
    }
  });
});
