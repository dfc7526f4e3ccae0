import { describe, expect, it } from "vitest";
import { backPhrase, channelName, describe as describePhrase, genericForward, genericSubject, subjectOfSentence, trailingSubjectComma } from "../../src/extract/find-subject.ts";
import type { NounPhrase, Token } from "../../src/extract/types.ts";
import { frameSentence } from "./rules/frame-sentence.ts";

function at(toks: readonly Token[], word: string): number {
  return toks.findIndex((t) => t.lower === word);
}

function textOf(text: string, np: NounPhrase | { start: number; end: number } | null): string | null {
  return np ? text.slice(np.start, np.end) : null;
}

describe("find-subject: subjects found without a parsed name", () => {
  it("subjectOfSentence: the sentence's subject, a name in apposition winning", () => {
    const a = "The minister, Ali Reza, spoke in Geneva and said the talks would go on.";
    const ta = frameSentence(a);
    expect(textOf(a, subjectOfSentence(ta, at(ta, "and")))).toBe("Ali Reza");
    const b = "Gary Emineth, a former chairman, became a critic and said so.";
    const tb = frameSentence(b);
    expect(textOf(b, subjectOfSentence(tb, at(tb, "and")))).toBe("Gary Emineth");
  });

  it("genericSubject: a plain noun phrase before the cue, never a function word", () => {
    const a = "Several supporters of reform said the vote was fair.";
    const ta = frameSentence(a);
    const np = genericSubject(ta, 0, at(ta, "said"));
    expect(textOf(a, np)).toBe("Several supporters of reform");
    expect(np?.kind).toBe("description");
    const b = "He argued that said nothing.";
    const tb = frameSentence(b);
    expect(genericSubject(tb, 0, at(tb, "said"))).toBeNull();
  });

  it("genericForward: the phrase after an inverted cue, up to a tail opener", () => {
    const a = "said one former campaign staffer on Tuesday";
    const ta = frameSentence(a);
    expect(textOf(a, genericForward(ta, 1))).toBe("one former campaign staffer");
  });

  it("trailingSubjectComma: the comma opening ', a source close to him said'", () => {
    const a = "The deal is off, a source close to him said.";
    const ta = frameSentence(a);
    const last = at(ta, "said") - 1;
    expect(trailingSubjectComma(ta, last)).toBe(at(ta, ","));
    expect(textOf(a, describePhrase(ta, trailingSubjectComma(ta, last) + 1, last))).toBe("a source close to him");
    const b = "The deal is off, and then he said.";
    const tb = frameSentence(b);
    expect(trailingSubjectComma(tb, at(tb, "said") - 1)).toBe(-1);
  });

  it("backPhrase and channelName: the channel before 'quoted' or after 'according to'", () => {
    const a = "Russia's TASS news agency quoted him";
    const ta = frameSentence(a);
    const ph = backPhrase(ta, at(ta, "quoted") - 1);
    expect(textOf(a, ph)).toBe("Russia's TASS news agency");
    expect(channelName(textOf(a, ph) as string, ta, (ph as { first: number }).first, (ph as { last: number }).last)).toBe("TASS");
    const b = "according to state media";
    const tb = frameSentence(b);
    expect(channelName("state media", tb, 2, 3)).toBe("state media");
    const c = "according to court records";
    const tc = frameSentence(c);
    expect(channelName("court records", tc, 2, 3)).toBeNull();
  });
});
