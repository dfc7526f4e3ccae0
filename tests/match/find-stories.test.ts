import { describe, expect, it } from "vitest";
import { findStories, type StoryMention } from "../../src/match/find-stories.ts";

const row = (articleId: string, date: string | null, speaker: string | null): StoryMention => ({ articleId, date, pageDate: date, speaker, speakerType: "person" });

describe("findStories: two articles are in one story when they share a name word within the story window, never by a chain", () => {
  it("relates articles quoting persons sharing a name word within storyDays, and not a third one reached only through them", () => {
    // regression (incremental != rebuild on bench:workers): chained stories held 768 of 799 articles
    const stories = findStories([
      row("a", "2020-01-01", "Nastat"),
      row("b", "2020-01-10", "Paigeplair Nastat"), row("b", "2020-01-10", "Zed Quorn"),
      row("c", "2020-01-20", "Zed Quorn"),
      row("d", "2020-03-01", "Nastat"),
      row("e", null, "Nastat"),
    ], 14);
    expect(stories.same("a", "b")).toBe(true);
    expect(stories.same("b", "c")).toBe(true);
    expect(stories.same("a", "c")).toBe(false);
    // a shared name word but 60 days apart, or undated: not one story
    expect(stories.same("a", "d")).toBe(false);
    expect(stories.same("a", "e")).toBe(false);
    expect(stories.same("e", "e")).toBe(true);
  });

  it("gives the full names of a bare name's story: its own article's and those within storyDays", () => {
    const stories = findStories([
      row("a", "2020-01-01", "Nastat"),
      row("b", "2020-01-10", "Paigeplair Nastat"),
      row("c", "2020-01-12", "Anna Nastat"),
      row("d", "2020-01-30", "Olo Nastat"),
      row("e", null, "Nastat"), row("e", null, "Ivo Nastat"),
    ], 14);
    expect([...stories.fullNames("a", "nastat").values()]).toEqual(["Paigeplair Nastat", "Anna Nastat"]);
    // d is 18 and 20 days after c and b: its own name only (no chain through them to a)
    expect([...stories.fullNames("d", "nastat").values()]).toEqual(["Olo Nastat"]);
    expect([...stories.fullNames("e", "nastat").values()]).toEqual(["Ivo Nastat"]);
  });

  it("does not relate two persons who share only a given name: a given name relates only to a bare name or a family name", () => {
    // regression (README "A year of news"): every "John" within 14 days was one story, so the story
    // lookup of 3,941 new mentions found 186k stored mentions (19 % of a 1M store)
    const stories = findStories([
      row("a", "2020-01-01", "Quorn Paigeplair"),
      row("b", "2020-01-02", "Quorn Nastat"),
      row("c", "2020-01-03", "Quorn"),
      row("d", "2020-01-04", "Ivo Quorn"),
      row("e", "2020-01-05", "Olo Nastat"),
    ], 14);
    expect(stories.same("a", "b")).toBe(false);
    // a bare "Quorn" may be either of them, and "Ivo Quorn"'s family name is their given name
    expect(stories.same("a", "c")).toBe(true);
    expect(stories.same("b", "c")).toBe(true);
    expect(stories.same("a", "d")).toBe(true);
    // a shared family name still relates
    expect(stories.same("b", "e")).toBe(true);
    expect(stories.same("a", "e")).toBe(false);
    // the full names of b's given name "quorn" in its story: its own, and d's whose family name it is, not a's
    expect([...stories.fullNames("b", "quorn").values()]).toEqual(["Quorn Nastat", "Ivo Quorn"]);
    expect([...stories.fullNames("c", "quorn").values()]).toEqual(["Quorn Paigeplair", "Quorn Nastat"]);
  });
});
