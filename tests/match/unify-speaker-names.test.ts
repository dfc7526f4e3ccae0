import { describe, expect, it } from "vitest";
import { matchIncremental } from "../../src/match/match-incremental.ts";
import { matchMentions } from "../../src/match/match-mentions.ts";
import { unifySpeakerNames } from "../../src/match/unify-speaker-names.ts";
import type { MatchableMention, MatchResult } from "../../src/model/family.ts";
import { mention } from "./seed-mentions.ts";

const QUOTE = "We will keep every channel open with our partners in the region";
const speakersOf = (ms: readonly MatchableMention[]) => ms.map((m) => m.speaker);

describe("unifySpeakerNames", () => {
  it("a bare surname takes the one fuller name of the corpus that holds it", () => {
    const ms = [mention("a", "x", "A", null, "q", "Weber"), mention("b", "y", "B", null, "q", "Anna Weber")];
    expect(speakersOf(unifySpeakerNames(ms))).toEqual(["Anna Weber", "Anna Weber"]);
  });

  it("either name part works (outlets disagree on which one is the surname), accents and case aside", () => {
    const ms = [
      mention("a", "x", "A", null, "q", "Shangfu"), mention("b", "y", "B", null, "q", "Li Shangfu"),
      mention("c", "z", "C", null, "q", "Li"), mention("d", "z", "C", null, "q", "José Pérez"), mention("e", "z", "C", null, "q", "PEREZ"),
    ];
    expect(speakersOf(unifySpeakerNames(ms))).toEqual(["Li Shangfu", "Li Shangfu", "Li Shangfu", "José Pérez", "José Pérez"]);
  });

  it("names with particles and hyphens: \"Assad\" -> \"Bashar al-Assad\", \"von der Leyen\" -> \"Ursula von der Leyen\"", () => {
    const ms = [
      mention("a", "x", "A", null, "q", "Assad"), mention("b", "y", "B", null, "q", "Bashar al-Assad"),
      mention("c", "x", "A", null, "q", "von der Leyen"), mention("d", "y", "B", null, "q", "Ursula von der Leyen"),
    ];
    expect(speakersOf(unifySpeakerNames(ms))).toEqual(["Bashar al-Assad", "Bashar al-Assad", "Ursula von der Leyen", "Ursula von der Leyen"]);
  });

  it("never guesses between two people: \"Li\" with Li Shangfu and Li Qiang stays \"Li\"", () => {
    const ms = [mention("a", "x", "A", null, "q", "Li"), mention("b", "y", "B", null, "q", "Li Shangfu"), mention("c", "z", "C", null, "q", "Li Qiang")];
    expect(speakersOf(unifySpeakerNames(ms))).toEqual(["Li", "Li Shangfu", "Li Qiang"]);
  });

  it("the same words in another order are one speaker, written in its most frequent form", () => {
    const ms = [
      mention("a", "x", "A", null, "q", "Shangfu Li"), mention("b", "y", "B", null, "q", "Li Shangfu"), mention("c", "z", "C", null, "q", "Li Shangfu"),
    ];
    expect(speakersOf(unifySpeakerNames(ms))).toEqual(["Li Shangfu", "Li Shangfu", "Li Shangfu"]);
    // the same in any input order
    expect(speakersOf(unifySpeakerNames([...ms].reverse()))).toEqual(["Li Shangfu", "Li Shangfu", "Li Shangfu"]);
  });

  it("leaves descriptions alone and returns the same array when nothing changes", () => {
    const ms = [mention("a", "x", "A", null, "q", "a joint statement"), mention("b", "y", "B", null, "q", "a joint statement by Russia"), mention("c", "y", "B", null, "q", null)];
    expect(unifySpeakerNames(ms)).toBe(ms);
  });
});

describe("matching with unified speaker names", () => {
  const weber = mention("m-1", "a-1", "Example Wire", "2024-02-04", QUOTE, "Weber");
  const anna = mention("m-2", "a-2", "Daily Example", "2024-02-03", QUOTE, "Anna Weber");
  const max = mention("m-3", "a-3", "Other Daily", "2024-02-05", "Sociology is a science which attempts the interpretive understanding of social action", "Max Weber");

  it("regression: the same quote credited to \"Weber\" in one outlet and \"Anna Weber\" in another is one family", () => {
    const result = matchMentions([weber, anna]);
    expect(result.families).toHaveLength(1);
    expect(result.families[0]?.speaker).toBe("Anna Weber");
  });

  it("a second Weber in the corpus keeps the bare \"Weber\" apart (ambiguous)", () => {
    const result = matchMentions([weber, anna, max]);
    expect(result.families.find((f) => f.members.some((m) => m.mentionId === "m-1"))?.members).toHaveLength(1);
  });

  it("incremental equals the rebuild when a new article changes how an old name resolves", () => {
    for (const order of [[weber, anna, max], [anna, weber, max], [weber, max, anna], [max, weber, anna]]) {
      let result: MatchResult = { families: [] };
      const seen: MatchableMention[] = [];
      for (const m of order) {
        seen.push(m);
        result = matchIncremental(result, seen);
        expect(result).toEqual(matchMentions(seen));
      }
    }
  });
});
