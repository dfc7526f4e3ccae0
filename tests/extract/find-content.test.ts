import { describe, expect, it } from "vitest";
import { CUE_VERBS, type CueVerb } from "../../src/lexicon/cue-verbs.ts";
import { clip, commaBeforeClose, contentAfter, hasThatSoon, looksLikeClause, shortTail } from "../../src/extract/find-content.ts";
import type { Scan, Token } from "../../src/extract/types.ts";
import { frameSentence } from "./rules/frame-sentence.ts";

function scan(text: string): Scan {
  return { text, tokens: frameSentence(text), sentenceEnd: text.length, contentFloor: 0, attributions: [], source: null, pendingSecond: null };
}

/** the index of the first token whose lower form is `word` */
function at(toks: readonly Token[], word: string): number {
  return toks.findIndex((t) => t.lower === word);
}

/** contentAfter from the token after `cueWord`, as text */
function after(text: string, cueWord: string, skipObject = false): string | null {
  const sc = scan(text);
  const k = at(sc.tokens, cueWord);
  const r = contentAfter(sc, sc.tokens, k + 1, text.length, skipObject, null, CUE_VERBS.get(cueWord) as CueVerb);
  return r ? text.slice(r[0], r[1]) : null;
}

describe("find-content: the reported clause around a cue", () => {
  it("contentAfter takes the clause after 'that', else the clause itself", () => {
    expect(after("Li said on Tuesday that the talks would continue next week.", "said")).toBe("the talks would continue next week");
    expect(after("Li said the talks would continue next week.", "said")).toBe("the talks would continue next week");
  });

  it("contentAfter: a topic is no content, and a trailing credit or participle clause is cut off", () => {
    expect(after("Li spoke about the talks in Geneva.", "spoke")).toBeNull();
    expect(after("Li said the talks would continue, according to TASS.", "said")).toBe("the talks would continue");
    expect(after("Li said the talks would continue, adding more was needed.", "said")).toBe("the talks would continue");
  });

  it("contentAfter skips the addressee of an object verb ('told reporters that')", () => {
    expect(after("Li told reporters the talks would continue next week.", "told", true)).toBe("the talks would continue next week");
  });

  it("contentAfter: a weak verb takes a clause without 'that' but not a plain object", () => {
    expect(after("Li noted he would run again next year.", "noted")).toBe("he would run again next year");
    expect(after("Li noted the weather in Geneva today.", "noted")).toBeNull();
  });

  it("clip keeps a range of at least three words, trimmed to its tokens", () => {
    const text = "The talks will go on, Li said.";
    const toks = frameSentence(text);
    const comma = text.indexOf(",");
    expect(clip(0, comma, toks, 0, toks.length)).toEqual([0, comma]);
    expect(clip(text.indexOf("go"), comma, toks, 0, toks.length)).toBeNull();
  });

  it("shortTail, hasThatSoon, looksLikeClause, commaBeforeClose", () => {
    const t1 = frameSentence("said on Tuesday in Geneva.");
    expect(shortTail(t1, 1)).toBe(true);
    const t2 = frameSentence("said the talks that matter most are over.");
    expect(shortTail(t2, 1)).toBe(false);
    expect(hasThatSoon(t2, 1)).toBe(true);
    expect(looksLikeClause(frameSentence("he will run"), 0)).toBe(true);
    expect(looksLikeClause(frameSentence("the deal would fail"), 0)).toBe(true);
    expect(looksLikeClause(frameSentence("on Tuesday"), 0)).toBe(false);
    const q = "were “overblown,” adding";
    expect(commaBeforeClose(q, q.indexOf("“"), q.indexOf("”") + 1)).toBe(true);
    const q2 = "were “overblown” and";
    expect(commaBeforeClose(q2, q2.indexOf("“"), q2.indexOf("”") + 1)).toBe(false);
  });
});
