import { describe, expect, it } from "vitest";
import { matchMentions } from "../../src/match/match-mentions.ts";
import type { MatchResult } from "../../src/model/family.ts";
import { isTitleLike } from "../../src/text/is-title-like.ts";
import { mention } from "./seed-mentions.ts";

// sentences written for these tests
const WHOLE = "As governor I will secure the northern border within a year and put thousands more inspectors on the ground";
const BOOK = "My new memoir is called From Hope to Higher Ground and it tells how we rebuilt the county after the flood";

const familyOf = (r: MatchResult, id: string) => r.families.find((f) => f.members.some((m) => m.mentionId === id));

describe("fragments join their quote", () => {
  it("a fragment of three content words inside a longer quote of the same story joins it as partial", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("frag", "y", "B", "2011-11-29", "secure the northern border", "Rick Perry"),
    ]);
    expect(r.families).toHaveLength(1);
    expect(r.families[0]?.members.find((m) => m.mentionId === "frag")?.link).toBe("partial");
  });

  it("a fragment joins the family with most members among its equally good containers, not a wrong person's tighter truncated copy (bug: it followed the copy)", () => {
    const variant = WHOLE.replace("thousands more", "thousands of");
    const truncated = `${WHOLE.split(" ").slice(0, 12).join(" ")}...`;
    const r = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("variant", "y", "B", "2011-11-29", variant, "Rick Perry"),
      mention("copy", "z", "C", "2011-11-29", truncated, "Joe Smith"),
      mention("z-other", "z", "C", "2011-11-29", "We will keep the campaign going through the whole winter", "Rick Perry"),
      mention("frag", "w", "D", "2011-11-30", "secure the northern border", null),
      mention("w-other", "w", "D", "2011-11-30", "Texas has created more jobs than any other state this decade", "Rick Perry"),
    ]);
    expect(familyOf(r, "copy")?.members.map((m) => m.mentionId)).toEqual(["copy"]);
    expect(familyOf(r, "frag")?.members.map((m) => m.mentionId).sort()).toEqual(["frag", "variant", "whole"]);
  });

  it("a piece of three words with one or two content words joins a quote of an agreeing speaker, like one, two or four words do (bug: three words never joined)", () => {
    const agreeing = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("piece", "y", "B", "2011-11-29", "the northern border", "Perry", { kind: "partial" }),
    ]);
    expect(agreeing.families).toHaveLength(1);
    const unknown = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("piece", "y", "B", "2011-11-29", "the northern border", "a spokesman", { kind: "partial" }),
    ]);
    expect(unknown.families).toHaveLength(2);
  });

  it("a piece found in two quotes of one speaker joins the one more articles carry, not the tighter one quoted once (bug: a wording carried verbatim by three outlets counted as one, and the tighter quote won the tie)", () => {
    const other = "We must secure the northern border now";
    const r = matchMentions([
      mention("whole-1", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("whole-2", "y", "B", "2011-11-29", WHOLE, "Rick Perry"),
      mention("whole-3", "z", "C", "2011-11-29", WHOLE, "Rick Perry"),
      mention("other", "w", "D", "2011-11-29", other, "Rick Perry"),
      mention("piece", "v", "E", "2011-11-30", "secure the northern border", "Rick Perry", { kind: "partial" }),
    ]);
    expect(familyOf(r, "piece")?.members.map((m) => m.mentionId).sort()).toEqual(["piece", "whole-1", "whole-2", "whole-3"]);
    expect(familyOf(r, "other")?.members.map((m) => m.mentionId)).toEqual(["other"]);
  });

  it("several fragments of one quote, from several outlets, all join it", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("f1", "y", "B", "2011-11-29", "secure the northern border", "Perry"),
      mention("f2", "z", "C", "2011-11-30", "thousands more inspectors on the ground", "Gov. Rick Perry"),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("a scare quote of one or two words joins only a quote of an agreeing speaker in its story (\"very proud\", \"ridiculous\")", () => {
    const whole = "I am very proud to say that the plan was approved by everyone and the rest is ridiculous";
    const unknown = matchMentions([
      mention("whole", "x", "A", "2019-01-25", whole, "Donald Trump"),
      mention("two", "y", "B", "2019-01-25", "very proud", null),
      mention("one", "z", "C", "2019-01-25", "ridiculous", "the president"),
    ]);
    expect(unknown.families).toHaveLength(3);
    const agreeing = matchMentions([
      mention("whole", "x", "A", "2019-01-25", whole, "Donald Trump"),
      mention("two", "y", "B", "2019-01-25", "very proud", "Trump"),
      mention("one", "z", "C", "2019-01-25", "ridiculous", "Donald Trump", { speakerMention: "he" }),
    ]);
    expect(agreeing.families).toHaveLength(1);
    const otherPerson = matchMentions([
      mention("whole", "x", "A", "2019-01-25", whole, "Donald Trump"),
      mention("one", "z", "C", "2019-01-25", "ridiculous", "Nancy Pelosi", { speakerMention: "she" }),
    ]);
    expect(otherPerson.families).toHaveLength(2);
  });

  it("a one-word scare quote joins a quote whose dates are within the story window on either side, counted from the quote's first and last day (14 days)", () => {
    const whole = "The whole plan they sent us last week was ridiculous from the first page to the last one";
    // the quote carried on 2019-01-01 and 2019-01-11: one wording of two days
    const quote = [mention("whole-1", "x", "A", "2019-01-01", whole, "Donald Trump"), mention("whole-2", "w", "B", "2019-01-11", whole, "Donald Trump")];
    const scare = (id: string, article: string, date: string | null) => mention(id, article, "C", date, "ridiculous", "Donald Trump", { speakerMention: "he" });
    const result = matchMentions([
      ...quote,
      scare("before-14", "p", "2018-12-18"),
      scare("before-15", "q", "2018-12-17"),
      scare("after-14", "r", "2019-01-25"),
      scare("after-15", "s", "2019-01-26"),
      scare("undated", "u", null),
    ]);
    const joined = familyOf(result, "whole-1")?.members.map((m) => m.mentionId).sort();
    expect(joined).toEqual(["after-14", "before-14", "whole-1", "whole-2"]);
  });

  it("a run of four or more words with few content words joins only a quote of the same person (\"I wish I didn't have to do it\")", () => {
    const whole = "I always take things seriously but I wish I did not have to do it at all this year";
    const same = matchMentions([
      mention("whole", "x", "A", "2011-04-08", whole, "Donald Trump", { speakerMention: "Trump" }),
      mention("frag", "y", "B", "2011-04-08", "I wish I did not have to do it", "Donald Trump", { speakerMention: "he" }),
    ]);
    expect(same.families).toHaveLength(1);
    const unknown = matchMentions([
      mention("whole", "x", "A", "2011-04-08", whole, "Donald Trump"),
      mention("frag", "y", "B", "2011-04-08", "I wish I did not have to do it", null),
    ]);
    expect(unknown.families).toHaveLength(2);
  });

  it("regression (BASIL, Cheney): a short piece does not join a quote whose resolved speaker is another person, even when neither is named at the quote", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2013-11-17", "I think that freedom means freedom for everyone", "Dick Cheney", { speakerMention: "the former vice president" }),
      mention("frag", "y", "B", "2013-11-17", "Freedom means freedom for everyone", "Mary Cheney", { speakerMention: "she" }),
    ]);
    expect(r.families).toHaveLength(2);
  });

  it("overlapping excerpts of one remark join: one outlet's quote ends where the other's goes on", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2012-02-20", "The alliance has always been bipartisan and we need to keep it that way for years", "Susan Rice", { speakerMention: "Rice" }),
      mention("b", "y", "B", "2012-02-20", "we need to keep it that way for years. We want it that way and so do our partners", "Susan Rice", { speakerMention: "she" }),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("a claim repeated in other words shares a run in the middle of both quotes: no overlap (BASIL: Flynn \"destroyed\" / \"ruined\" his life)", () => {
    const r = matchMentions([
      mention("a", "x", "A", "2018-12-16", "Hillary lied many times and nothing happened to her at all while Flynn lied and it destroyed his life which is a shame", "Donald Trump", { speakerMention: "Trump" }),
      mention("b", "y", "B", "2018-12-16", "They say it again and again but nothing happened to her at all while Flynn lied and they ruined his life, very unfair to him", "Donald Trump", { speakerMention: "Trump" }),
    ]);
    expect(r.families).toHaveLength(2);
  });

  it("a short fragment joins only a quote of its own story (same wording months later in another story does not)", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("frag", "y", "B", "2012-06-01", "secure the northern border", "Jan Brewer"),
    ]);
    expect(familyOf(r, "frag")?.members).toHaveLength(1);
  });

  it("regression: a book title inside a quote never joins it without an agreeing named speaker", () => {
    expect(isTitleLike("From Hope to Higher Ground")).toBe(true);
    expect(isTitleLike("secure the northern border")).toBe(false);
    const alone = matchMentions([
      mention("quote", "x", "A", "2015-07-31", BOOK, "Maria Lopez"),
      mention("title", "y", "B", "2015-07-31", "From Hope to Higher Ground", null),
    ]);
    expect(familyOf(alone, "title")?.members).toHaveLength(1);
    // with the same named speaker in the story it joins
    const agreeing = matchMentions([
      mention("quote", "x", "A", "2015-07-31", BOOK, "Maria Lopez"),
      mention("title", "y", "B", "2015-07-31", "From Hope to Higher Ground", "Lopez"),
    ]);
    expect(agreeing.families).toHaveLength(1);
  });

  it("a long quote never joins a family through a fragment member (no chaining)", () => {
    const r = matchMentions([
      mention("l1", "x", "A", "2011-11-29", "We will secure the northern border before winter and nobody will stop us", "Rick Perry"),
      mention("frag", "y", "B", "2011-11-29", "secure the northern border", "Rick Perry"),
      mention("l2", "z", "C", "2011-11-29", WHOLE, "Rick Perry"),
    ]);
    expect(familyOf(r, "l1")?.id).not.toBe(familyOf(r, "l2")?.id);
  });

  it("a quoted fragment inside reported speech joins the direct quote, not the reported speech around it", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2014-03-25", "You might have a farmer from Iowa who never went to law school serving as the next chair", "Bruce Braley"),
      mention("claim", "y", "B", "2014-03-25", "a farmer from Iowa who never went to law school could become chairman of the committee", "Bruce Braley", { kind: "indirect" }),
      mention("frag", "y", "B", "2014-03-25", "a farmer from Iowa who never went to law school", "Bruce Braley"),
    ]);
    expect(familyOf(r, "frag")?.id).toBe(familyOf(r, "whole")?.id);
  });

  it("regression (BASIL, adjacent sentences): two sentences of one passage join the passage a third outlet quotes whole; without it, a shared five-word ending does not join them", () => {
    const passage = "You spent the week renaming post offices. That is not getting anybody back to work. I believe in hard work, but hard work wants us to get everybody back to work";
    const first = "not getting anybody back to work";
    const second = "but hard work wants us to get everybody back to work";
    const together = matchMentions([
      mention("passage", "x", "A", "2011-11-02", passage, "Barack Obama", { speakerMention: "Obama" }),
      mention("first", "y", "B", "2011-11-02", first, "Obama", { speakerMention: "President Obama" }),
      mention("second", "z", "C", "2011-11-02", second, "Obama", { speakerMention: "Mr. Obama" }),
    ]);
    // several fragments of one quote all join it, though the two are different sentences
    expect(together.families).toHaveLength(1);
    const apart = matchMentions([
      mention("first", "y", "B", "2011-11-02", first, "Obama", { speakerMention: "President Obama" }),
      mention("second", "z", "C", "2011-11-02", second, "Obama", { speakerMention: "Mr. Obama" }),
    ]);
    expect(apart.families).toHaveLength(2);
  });

  it("regression (BASIL, Zinke): \"&\" is typography for \"and\", so a short piece written with it is found exactly in the quote", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2017-07-10", "The governor and I have talked and both agree that clean rivers and healthy forests are essential", "Ann Rivera"),
      mention("frag", "y", "B", "2017-07-10", "clean rivers & healthy forests are essential", "Ann Rivera", { speakerMention: "she" }),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("regression (BASIL, Steele): overlapping excerpts sharing a run of 8+ words join though pronouns resolve to two persons; under 8 words they must agree", () => {
    const a = "Well, if he knows so much history, has he not seen that the one thing you never do is start a land war in the mountains?";
    // outlet B quotes Steele too: one story
    const story = mention("c", "y", "B", "2010-07-02", "This was a war of his own choosing from the start", "Michael Steele", { speakerMention: "Steele" });
    const b = "the one thing you never do is start a land war in the mountains, because everyone who tried it for centuries has failed.";
    const long = matchMentions([
      mention("a", "x", "A", "2010-07-02", a, "Michael Steele", { speakerMention: "Mr. Steele" }),
      mention("b", "y", "B", "2010-07-02", b, "Dan Senor", { speakerMention: "he" }),
      story,
    ]);
    expect(familyOf(long, "a")?.id).toBe(familyOf(long, "b")?.id);
    // named at both quotes: two persons
    const named = matchMentions([
      mention("a", "x", "A", "2010-07-02", a, "Michael Steele", { speakerMention: "Mr. Steele" }),
      mention("b", "y", "B", "2010-07-02", b, "Dan Senor", { speakerMention: "Senor" }),
      story,
    ]);
    expect(familyOf(named, "a")?.id).not.toBe(familyOf(named, "b")?.id);
    const short = matchMentions([
      mention("a", "x", "A", "2010-07-02", "Nobody asked us about it, and we will start a land war", "Michael Steele", { speakerMention: "Mr. Steele" }),
      mention("b", "y", "B", "2010-07-02", "we will start a land war and we regret nothing at all", "Dan Senor", { speakerMention: "he" }),
      story,
    ]);
    expect(familyOf(short, "a")?.id).not.toBe(familyOf(short, "b")?.id);
  });

  it("regression (BASIL, Beck): overlapping excerpts join on the shared run that reaches their ends, not the longest run in the middle", () => {
    const r = matchMentions([
      mention("short", "x", "A", "2010-02-20", "This nation is not a side show. This nation is a promise that makes people free", "Glenn Beck", { speakerMention: "he" }),
      mention("long", "y", "B", "2010-02-20", "Can we get a bigger stage? Is this the side show? This nation is not a side show. This nation is not a county fair and it never was one, whatever they say. This nation is a promise that makes people free", "Glenn Beck", { speakerMention: "Beck" }),
    ]);
    expect(r.families).toHaveLength(1);
  });

  it("regression (BASIL, \"the Fox News host\"): a speaker named like a known outlet is an organisation, never a second person", () => {
    const r = matchMentions([
      mention("whole", "x", "A", "2010-02-20", "Hello, my name is the Grand Old Party, and I have a problem. I am addicted to reckless public spending", "Fox News", { speakerMention: "the Fox News host" }),
      mention("frag", "y", "B", "2010-02-20", "I am addicted to reckless public spending", "Glenn Beck", { speakerMention: "he" }),
      // outlet A quotes Beck elsewhere: one story
      mention("other", "x", "A", "2010-02-20", "We need a much bigger tent than this one", "Glenn Beck", { speakerMention: "Beck" }),
    ]);
    expect(familyOf(r, "frag")?.id).toBe(familyOf(r, "whole")?.id);
  });

  it("regression (BASIL, McGinley): a piece joins the quote when its own article quotes the rest too, though another outlet attached that rest first", () => {
    const rest = "Until then he will keep serving the people of his district with the same energy as always";
    const r = matchMentions([
      mention("a-statement", "z", "C", "2015-01-05", rest, "statement", { speakerType: "document", speakerMention: "the statement" }),
      mention("b-first", "y", "B", "2015-01-05", "When the storm passes he will be cleared of every charge", "Will Gann", { speakerMention: "he" }),
      mention("c-rest", "y", "B", "2015-01-05", rest, "Will Gann", { speakerMention: "" }),
      mention("d-whole", "x", "A", "2015-01-05", `When the storm passes he will be cleared of every charge. ${rest}`, "Will Gann", { speakerMention: "Mr. Gann" }),
    ]);
    expect(r.families).toHaveLength(1);
  });
  it("regression (noisy bench): pieces of 8+ words quoted at disjoint places of a quote two outlets carry whole all join it (bug: the second was taken for a second statement fused by the container)", () => {
    const r = matchMentions([
      mention("whole-1", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("whole-2", "y", "B", "2011-11-29", WHOLE, "Rick Perry"),
      mention("head", "z", "C", "2011-11-30", "As governor I will secure the northern border", "Rick Perry"),
      mention("tail", "w", "D", "2011-11-30", "and put thousands more inspectors on the ground", "Perry", { speakerMention: "he" }),
    ]);
    expect(r.families).toHaveLength(1);
    // quoted whole by one article only, it may be two statements one outlet quoted as one: the
    // second piece stays apart (see match-mentions.test.ts, "a quote merging two ... statements")
    const once = matchMentions([
      mention("whole-1", "x", "A", "2011-11-29", WHOLE, "Rick Perry"),
      mention("head", "z", "C", "2011-11-30", "As governor I will secure the northern border", "Rick Perry"),
      mention("tail", "w", "D", "2011-11-30", "and put thousands more inspectors on the ground", "Perry", { speakerMention: "he" }),
    ]);
    expect(once.families).toHaveLength(2);
  });

  it("regression (noisy bench): a short piece joins a quote held exactly only by an article outside its story when another outlet's variant of that quote is in its story (bug: the story was read from the one wording that holds the piece)", () => {
    const r = matchMentions([
      mention("exact", "p", "A", "2011-11-29", WHOLE, null),
      mention("variant", "q", "B", "2011-11-29", WHOLE.replace("northern", "southern"), "Rick Perry"),
      mention("piece", "r", "C", "2011-11-30", "secure the northern border", "Rick Perry", { kind: "partial" }),
    ]);
    expect(r.families).toHaveLength(1);
    // without the variant in its story, the piece stays alone (a short piece needs its story)
    const alone = matchMentions([
      mention("exact", "p", "A", "2011-11-29", WHOLE, null),
      mention("variant", "q", "B", "2011-11-29", WHOLE.replace("northern", "southern"), "Jane Roe"),
      mention("piece", "r", "C", "2011-11-30", "secure the northern border", "Rick Perry", { kind: "partial" }),
    ]);
    expect(familyOf(alone, "piece")?.members).toHaveLength(1);
  });
});
