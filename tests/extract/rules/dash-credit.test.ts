import { describe, expect, it } from "vitest";
import { findDashAttribution } from "../../../src/extract/rules/dash-credit.ts";
import { frameSentence } from "./frame-sentence.ts";

function speakerOf(text: string): string | null {
  const a = findDashAttribution(frameSentence(text));
  return a?.np ? text.slice(a.np.nameStart, a.np.nameEnd) : null;
}

describe("findDashAttribution: a quote credited by a dash and a name", () => {
  it("hyphen, en dash, em dash, horizontal bar and a doubled hyphen; the title is not the name", () => {
    expect(speakerOf('"We will not raise rates this year." -Commissioner Maria Lopez')).toBe("Maria Lopez");
    expect(speakerOf('"We will not raise taxes," — Mayor Tom Reed.')).toBe("Tom Reed");
    expect(speakerOf("“We will not raise taxes.” – Tom Reed")).toBe("Tom Reed");
    expect(speakerOf("“We will not raise taxes.”― Tom Reed")).toBe("Tom Reed");
    expect(speakerOf('"We will not raise taxes." --Tom Reed')).toBe("Tom Reed");
  });

  it("the dash is the cue, the mode has its own name, there is no content", () => {
    const text = '"We will not raise taxes," — Mayor Tom Reed.';
    const a = findDashAttribution(frameSentence(text));
    expect(a).toMatchObject({ mode: "dash-attribution", content: null, channelOnly: false });
    expect(text.slice(a?.cueStart, a?.cueEnd)).toBe("—");
  });

  it("a parenthesis or a short description may follow the name", () => {
    expect(speakerOf('"We will not raise taxes." — Sen. Tom Reed (D-Ill.)')).toBe("Tom Reed");
    expect(speakerOf('"We will not raise taxes." — Tom Reed, mayor of Springfield.')).toBe("Tom Reed");
  });

  it("a dash clause that goes on is no credit: “Rules” — the TV show — was cancelled", () => {
    expect(findDashAttribution(frameSentence('"Rules" — the TV show — was cancelled.'))).toBeNull();
    expect(findDashAttribution(frameSentence('"Rules of the Game" — Tom Reed\'s show — was cancelled.'))).toBeNull();
    expect(findDashAttribution(frameSentence('"We will win the vote" — Tom Reed was sure of it.'))).toBeNull();
    expect(findDashAttribution(frameSentence('"We will win the vote" — Tom Reed, who was sure of it, smiled.'))).toBeNull();
  });

  it("page numbers and dates after a dash are no speaker", () => {
    expect(findDashAttribution(frameSentence('"We will not raise taxes." - 2 -'))).toBeNull();
    expect(findDashAttribution(frameSentence('"We will not raise taxes." — March 3, 2024'))).toBeNull();
    expect(findDashAttribution(frameSentence('"We will not raise taxes." — Jan. 5, 2024'))).toBeNull();
    expect(findDashAttribution(frameSentence('"We will not raise taxes." — Monday'))).toBeNull();
  });

  it("a lone word after the dash is no name; the quote must open the sentence", () => {
    expect(findDashAttribution(frameSentence('"We will not raise taxes." — Reed'))).toBeNull();
    expect(findDashAttribution(frameSentence('The board said "no" — Tom Reed'))).toBeNull();
  });
});
