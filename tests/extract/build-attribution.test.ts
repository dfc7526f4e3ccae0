import { describe, expect, it } from "vitest";
import { findSentenceAttributions } from "../../src/extract/find-sentence-attributions.ts";
import type { Attribution } from "../../src/extract/types.ts";
import { frameSentence } from "./rules/frame-sentence.ts";

function attributions(text: string): Attribution[] {
  return findSentenceAttributions(text, frameSentence(text), text.length, 0).attributions;
}

describe("attr and the rules build every Attribution with one shape", () => {
  it("regression (speed): attributions of every rule have the same fields in the same order, content2 included", () => {
    // attr() wrote channelOnly before mode and content2 was added later: attributions of up to four
    // shapes reached extractQuotes, whose optimised code V8 then dropped and recompiled
    const sentences = [
      "The minister said the talks would resume.",
      "“We are ready,” said Li Shangfu.",
      "Talks will resume, according to TASS.",
      "TASS quoted him as saying that talks would resume.",
      "The talks, he said, will resume next week in Geneva.",
      "Reporters asked whether the talks would resume.",
      "“We are ready for talks.” — Mayor Tom Reed",
      "Li, a senior official, told reporters the talks would resume.",
    ];
    const shapes = new Set<string>();
    let found = 0;
    for (const s of sentences) {
      for (const a of attributions(s)) {
        found++;
        shapes.add(Object.keys(a).join(","));
      }
    }
    expect(found).toBeGreaterThanOrEqual(sentences.length);
    expect([...shapes]).toEqual(["cueFirst,cueLast,cueStart,cueEnd,lemma,mode,np,content,content2,channelOnly"]);
  });
});
