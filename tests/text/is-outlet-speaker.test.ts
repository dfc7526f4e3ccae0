import { describe, expect, it } from "vitest";
import { isOutletSpeaker } from "../../src/text/is-outlet-speaker.ts";
import { toSpeakerPerson } from "../../src/text/to-speaker-person.ts";

describe("isOutletSpeaker (the outlet rule toKeyEntry and toSpeakerPerson share)", () => {
  it("is true for a known outlet of two or more words, never for a one-word name or a person", () => {
    expect(isOutletSpeaker("Fox News")).toBe(true);
    expect(isOutletSpeaker("Fox News")).toBe(true); // memoised: same answer
    expect(isOutletSpeaker("Bloomberg")).toBe(false);
    expect(isOutletSpeaker("Li Shangfu")).toBe(false);
  });
  it("agrees with toSpeakerPerson: an outlet speaker names no person", () => {
    expect(toSpeakerPerson("Fox News", "person")).toBeNull();
    expect(toSpeakerPerson("Li Shangfu", "person")).not.toBeNull();
  });
});
