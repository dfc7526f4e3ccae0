import { describe, expect, it } from "vitest";
import { namesGroup } from "../../eval/names-group.ts";

describe("namesGroup", () => {
  it("a label with a lower-case word or a plural party/faith/office head names a group", () => {
    for (const g of ["Democratic lawmakers", "Obama campaign", "State Department officials", "plaintiffs", "House Democrats", "Catholics", "Republican Lawmakers", "White House officials and lawmakers"]) expect(namesGroup(g), g).toBe(true);
  });
  it("a person's name does not", () => {
    for (const p of ["Donald Trump", "Seth Hutchinson", "Joe Arpaio", "Susan Rice", "Nancy Pelosi"]) expect(namesGroup(p), p).toBe(false);
  });
});
