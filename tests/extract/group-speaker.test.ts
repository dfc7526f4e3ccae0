import { describe, expect, it } from "vitest";
import { extractText as run, quoteBeginning as only } from "../helpers/extract-text.ts";
import { nameGroup } from "../../src/extract/name-group.ts";

// Issue 12, group and plural speakers: one test per rule, on sentences written for the tests (no article text).

describe("nameGroup: a plural noun phrase naming people", () => {
  it("keeps the modifiers, drops determiners, quantifiers and numbers", () => {
    expect(nameGroup("State Department officials")).toBe("State Department officials");
    expect(nameGroup("House Democrats")).toBe("House Democrats");
    expect(nameGroup("Republicans")).toBe("Republicans");
    expect(nameGroup("some lawmakers")).toBe("lawmakers");
    expect(nameGroup("the protesters")).toBe("protesters");
    expect(nameGroup("Two senior administration officials")).toBe("senior administration officials");
    expect(nameGroup("dozens of demonstrators")).toBe("demonstrators");
    expect(nameGroup("a majority of Democrats")).toBe("Democrats");
  });

  it("finds the head before a preposition, relative word or participle", () => {
    expect(nameGroup("supporters of the harbour plan")).toBe("supporters of the harbour plan");
    expect(nameGroup("officials who attended the meeting")).toBe("officials");
    expect(nameGroup("people briefed on the talks")).toBe("people");
    expect(nameGroup("a leading advocate for retired teachers")).toBeNull();
  });

  it("a bare quantifier standing for people is a group", () => {
    expect(nameGroup("Some")).toBe("some");
    expect(nameGroup("others")).toBe("others");
  });

  it("names no group for things, singular roles, surnames and titled surnames", () => {
    for (const p of ["the documents", "the records", "emails", "Democratic leader", "the senator", "Sanders", "Reuters", "Senator Masters", "Mr. Masters", "the Kennedys"]) {
      expect(nameGroup(p), p).toBeNull();
    }
  });
});

describe("extraction: group subjects are speakers of kind group", () => {
  it("'Republicans said', 'officials said', 'aides say': the group, typed group", () => {
    const a = only("“We will not back down from this fight over the harbour,” Republicans said.", "We will not");
    expect(a.speaker).toMatchObject({ name: "Republicans", mention: "Republicans", type: "group" });
    expect(a.rule).toBe("direct.trailing-cue");
    expect(a.confidence).toBeGreaterThan(0.85);
    const b = only("Officials said the ferry would run again in June after the repairs to the pier.", "the ferry");
    expect(b.speaker).toMatchObject({ name: "Officials", type: "group" });
    const c = only("“The mayor is furious about the leaked budget,” aides say.", "The mayor");
    expect(c.speaker).toMatchObject({ name: "aides", type: "group" });
  });

  it("the group keeps its organisation or modifier: 'State Department officials told reporters'", () => {
    const q = only("State Department officials told reporters that “the talks on the canal are going nowhere.”", "the talks");
    expect(q.speaker).toMatchObject({ name: "State Department officials", mention: "State Department officials", type: "group" });
  });

  it("a capitalised plural with a modifier is a group, not a person called 'Democrats' (regression: name 'Democrats', role 'House')", () => {
    const q = only("House Democrats said that “the vote on the levee was a sham from the start.”", "the vote");
    expect(q.speaker).toMatchObject({ name: "House Democrats", type: "group" });
  });

  it("'some lawmakers', 'the protesters chanted', 'critics argue'", () => {
    expect(only("Some lawmakers said the bill “goes too far in every direction at once.”", "goes too far").speaker)
      .toMatchObject({ name: "lawmakers", type: "group" });
    expect(only("The protesters chanted “No more tolls on the old bridge tonight.”", "No more tolls").speaker)
      .toMatchObject({ name: "protesters", mention: "The protesters", type: "group" });
    expect(only("Critics argue that the program “wastes money on consultants and lawyers.”", "wastes money").speaker)
      .toMatchObject({ name: "Critics", type: "group" });
  });

  it("a participle clause after the group ('Two officials, speaking on condition of anonymity, said') is not the speaker", () => {
    const q = only("Two senior officials, speaking on condition of anonymity, said the talks on the canal “had stalled for weeks.”", "had stalled");
    expect(q.speaker).toMatchObject({ name: "senior officials", mention: "Two senior officials", type: "group" });
  });

  it("a scare or partial quote in a clause whose subject is a group takes the group", () => {
    const a = only("Democrats called it “a reckless giveaway to the harbour owners.”", "a reckless");
    expect(a.speaker).toMatchObject({ name: "Democrats", type: "group" });
    // no cue verb: the clause's subject (partial.sentence-subject)
    const b = only("Republicans have long derided the program as “a giveaway to the insurers and their lobbyists.”", "a giveaway");
    expect(b.rule).toBe("partial.sentence-subject");
    expect(b.speaker).toMatchObject({ name: "Republicans", type: "group" });
    // inside reported speech whose subject is the group: "they" is the group
    const c = only("Republicans said the plan, which they described as “a disaster for the farmers of the valley,” would fail.", "a disaster");
    expect(c.speaker).toMatchObject({ name: "Republicans", mention: "they", type: "group" });
  });

  it("a group opening the clause does not take a quote it did not say", () => {
    // a parenthesis with its own subject: the quote is his, not the group's
    const a = run("Mr. Ivo Brand answered that the rules were clear.\n\nManagers, he went on, “are told by the company how to use that freedom.”").quotes
      .find((q) => q.text.startsWith("are told"));
    expect(a?.speaker?.type).not.toBe("group");
    // another group named between the subject and the quote: the resolution is the Republicans', not the Democrats'
    const b = run("Democrats also put down an attempt by Republicans to split the caucus with a resolution saying that “the harbour vote devalues the franchise of citizens.”").quotes
      .find((q) => q.text.startsWith("the harbour vote"));
    expect(b?.speaker?.name).not.toBe("Democrats");
  });

  it("a group in a free relative ('denying what some have said') is not the topic: the floating quote after it stays the person's", () => {
    const text = "“I have never doubted the mayor's honesty,” Ana Ruiz told host Bo Lind, denying what some have said was a sign that Ruiz had questioned the mayor's honesty.\n\n" +
      "“I said the harbour plan costs too much, and I say it again today.”";
    expect(only(text, "I said the harbour").speaker).toMatchObject({ name: "Ana Ruiz", type: "person" });
  });

  it("'they' after a group is the group; 'he'/'she' after a group is not", () => {
    const text = "Some lawmakers said the bill went too far. They said it was “a solution in search of a problem at the port.”";
    expect(only(text, "a solution").speaker).toMatchObject({ name: "lawmakers", mention: "They", type: "group" });
    const mixed = "Senator Jane Holt criticised the plan on Monday.\n\nDemocrats said it was “a reckless gamble with the river.”\n\n" +
      "“It will hurt the farmers of this state for years,” she said.";
    expect(only(mixed, "It will hurt").speaker).toMatchObject({ name: "Jane Holt", type: "person" });
  });

  it("a titled surname that looks plural stays a person ('Senator Ada Masters' ... 'Senator Masters said')", () => {
    const text = "Senator Ada Masters opened the hearing.\n\n“We need the money for the dam this year,” Senator Masters said.";
    expect(only(text, "We need").speaker).toMatchObject({ name: "Ada Masters", type: "person" });
  });
});
