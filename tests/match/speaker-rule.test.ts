import { describe, expect, it } from "vitest";
import { matchIncremental } from "../../src/match/match-incremental.ts";
import { matchMentions } from "../../src/match/match-mentions.ts";
import { pickFamilySpeaker } from "../../src/text/pick-family-speaker.ts";
import type { MatchableMention, MatchResult } from "../../src/model/family.ts";
import { areDifferentPersons, parsePersonName } from "../../src/text/parse-person-name.ts";
import { mention } from "./seed-mentions.ts";

// sentences written for these tests
const SHUTDOWN = "We have reached a deal to end the shutdown and reopen the federal government";
const HARBOUR = "The harbour will stay open to every ship that carries grain to the south";
const OTHER = "Nobody in this building expected the vote to be so close in the end";

const familyOf = (r: MatchResult, id: string) => r.families.find((f) => f.members.some((m) => m.mentionId === id));

describe("parsePersonName / areDifferentPersons", () => {
  it("reads family and given names, dropping titles and suffixes", () => {
    expect(parsePersonName("Sen. Ted Cruz")).toEqual({ family: "cruz", given: "ted" });
    expect(parsePersonName("Donald Trump Jr.")).toEqual({ family: "trump", given: "donald" });
    expect(parsePersonName("Trump")).toEqual({ family: "trump", given: "" });
    expect(parsePersonName("Bashar al-Assad")).toEqual({ family: "al-assad", given: "bashar" });
  });
  it("names no one for roles, documents, groups, acronyms and abbreviations", () => {
    for (const name of ["the senator", "court documents", "State Department officials", "Tea Party-inspired", "FBI", "R-N.C.", "he", "The Arizona Republican"]) {
      expect(parsePersonName(name), name).toBeNull();
    }
  });
  it("only different family names, or different given names, are two persons", () => {
    const p = (n: string) => parsePersonName(n)!;
    expect(areDifferentPersons(p("Trump"), p("Donald Trump"))).toBe(false);
    expect(areDifferentPersons(p("Donald Trump"), p("Donald Trump Jr"))).toBe(false);
    expect(areDifferentPersons(p("J. Lew"), p("Jacob Lew"))).toBe(false);
    expect(areDifferentPersons(p("Jack Lew"), p("Jacob Lew"))).toBe(false);
    expect(areDifferentPersons(p("Mike Thibodeau"), p("Michael Thibodeau"))).toBe(false);
    expect(areDifferentPersons(p("Dan Smith"), p("Daniel Smith"))).toBe(false);
    expect(areDifferentPersons(p("Ivanka Trump"), p("Donald Trump"))).toBe(true);
    expect(areDifferentPersons(p("Nancy Pelosi"), p("Donald Trump"))).toBe(true);
  });
});

describe("text decides, the speaker advises", () => {
  it("the same wording with an unknown, role, document or organisation speaker on one side is one statement", () => {
    for (const [speaker, speakerType] of [[null, null], ["the senator", "person"], ["the statement", "document"], ["Fox News", "organization"]] as const) {
      const r = matchMentions([
        mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump"),
        mention("b", "y", "B", "2019-01-25", SHUTDOWN, speaker, { speakerType }),
      ]);
      expect(r.families, String(speaker)).toHaveLength(1);
      expect(r.families[0]?.speaker).toBe("Donald Trump");
    }
  });

  it("two confidently named, different persons keep the same wording apart; a bare surname the story names in full too", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump"),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Nancy Pelosi"),
      mention("c", "z", "C", "2019-01-25", SHUTDOWN, "Pelosi"),
    ]);
    expect(familyOf(r, "a")?.id).not.toBe(familyOf(r, "b")?.id);
    expect(familyOf(r, "c")?.id).toBe(familyOf(r, "b")?.id);
  });

  it("a pronoun or role noun that extraction resolved to a name is advice, not a second person (BASIL: \"she\" -> Heather Poe for Mary Cheney's words)", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump", { speakerMention: "Trump" }),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Nancy Pelosi", { speakerMention: "she" }),
      mention("c", "z", "C", "2019-01-25", SHUTDOWN, "Nancy Pelosi", { speakerMention: "the speaker of the House" }),
    ]);
    expect(r.families).toHaveLength(1);
    expect(r.families[0]?.speaker).toBe("Donald Trump");
    // written by name, the two persons still block
    const named = matchMentions([
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump", { speakerMention: "Trump" }),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Nancy Pelosi", { speakerMention: "Ms. Pelosi" }),
    ]);
    expect(named.families).toHaveLength(2);
  });

  it("a given name resolved from elsewhere in the article is not written at the quote: \"Mrs. Clinton\" and \"Clinton\" (resolved to Bill) agree", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-01-25", HARBOUR, "Bill Clinton", { speakerMention: "Clinton" }),
      mention("b", "y", "B", "2019-01-25", HARBOUR, "Hillary Rodham Clinton", { speakerMention: "Mrs. Clinton" }),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("a bare surname its story never names in full is no evidence (\"Texas\" taken for a speaker)", () => {
    const r = matchMentions([mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump"), mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Texas")]);
    expect(r.families).toHaveLength(1);
  });

  it("a surname and its full form are one person; the family speaker is the best-evidenced, fullest name", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Trump"),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Donald Trump"),
      mention("c", "z", "C", "2019-01-26", SHUTDOWN, "Trump"),
    ]);
    expect(r.families).toHaveLength(1);
    expect(r.families[0]?.speaker).toBe("Donald Trump");
  });

  it("no family names two different persons, even through an unknown-speaker wording", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-01-25", HARBOUR, "Anna Weber"),
      mention("b", "y", "B", "2019-01-25", HARBOUR, null),
      mention("c", "z", "C", "2019-01-25", HARBOUR, "Max Weber"),
    ]);
    expect(familyOf(r, "a")?.id).not.toBe(familyOf(r, "c")?.id);
  });

  it("each mention keeps its own speaker; disagreements are listed, not hidden", () => {
    const ms: MatchableMention[] = [
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Donald Trump"),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Trump"),
      mention("c", "z", "C", "2019-01-25", SHUTDOWN, "the president"),
      mention("d", "w", "D", "2019-01-25", SHUTDOWN, "Mike Pence"),
    ];
    const speakers = pickFamilySpeaker(ms);
    expect(speakers.speaker).toBe("Donald Trump");
    expect(speakers.votes.filter((v) => v.disagrees).map((v) => v.name)).toEqual(["Mike Pence"]);
    expect(speakers.votes.map((v) => v.name).sort()).toEqual(["Donald Trump", "Mike Pence", "Trump", "the president"]);
  });

  it("names are resolved within a story: \"Trump\" years later is not confirmed by an old \"Donald Trump Jr\"", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2011-04-07", OTHER, "Trump"),
      mention("b", "y", "B", "2011-04-07", OTHER, "Ivanka Trump"),
      mention("c", "z", "C", "2017-11-17", HARBOUR, "Donald Trump Jr"),
    ]);
    // "Trump" and "Ivanka Trump" agree (a surname alone never contradicts a full name)
    expect(familyOf(r, "a")?.id).toBe(familyOf(r, "b")?.id);
  });

  it("incremental equals the rebuild when a later article confirms a bare surname", () => {
    const ms = [
      mention("a", "x", "A", "2019-01-25", SHUTDOWN, "Pelosi"),
      mention("b", "y", "B", "2019-01-25", SHUTDOWN, "Donald Trump"),
      mention("c", "z", "C", "2019-01-26", OTHER, "Nancy Pelosi"),
    ];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0], [0, 2, 1]]) {
      let result: MatchResult = { families: [] };
      const seen: MatchableMention[] = [];
      for (const k of order) {
        seen.push(ms[k]!);
        result = matchIncremental(result, seen);
        expect(result).toEqual(matchMentions(seen));
      }
    }
    // before Nancy Pelosi is named, "Pelosi" is no evidence and the wording is one statement
    expect(matchMentions([ms[0]!, ms[1]!]).families).toHaveLength(1);
    expect(matchMentions(ms).families).toHaveLength(3);
  });
});

describe("names resolved within a story", () => {
  it("a bare name takes the one full name of its story holding it (either part), not one from another story", () => {
    const ms = [
      mention("a", "x", "A", "2023-08-15", HARBOUR, "Li Shangfu"),
      mention("b", "y", "B", "2023-08-16", OTHER, "Li"),
      mention("c", "z", "C", "2023-04-30", SHUTDOWN, "Li"),
    ];
    const r = matchMentions(ms);
    expect(familyOf(r, "b")?.speaker).toBe("Li Shangfu");
    expect(familyOf(r, "c")?.speaker).toBe("Li");
  });

  it("incremental equals the rebuild when a new article resolves an old bare name", () => {
    const ms = [
      mention("a", "x", "A", "2023-08-15", OTHER, "Li"),
      mention("b", "y", "B", "2023-08-16", HARBOUR, "Li Shangfu"),
      mention("c", "z", "C", "2023-08-16", OTHER, "Wang Yi"),
    ];
    for (const order of [[0, 1, 2], [0, 2, 1], [2, 0, 1]]) {
      let result: MatchResult = { families: [] };
      const seen: MatchableMention[] = [];
      for (const k of order) {
        seen.push(ms[k]!);
        result = matchIncremental(result, seen);
        expect(result).toEqual(matchMentions(seen));
      }
    }
  });
});
