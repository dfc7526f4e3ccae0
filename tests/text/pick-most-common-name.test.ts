import { describe, expect, it } from "vitest";
import { pickMostCommonName } from "../../src/text/pick-most-common-name.ts";

describe("pickMostCommonName", () => {
  it("counts names under the one name key and keeps the first spelling", () => {
    expect(pickMostCommonName(["Fars", "TASS", null, "Tass", undefined])).toEqual({ key: "tass", name: "TASS" });
  });
  it("breaks a tie by first appearance, and gives null when no name is written", () => {
    expect(pickMostCommonName(["Sputnik", "TASS", "TASS", "Sputnik"])?.name).toBe("Sputnik");
    expect(pickMostCommonName([null, undefined, ""])).toBeNull();
  });
});
