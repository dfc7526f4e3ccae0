import { describe, expect, it } from "vitest";
import { findChangedSpeakers } from "../../src/match/find-changed-speakers.ts";
import type { StorySpeakers } from "../../src/match/resolve-story-speakers.ts";

const speakers = (resolved: [string, string][], unconfirmed: string[]): StorySpeakers => ({ resolved: new Map(resolved), unconfirmed: new Set(unconfirmed) });

describe("findChangedSpeakers (the rule decideMatchRun and findRenamedMentions share)", () => {
  it("names the ids resolved to another full name, to none or to one, or whose confirmation changed, in the order given", () => {
    const before = speakers([["a", "Donald Trump"], ["b", "Jack Lew"], ["e", "Li Shangfu"]], ["d"]);
    const after = speakers([["a", "Ivanka Trump"], ["c", "Jacob Lew"], ["e", "Li Shangfu"]], []);
    expect(findChangedSpeakers(["e", "d", "c", "b", "a"], before, after)).toEqual(["d", "c", "b", "a"]);
    expect(findChangedSpeakers(["e"], before, after)).toEqual([]);
  });
});
