import { describe, expect, it } from "vitest";
import { makeNameKey } from "../../src/text/make-name-key.ts";

describe("makeNameKey (the one name key of store, provenance, reports and the matcher)", () => {
  it("drops accents, folds case and runs of non-letters: one person, one source", () => {
    expect(makeNameKey("Lávrov")).toBe(makeNameKey("Lavrov"));
    expect(makeNameKey("Li  Shangfu")).toBe("li shangfu");
    expect(makeNameKey("LÍ SHANGFU ")).toBe("li shangfu");
    expect(makeNameKey("Tass")).toBe(makeNameKey("TASS "));
  });
  it("keeps different names apart", () => {
    expect(makeNameKey("Li Qiang")).not.toBe(makeNameKey("Li Shangfu"));
  });
});
