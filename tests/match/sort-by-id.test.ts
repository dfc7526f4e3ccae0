import { describe, expect, it } from "vitest";
import { sortById } from "../../src/match/sort-by-id.ts";

const reference = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe("sortById", () => {
  it("sorts as a code-unit comparison of the ids does, stable, whatever the ids share", () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const alphabets = ["ab", "0123456789", "abcdefghjkmnpqrstvwxyz0123456789", "aé\u0000\uffff😀 "];
    for (const alphabet of alphabets) {
      for (const prefix of ["", "m", "m-000"]) {
        const items = Array.from({ length: 3000 }, (_, k) => {
          const length = next() % 12;
          let id = prefix;
          for (let c = 0; c < length; c++) id += alphabet[next() % alphabet.length];
          return { id, k };
        });
        expect(sortById(items)).toEqual(reference(items));
      }
    }
  });

  it("keeps the input order of equal ids and handles ids that are prefixes of others", () => {
    const items = [{ id: "m10", k: 0 }, { id: "m1", k: 1 }, { id: "m10", k: 2 }, { id: "m", k: 3 }, { id: "m100000", k: 4 }, { id: "m1", k: 5 }, { id: "", k: 6 }];
    expect(sortById(items).map((x) => x.k)).toEqual([6, 3, 1, 5, 0, 2, 4]);
    expect(sortById([])).toEqual([]);
    expect(sortById([{ id: "x" }])).toEqual([{ id: "x" }]);
  });
});
