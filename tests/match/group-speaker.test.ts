import { describe, expect, it } from "vitest";
import { matchMentions } from "../../src/match/match-mentions.ts";
import { pickFamilySpeaker } from "../../src/text/pick-family-speaker.ts";
import { mention } from "./seed-mentions.ts";

// sentences written for these tests
const BILL = "This bill restores the faith of the people that their government works for them";

describe("group speakers never block a match (issue 11) and yield to a named person (issue 12)", () => {
  it("a group speaker on one side and a named person on the other are one statement, the person speaks", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-03-08", BILL, "Nancy Pelosi", { speakerMention: "House Speaker Nancy Pelosi" }),
      mention("b", "y", "B", "2019-03-08", BILL, "House Democrats", { speakerType: "group", speakerMention: "House Democrats" }),
    ]);
    expect(r.families).toHaveLength(1);
    expect(r.families[0]?.speaker).toBe("Nancy Pelosi");
  });

  it("regression: a group read as a person (\"Blue Dog Democrats\" as given name Blue, family Democrats) kept a named person's words apart", () => {
    const members = (speakerType: "group" | "person") => [
      mention("a", "x", "A", "2019-03-08", BILL, "Nancy Pelosi", { speakerMention: "House Speaker Nancy Pelosi" }),
      mention("b", "y", "B", "2019-03-08", BILL, "Blue Dog Democrats", { speakerType, speakerMention: "Blue Dog Democrats" }),
    ];
    expect(matchMentions(members("person")).families).toHaveLength(2);
    expect(matchMentions(members("group")).families).toHaveLength(1);
  });

  it("two different groups never keep a wording apart", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2019-03-08", BILL, "House Democrats", { speakerType: "group" }),
      mention("b", "y", "B", "2019-03-08", BILL, "Senate Republicans", { speakerType: "group" }),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("the family's speaker is the named person even when more members name the group", () => {
    const members = [
      mention("a", "x", "A", "2019-03-08", BILL, "Republicans", { speakerType: "group" }),
      mention("b", "y", "B", "2019-03-08", BILL, "Republicans", { speakerType: "group" }),
      mention("c", "z", "C", "2019-03-08", BILL, "Republicans", { speakerType: "group" }),
      mention("d", "w", "D", "2019-03-08", BILL, "Kevin McCarthy", { speakerMention: "Mr. McCarthy" }),
    ];
    expect(pickFamilySpeaker(members).speaker).toBe("Kevin McCarthy");
    // regression: typed as a person, "Republicans" written at three quotes outvoted the one named person
    expect(pickFamilySpeaker(members.map((m) => (m.speakerType === "group" ? { ...m, speakerType: "person" as const } : m))).speaker).toBe("Republicans");
    // with no person among them, the group speaks
    expect(pickFamilySpeaker(members.slice(0, 3)).speaker).toBe("Republicans");
  });
});

describe("a family of one", () => {
  it("is named after its member's own speaker, as pickFamilySpeaker names it (buildFamily does not ask it)", () => {
    const kinds = [
      mention("a", "x", "A", "2019-03-08", BILL, "Nancy Pelosi", { speakerMention: "House Speaker Nancy Pelosi" }),
      mention("b", "y", "B", "2019-03-08", BILL, "Pelosi", { speakerMention: "she" }),
      mention("c", "z", "C", "2019-03-08", BILL, "House Democrats", { speakerType: "group" }),
      mention("d", "w", "D", "2019-03-08", BILL, "the senator", { speakerMention: "the senator" }),
      mention("e", "v", "E", "2019-03-08", BILL, null),
    ];
    for (const m of kinds) expect(matchMentions([m]).families[0]?.speaker).toBe(pickFamilySpeaker([m]).speaker);
  });
});
