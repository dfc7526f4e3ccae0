import { describe, expect, it } from "vitest";
import type { CorpusArticle, CorpusMention } from "../../src/model/corpus.ts";
import type { QuoteFamily } from "../../src/model/family.ts";
import { countFamilySpeakers } from "../../src/provenance/count-family-speakers.ts";
import { describeSpeakerVotes } from "../../src/view/describe-speaker-votes.ts";

const article = (id: string, outlet: string): CorpusArticle => ({
  id, versionId: `${id}v`, file: `${id}.txt`, url: null, title: null, outlet: { name: outlet, domain: null, kind: "newspaper", country: null },
  publishedAt: "2019-01-25", eventDate: null, language: "en", credits: [], text: "",
});
const mention = (id: string, articleId: string, name: string | null, written: string | null): CorpusMention => ({
  id, articleId, localId: "q1", text: "We have reached a deal", start: 0, end: 1, kind: "direct",
  speaker: name === null ? null : { name, mention: written ?? name, start: 0, end: 1 }, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r",
});

describe("countFamilySpeakers: each mention keeps its own speaker; disagreements are shown, not hidden", () => {
  it("lists every distinct speaker with members, names written at the quote, outlets and who disagrees", () => {
    const articles = new Map([["a", article("a", "Fox News")], ["b", article("b", "NYT")], ["c", article("c", "HuffPost")], ["d", article("d", "AP")]]);
    const mentions = new Map([
      ["m1", mention("m1", "a", "Donald Trump", "Trump")],
      ["m2", mention("m2", "b", "Donald Trump", "Mr. Trump")],
      ["m3", mention("m3", "c", "Meredith Vieira", "she")],
      ["m4", mention("m4", "d", null, null)],
    ]);
    const family = { id: "qf-x", speaker: "Donald Trump", members: ["m1", "m2", "m3", "m4"].map((mentionId) => ({ mentionId })) } as unknown as QuoteFamily;
    const votes = countFamilySpeakers(family, articles, mentions);
    expect(votes).toEqual([
      { name: "Donald Trump", members: 2, namedAtQuote: 2, outlets: ["Fox News", "NYT"], disagrees: false },
      { name: "Meredith Vieira", members: 1, namedAtQuote: 0, outlets: ["HuffPost"], disagrees: true },
    ]);
    expect(describeSpeakerVotes(votes)).toBe("Donald Trump: 2 mentions, Fox News, NYT; Meredith Vieira: 1 mention (0 named at the quote), HuffPost — another person");
    expect(describeSpeakerVotes(votes.slice(0, 1))).toBeNull();
  });
});
