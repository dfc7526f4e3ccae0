import { describe, expect, it } from "vitest";
import { findSentenceAttributions, type AttributionRules } from "../../../src/extract/find-sentence-attributions.ts";
import { CUE_RULES, INTRODUCTION_RULES, SENTENCE_RULES, TOKEN_RULES } from "../../../src/extract/rules/index.ts";
import { reportingVerb } from "../../../src/extract/rules/reporting-verb.ts";
import { tokenizeWords } from "../../../src/text/tokenize-words.ts";
import type { CueRule, Token, TokenRule } from "../../../src/extract/types.ts";
import { frameSentence } from "./frame-sentence.ts";

/** the index's rules, each recording its name when it applies (token rules) or decides (cue rules) */
function recordingRules(log: string[]): AttributionRules {
  const cue = CUE_RULES.map((r): CueRule => ({ name: r.name, build: (sc, c) => { const a = r.build(sc, c); if (a !== false) log.push(r.name); return a; } }));
  const token = TOKEN_RULES.map((r): TokenRule => {
    const inner = r.name === "reporting-verb" ? reportingVerb(cue) : r;
    return { name: r.name, words: r.words, at: (sc, i) => { const n = inner.at(sc, i); if (n >= 0 && r.name !== "reporting-verb") log.push(r.name); return n; } };
  });
  const sentence = SENTENCE_RULES.map((r) => ({ name: r.name, find: (t: readonly Token[]) => { const a = r.find(t); if (a) log.push(r.name); return a; } }));
  return { token, sentence };
}

function run(text: string) {
  const log: string[] = [];
  const analysis = findSentenceAttributions(text, frameSentence(text), text.length, 0, recordingRules(log));
  return { log, analysis, speaker: analysis.attributions[0]?.np ? text.slice(analysis.attributions[0].np.start, analysis.attributions[0].np.end) : null };
}

describe("rules/index: the attribution rules run in the declared order", () => {
  it("declares this order (a change here is a change of behaviour: update it on purpose)", () => {
    expect(TOKEN_RULES.map((r) => r.name)).toEqual(["according-to", "quoted-as-saying", "interview-channel", "reporting-verb"]);
    expect(CUE_RULES.map((r) => r.name)).toEqual([
      "asked-whether", "not-a-cue", "told-channel", "participle", "inverted", "apposition", "comma-inverted", "comma-subject",
      "relative-who", "coordinated", "subject-before-cue",
    ]);
    expect(SENTENCE_RULES.map((r) => r.name)).toEqual(["dash-credit"]);
    expect(INTRODUCTION_RULES.map((r) => r.name)).toEqual(["colon-introduction"]);
  });

  it("findSentenceAttributions tries the token rules in list order at each word, and the first that applies takes its tokens", () => {
    const calls: string[] = [];
    const spy = (name: string, takes: (i: number) => number): TokenRule => ({ name, words: ["one", "two", "three", "four"], at: (_sc, i) => { calls.push(`${name}@${i}`); return takes(i); } });
    const text = "one two three four";
    const rules: AttributionRules = {
      // "first" applies at token 0 and takes tokens 0-1; "second" never applies
      token: [spy("first", (i) => (i === 0 ? 1 : -1)), spy("second", () => -1)],
      sentence: [{ name: "whole", find: () => { calls.push("whole"); return null; } }],
    };
    findSentenceAttributions(text, tokenizeWords(text, 0, text.length), text.length, 0, rules);
    expect(calls).toEqual(["first@0", "first@2", "second@2", "first@3", "second@3", "whole"]);
  });

  it("tries a token rule only at the words it declares", () => {
    const calls: string[] = [];
    const rule: TokenRule = { name: "at-two", words: ["two"], at: (_sc, i) => { calls.push(`at-two@${i}`); return -1; } };
    const text = "one two three two";
    findSentenceAttributions(text, tokenizeWords(text, 0, text.length), text.length, 0, { token: [rule], sentence: [] });
    expect(calls).toEqual(["at-two@1", "at-two@3"]);
  });

  it("reportingVerb tries the cue rules in list order: false passes to the next, null or an attribution decides", () => {
    const calls: string[] = [];
    const cue = (name: string, result: false | null): CueRule => ({ name, build: () => { calls.push(name); return result; } });
    const text = "The minister said the talks would continue.";
    const rules: AttributionRules = { token: [reportingVerb([cue("a", false), cue("b", null), cue("c", false)])], sentence: [] };
    const out = findSentenceAttributions(text, tokenizeWords(text, 0, text.length), text.length, 0, rules);
    expect(calls).toEqual(["a", "b"]);
    expect(out.attributions).toEqual([]);
  });

  // one sentence per rule: the rule that decides, and so the one an earlier rule must not shadow
  it.each([
    ["The talks failed last week in Geneva, according to TASS.", ["according-to"], "TASS"],
    ["TASS quoted Foreign Minister Sergei Lavrov as saying the talks would continue next week.", ["quoted-as-saying"], "Foreign Minister Sergei Lavrov"],
    ["Reporters asked whether the deal would hold.", ["asked-whether"], "Reporters"],
    ["Trump was told the talks would continue next week.", ["not-a-cue"], null],
    ["The minister left the room, saying the talks would continue next week.", ["participle"], "The minister"],
    ["“We will win,” said Li Wei.", ["inverted"], "Li Wei"],
    ["Li Wei, a senior diplomat, said the talks would continue next week.", ["apposition"], "Li Wei"],
    ["The talks will continue next week and beyond, said Minister Li Wei.", ["comma-inverted"], "Minister Li Wei"],
    ["The talks were led by Li Wei, who said the deal would hold.", ["relative-who"], "Li Wei"],
    ["The minister arrived in Geneva and said the talks would continue.", ["coordinated"], "The minister"],
    ["The minister said the talks would continue next week.", ["subject-before-cue"], "The minister"],
    ["“We will not raise taxes.” — Mayor Tom Reed", ["dash-credit"], "Mayor Tom Reed"],
  ])("%s -> %j", (text, rules, speaker) => {
    const { log, speaker: found } = run(text);
    expect(log).toEqual(rules);
    expect(found).toBe(speaker);
  });

  it("interview-channel and told-channel credit the sentence's channel and leave the attribution to the verb's rules", () => {
    const a = run("In an interview with CNN, the minister said the talks would continue next week.");
    expect(a.log).toEqual(["interview-channel", "subject-before-cue"]);
    expect(a.analysis.source?.name).toBe("CNN");
    const b = run("The minister told Sputnik that the talks would continue next week.");
    expect(b.log).toEqual(["subject-before-cue"]);
    expect(b.analysis.source?.name).toBe("Sputnik");
  });

  it("comma-subject: a cue after a comma that no apposition or inverted subject explains", () => {
    const r = run("Woodrow Benford, 58, who lives outside town, says he will vote for the mayor.");
    expect(r.log).toEqual(["comma-subject"]);
    expect(r.speaker).toBe("Woodrow Benford");
  });
});
