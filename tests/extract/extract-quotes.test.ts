import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/extract-quotes.ts";
import type { Region } from "../../src/model/article.ts";
import type { ExtractedQuote } from "../../src/model/quote.ts";

function run(text: string, regions: Region[] = []) {
  return extractQuotes({ text, regions, dateline: null, mined: true, language: "en" });
}

function only(text: string, begins: string): ExtractedQuote {
  const q = run(text).quotes.find((x) => x.text.startsWith(begins));
  if (!q) throw new Error(`no quote beginning "${begins}" in ${JSON.stringify(run(text).quotes.map((x) => x.text))}`);
  return q;
}

describe("direct quotes", () => {
  it("curly quotes with a trailing cue; text drops the comma inside the mark", () => {
    const text = "Officials met on Monday.\n\n“We are ready to talk about the border,” Maria Lopez said.";
    const q = only(text, "We are ready");
    expect(q.text).toBe("We are ready to talk about the border");
    expect(q).toMatchObject({ kind: "direct", id: "q1" });
    expect(q.speaker).toMatchObject({ name: "Maria Lopez", mention: "Maria Lopez" });
    expect(q.cue?.text).toBe("said");
  });

  it("straight quotes, guillemets and low-high quotes", () => {
    expect(only('"The deal is done," said John Smith.', "The deal").speaker?.name).toBe("John Smith");
    expect(only("«The deal is done and signed today», John Smith said.", "The deal").speaker?.name).toBe("John Smith");
    expect(only("„The deal is done and signed today“, John Smith said.", "The deal").speaker?.name).toBe("John Smith");
  });

  it("nested single quotes stay inside the outer quote", () => {
    const q = only("“They told us ‘never again’ and meant it,” Anna Berg said.", "They told");
    expect(q.text).toBe("They told us ‘never again’ and meant it");
  });

  it("a quote split by its attribution gives two quotes with the same speaker", () => {
    const qs = run("“We will stay,” Tom Hardy said, “and we will build the new port.”").quotes;
    expect(qs.map((q) => q.text)).toEqual(["We will stay", "and we will build the new port"]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Tom Hardy", "Tom Hardy"]);
  });

  it("multi-paragraph quotes: each paragraph opens, only the last closes; one piece per paragraph, sharing speaker and cue", () => {
    const text = "Jane Doe said:\n\n“The first part of the statement is long.\n\n“The second part ends it.”\n\nThe meeting ended.";
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual(["The first part of the statement is long", "The second part ends it"]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Jane Doe", "Jane Doe"]);
    expect(qs.map((q) => q.rule)).toEqual(["direct.colon-intro", "direct.colon-intro"]);
    // the introduction's cue is the quote's
    expect(qs.map((q) => q.cue?.text)).toEqual(["said", "said"]);
  });

  it("coverage: a quote swallowed into a two-paragraph unattributed mention comes out as its paragraphs", () => {
    const text = "Nora Quill wrote on her page: “I respect my brother, but he is plainly wrong on the tax.\n\n“Fairness means the same rules for every family in every town.”\n\nThe post was shared widely.";
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toContain("Fairness means the same rules for every family in every town");
    expect(qs.map((q) => q.text)).toContain("I respect my brother, but he is plainly wrong on the tax");
  });

  it("coverage: a later paragraph of a multi-paragraph quote keeps its own trailing cue in the same piece set", () => {
    const text = "“The inquiry was a vendetta from the start and never a search for truth,” Sam Ortiz said. “Our client did nothing wrong.\n\n“When this is over, he will be cleared,” Ortiz added.";
    const qs = run(text).quotes;
    const last = qs.find((q) => q.text === "When this is over, he will be cleared");
    expect(last?.speaker?.name).toBe("Sam Ortiz");
  });

  it("coverage: mixed typography — a curly opening mark closed by a straight one", () => {
    const text = "“We will keep the clinic open for every family in the county,\" Rita Vance said. \"Nobody will be turned away at the door.\"";
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual(["We will keep the clinic open for every family in the county", "Nobody will be turned away at the door"]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["Rita Vance", "Rita Vance"]);
  });

  it("coverage: a quotation of six or more words inside running text is kept without a speaker", () => {
    const q = only("The council denounced the plan as “a giveaway to the largest landlords in town” on Monday.", "a giveaway");
    expect(q).toMatchObject({ kind: "partial", speaker: null, cue: null, rule: "partial.unattributed" });
    // after "X concluded," (no cue of the lexicon) a full sentence in quotes is kept too
    expect(only("Mayor Dunn, a Democrat, concluded, \"It was the council that cut the budget in the first place.\"", "It was the council").rule).toBe("direct.unattributed");
    // shorter quotations without a speaker stay out (scare quotes, names)
    expect(run("The council denounced the plan as “a giveaway to landlords” on Monday.").quotes).toEqual([]);
  });

  it("coverage: a title in quotes is no statement, however long", () => {
    expect(run("She later starred in “The Long Night of the Red River Valley” on cable.").quotes).toEqual([]);
  });

  it("colon introduction in the same sentence: saying: “...”", () => {
    const q = only("The minister, Ali Reza, spoke on TV, saying: “Our doors remain open to every neighbour.”", "Our doors");
    expect(q.speaker?.name).toBe("Ali Reza");
  });

  it("a floating quote after an attribution keeps the speaker", () => {
    const text = "“We are proud of the team,” coach Ben Olsen said.\n\n“Nobody expected us to reach the final this year.”";
    expect(only(text, "Nobody expected").speaker?.name).toBe("Ben Olsen");
  });

  it("partial quotes inside a sentence", () => {
    const q = only("Senator Kim Park said the bill was “a serious mistake for the country” and left.", "a serious mistake");
    expect(q.kind).toBe("partial");
    expect(q.speaker?.name).toBe("Kim Park");
  });

  it("scare quotes and titles are not statements", () => {
    expect(run("He watched “Rules” and then “Celebrity Apprentice” on Sunday.").quotes).toEqual([]);
    expect(run("The so-called “peace plan” was not discussed.").quotes).toEqual([]);
  });

  it("an unclosed mark is bounded by its paragraph and reported", () => {
    const text = "“We will win the vote, Mark Tan said at the rally.\n\nThe rest of the article is here and long.\n\nAnother paragraph follows.";
    const r = run(text);
    expect(r.quotes.every((q) => q.end <= text.indexOf("\n\n"))).toBe(true);
    expect(r.messages).toContainEqual(expect.objectContaining({ code: "unbalanced-quote", range: [0, 1] }));
  });

  it("a stray closing mark is recovered as a short partial quote", () => {
    const text = "The charter commits its members to joint counteraction to terrorism,” separatism and extremism.";
    const q = only(text, "joint");
    expect(q).toMatchObject({ kind: "partial", text: "joint counteraction to terrorism", speaker: null });
    expect(run(text).messages[0]).toMatchObject({ code: "unbalanced-quote", range: [text.indexOf("”"), text.indexOf("”") + 1] });
  });
});

describe("indirect speech", () => {
  it("X said (that) ...", () => {
    const q = only("Foreign Minister Sergei Lavrov said that the talks would continue next week.", "the talks");
    expect(q).toMatchObject({ kind: "indirect", text: "the talks would continue next week" });
    expect(q.speaker?.name).toBe("Sergei Lavrov");
  });

  it("..., X said.", () => {
    const q = only("The talks would continue next week, Sergei Lavrov said on Tuesday.", "The talks");
    expect(q).toMatchObject({ kind: "indirect", text: "The talks would continue next week" });
  });

  it("According to X, ... (a person speaks)", () => {
    const q = only("According to Sergei Lavrov, the talks would continue next week.", "the talks");
    expect(q.speaker?.name).toBe("Sergei Lavrov");
    expect(q.cue?.text).toBe("According to");
  });

  it("X told Y that ...", () => {
    const q = only("Sergei Lavrov told reporters that the talks would continue next week.", "the talks");
    expect(q.speaker?.name).toBe("Sergei Lavrov");
  });

  it("X pointed out / stressed / expressed readiness ...", () => {
    expect(only("Sergei Lavrov pointed out that the talks would continue.", "the talks").cue?.text).toBe("pointed out");
    expect(only("Sergei Lavrov stressed that the talks would continue.", "the talks").speaker?.name).toBe("Sergei Lavrov");
    expect(only("Sergei Lavrov expressed readiness to continue the talks next week.", "readiness").speaker?.name).toBe("Sergei Lavrov");
  });

  it("headlines without closing punctuation are not mined for indirect speech", () => {
    expect(run("China To Promote Military Relations With Belarus, Says Defense Minister\n\nNothing else here.").quotes).toEqual([]);
  });
});

describe("speaker resolution", () => {
  it("titles before a name are the role, not the name", () => {
    const q = only("“We are ready,” said Chinese State Councilor and Minister of National Defense Wang Fei when meeting guests.", "We are ready");
    expect(q.speaker).toMatchObject({ name: "Wang Fei", role: "Chinese State Councilor and Minister of National Defense" });
  });

  it("apposition: Ambassador to X, Name, praised / said", () => {
    const q = only("Iranian Ambassador to Russia, Omid Karimi, said the exhibition was a great success for both sides.", "the exhibition");
    expect(q.speaker?.name).toBe("Omid Karimi");
  });

  it("name parts map to the full name; a bare surname never given in full stays bare", () => {
    const text = "Defense Minister Chen Haoyu arrived in Minsk.\n\n“We are friends,” Chen said.\n\n“We are allies,” Haoyu added.";
    expect(only(text, "We are friends").speaker?.name).toBe("Chen Haoyu");
    expect(only(text, "We are allies").speaker?.name).toBe("Chen Haoyu");
    expect(only("Defense minister Zhou has said that the army is prepared to work with partners.", "the army").speaker?.name).toBe("Zhou");
  });

  it("pronouns prefer the subject of the preceding attribution over names merely mentioned", () => {
    const text = "Anna Weber asked Paul Klein to convey her greetings to President Mark Ross.\n\nShe said that the two countries are close partners.";
    expect(only(text, "the two countries").speaker?.name).toBe("Anna Weber");
  });

  it("roles resolve to the person holding the role", () => {
    const text = "Defence Minister Jan Novak opened the forum.\n\n“Our army is ready for the exercise,” the defense minister said.";
    expect(only(text, "Our army").speaker).toMatchObject({ name: "Jan Novak", mention: "the defense minister" });
  });

  it("organisations and documents speak: the article -> the publication named before", () => {
    const text = "Last year, The Daily Herald reported on the plans.\n\n“This will change the market for good,” the article said.";
    expect(only(text, "This will change").speaker?.name).toBe("The Daily Herald");
    expect(only("“The strike was successful and precise,” the Russian Defense Ministry said.", "The strike").speaker?.name).toBe("Russian Defense Ministry");
  });

  it("an unresolvable pronoun gives no speaker rather than a guess", () => {
    expect(only("“The roads are closed to all traffic,” he said.", "The roads").speaker).toBeNull();
  });
});

describe("credited sources and scope", () => {
  it("according to an agency, canonical name, carried to the same speaker", () => {
    const text = "“We are ready for the talks,” Ivan Petrov said, according to the state-run Tass agency.\n\n“We will wait for an answer,” he added.\n\n“Nothing has changed at all,” Olga Sidorova said.";
    const qs = run(text).quotes;
    expect(qs[0]?.source).toMatchObject({ name: "TASS", scope: "sentence", mention: "according to the state-run Tass agency" });
    expect(qs[1]?.source).toMatchObject({ name: "TASS", scope: "carried" });
    expect(qs[2]?.source).toBeNull();
  });

  it("X reported / told Y / quoted X as saying / in an interview with", () => {
    expect(only("Ivan Petrov said that the talks would resume soon, Fars News reported.", "the talks").source?.name).toBe("Fars");
    expect(only("“The talks will resume soon,” Ivan Petrov told Sputnik.", "The talks").source?.mention).toBe("told Sputnik");
    const q = only("Russia's official TASS news agency quoted Ivan Petrov as saying that the talks would resume soon.", "the talks");
    expect(q.source?.name).toBe("TASS");
    expect(q.speaker?.name).toBe("Ivan Petrov");
    expect(only("“We want peace in the region,” Ivan Petrov said in an interview with CNN.", "We want").source).toMatchObject({ name: "CNN", mention: "in an interview with CNN" });
  });

  it("article credits: wire datelines, sign-offs, original links, h/t lines", () => {
    const text = "Moscow, Aug 15 (EFE).- Talks went on.\n\nWASHINGTON (AP) — More talks.\n\nIt ended. — Reuters\n\nOriginal News: https://www.tass.com/politics/1\n\nh/t: The Hill";
    const r = run(text);
    expect(r.credits.map((c) => [c.name, c.kind])).toEqual([["EFE", "wire"], ["AP", "wire"], ["Reuters", "wire"], ["TASS", "original-link"], ["The Hill", "credit-line"]]);
    for (const c of r.credits) expect(text.slice(c.start, c.end)).toBe(c.mention);
    expect(r.credits[3]?.url).toBe("https://www.tass.com/politics/1");
  });

  it("photo captions are never credits, boilerplate is never mined", () => {
    const text = "Photo of the minister (AP)\n\nREAD: “We are ready for everything,” Jan Novak said.";
    const r = run(text, [{ kind: "caption", start: 0, end: 26, reason: "caption" }, { kind: "boilerplate", start: 28, end: text.length, reason: "read-teaser" }]);
    expect(r.credits).toEqual([]);
    expect(r.quotes).toEqual([]);
  });
});

describe("repeats and regions", () => {
  it("a link-preview quote truncated at 'within...' repeats the full quote", () => {
    const body = "“We will strengthen cooperation within the group and beyond it,” Li Wei said.";
    const preview = "“We will strengthen cooperation within...";
    const text = `${body}\n\n${preview}`;
    const r = run(text, [
      { kind: "body", start: 0, end: body.length, reason: "body" },
      { kind: "link-preview", start: body.length + 2, end: text.length, reason: "preview" },
    ]);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[1]).toMatchObject({ text: "We will strengthen cooperation within...", repeatOf: "q1", source: null });
    expect(r.quotes[1]?.speaker?.name).toBe("Li Wei");
  });

  it("non-mined articles give nothing but an info message", () => {
    const r = extractQuotes({ text: "“Hola,” dijo.", regions: [], dateline: null, mined: false, language: "es" });
    expect(r.quotes).toEqual([]);
    expect(r.messages[0]?.code).toBe("not-mined");
  });
});

describe("invariants (property-style)", () => {
  it("text === input.slice(start, end), ids q1.. in text order, over many random inputs", () => {
    let seed = 12345;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const parts = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", ", ", ". ", "\n\n", "\n", " said ", " he said", " according to TASS", "Li Shangfu", " the minister ", "We will", " told Reuters", " that ", ":", "(AP) — ", "...", "ü", "😀"];
    for (let n = 0; n < 1500; n++) {
      let text = "";
      const len = 1 + rnd(40);
      for (let k = 0; k < len; k++) text += rnd(3) === 0 ? parts[rnd(parts.length)] : ["word", "Big", "state", "x"][rnd(4)] + " ";
      const r = run(text);
      let last = -1;
      r.quotes.forEach((q, i) => {
        expect(q.text).toBe(text.slice(q.start, q.end));
        expect(q.id).toBe(`q${i + 1}`);
        expect(q.start).toBeGreaterThanOrEqual(last);
        last = q.start;
        expect(q.confidence).toBeGreaterThanOrEqual(0);
        expect(q.confidence).toBeLessThanOrEqual(1);
        if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.mention);
      });
      for (const c of r.credits) expect(text.slice(c.start, c.end)).toBe(c.mention);
    }
  });
});

describe("regression: a trailing reporting clause was swallowed into the content", () => {
  it("'X pointed out that CONTENT, Fars News reported.' stops before ', Fars News reported', source Fars", () => {
    const q = only("Shangfu pointed out that China opposes bloc confrontation and wants regional stability, Fars News reported.", "China opposes");
    expect(q.text).toBe("China opposes bloc confrontation and wants regional stability");
    expect(q.source?.name).toBe("Fars");
  });

  it("'X has said CONTENT, Russia's TASS news agency has reported.' stops before the agency", () => {
    const q = only("China's defence minister, Li Shangfu, has said Beijing will deepen defence cooperation with Iran, Russia's TASS news agency has reported.", "Beijing will");
    expect(q.text).toBe("Beijing will deepen defence cooperation with Iran");
    expect(q.source?.name).toBe("TASS");
  });

  it("'X said that CONTENT, a spokesman said.' stops before the second attribution", () => {
    const q = only("Maria Lopez said that the border will open next week for all trucks, a ministry spokesman told reporters.", "the border");
    expect(q.text).toBe("the border will open next week for all trucks");
  });
});

describe("indirect speech without 'that' and with plain subjects", () => {
  it("plain noun-phrase subjects: 'Several supporters of reform said ...', 'the State Department says it ...'", () => {
    // a group of people (issue 12): named without its quantifier, typed group
    expect(only("Several supporters of reform said the vote was rigged from the start.", "the vote").speaker).toMatchObject({ name: "supporters of reform", mention: "Several supporters of reform", type: "group" });
    const q = only("On Monday the State Department says it started a review of the program.", "it started");
    expect(q.kind).toBe("indirect");
    expect(q.cue?.text).toBe("says");
  });

  it("relative 'who said', 'X, though, said', 'became a delegate and said'", () => {
    expect(only("The plan was backed by Maria Lopez, who said the border would open soon.", "the border").speaker?.name).toBe("Maria Lopez");
    expect(only("Murphy, though, said he supports the final bill.", "he supports").speaker?.name).toBe("Murphy");
    expect(only("Gary Emineth, a former chairman, became a delegate and said he is leaning toward the governor.", "he is leaning").speaker?.name).toBe("Gary Emineth");
  });

  it("a negated or auxiliary cue does not make the auxiliary a speaker", () => {
    const q = run("He didn't say it's the end of the talks.").quotes[0];
    expect(q?.speaker?.mention ?? null).not.toBe("He didn't");
  });

  it("'CONTENT, X said, CONTENT': the cue inside gives two pieces with the same cue", () => {
    const qs = run("The deal, Tom Smith said on Monday, will never pass the senate.").quotes;
    expect(qs.map((q) => q.text)).toEqual(["The deal", "will never pass the senate"]);
    expect(qs[0]?.cue).toEqual(qs[1]?.cue);
    expect(qs.every((q) => q.speaker?.name === "Tom Smith")).toBe(true);
  });

  it("'CONTENT, a source close to him said Wednesday.' and '..., according to state records.'", () => {
    expect(only("Cruz will change how he approaches his colleagues, a source close to him said Wednesday.", "Cruz will").speaker?.name).toBe("a source close to him");
    const a = only("Oksuz registered the company in New Jersey in 2010, according to state corporate records.", "Oksuz registered");
    expect(a.cue?.text).toBe("according to");
    expect(a.text).toBe("Oksuz registered the company in New Jersey in 2010");
  });

  it("regression: the inverted-cue false positive where the content was the subject NP", () => {
    const qs = run("Woodrow Benford, 58, who lives outside the city, says he didn't know about the plan.").quotes;
    expect(qs.some((q) => q.text.startsWith("Woodrow"))).toBe(false);
    expect(qs.find((q) => q.text.startsWith("he didn't know"))?.speaker?.name).toBe("Woodrow Benford");
  });
});

describe("questions and mixed quotes", () => {
  it("'asked whether/if ...': the question is the content; the one asked is not the asker", () => {
    expect(only("Reporters asked Trump whether he would release his tax returns.", "whether").speaker?.name).toBe("Reporters");
    expect(only("Donald Trump was asked whether he would release his tax returns.", "whether").speaker).toBeNull();
    const qs = run("When asked if taxes could pay for the program, Gale said: “Mathematically the answer is yes.”").quotes;
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([
      ["if taxes could pay for the program", "asked"],
      ["Mathematically the answer is yes", "said"],
    ]);
  });

  it("a partial quote inside a reported clause is kept AND the clause is an indirect quote with the same cue", () => {
    const qs = run("Donald Trump told a town hall on Monday that waterboarding is “peanuts,” compared to what militants are doing.").quotes;
    const partial = qs.find((q) => q.kind === "partial");
    const clause = qs.find((q) => q.kind === "indirect");
    expect(partial?.text).toBe("peanuts");
    expect(clause?.text).toBe("waterboarding is “peanuts,” compared to what militants are doing");
    expect(clause?.cue).toEqual(partial?.cue);
  });

  it("a quote that resumes right after its attribution sentence continues it (same cue)", () => {
    const qs = run("“I am not shy,” Dinesh Rao said. “I have not been reluctant to express my views in public.”").quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1]?.rule).toBe("direct.continued");
    expect(qs[1]?.cue).toEqual(qs[0]?.cue);
    expect(qs[1]?.speaker?.name).toBe("Dinesh Rao");
  });

  it("'' (two apostrophes) as quote marks, as some newspapers print them; 'Ms.' stays in the name", () => {
    const q = only("''We need Chapter 9,'' said Ms. Acosta, referring to the bankruptcy chapter.", "We need");
    expect(q.text).toBe("We need Chapter 9");
    expect(q.kind).toBe("direct");
    expect(q.speaker?.name).toBe("Acosta");
  });
});

describe("more reporting constructions", () => {
  it("a noun's participle: '911 calls saying ...', 'issued a statement saying ...'", () => {
    const q = only("Police received 911 calls saying shots had been fired inside the center.", "shots had");
    expect(q.cue?.text).toBe("saying");
  });

  it("weak speech verbs count without 'that' only before a clause or, for announce/report, an object", () => {
    expect(only("The mayor announced he will run for a second term next year.", "he will run").speaker?.name).toBe("The mayor");
    expect(only("The company reported its earnings of $8.42 a share on Tuesday.", "its earnings").cue?.text).toBe("reported");
    expect(run("The mayor noted the weather on Monday.").quotes).toHaveLength(0);
  });

  it("'X, in contrast, told AP he was ...': the addressee after 'told' is not an inverted speaker", () => {
    const q = only("Gates, in contrast, told AP he was working with the party.", "he was");
    expect(q.speaker?.name).toBe("Gates");
    expect(q.source?.name).toBe("AP");
  });

  it("a parenthesis between the speaker and the cue: 'Bob Goodlatte (R-Va.) told MSNBC that ...'", () => {
    expect(only("Chairman Bob Goodlatte (R-Va.) told MSNBC that he spoke with the director.", "he spoke").speaker?.name).toBe("Bob Goodlatte");
  });

  it("regression: a sentence ending in '' was taken for a headline and lost its indirect quote", () => {
    const qs = run("Mr. Paulson told investors that the drug makers were ''overblown,'' adding that one had ''significant upside.''").quotes;
    const told = qs.find((q) => q.kind === "indirect");
    expect(told?.text).toBe("the drug makers were ''overblown,''");
    // the quote inside the clause belongs to the clause's cue, not to the nearer "adding"
    expect(qs.find((q) => q.text === "overblown")?.cue?.text).toBe("told");
  });
});

describe("regression: a content ran over a coordinated second cue", () => {
  it("'She said A but said B' gives A and B, each with its own cue", () => {
    const qs = run("Maria Lopez said she had met the envoy twice but said neither side had asked for more.").quotes;
    expect(qs.map((q) => q.text)).toEqual(["she had met the envoy twice", "neither side had asked for more"]);
    expect(qs[0]?.cue?.start).not.toBe(qs[1]?.cue?.start);
  });
});

describe("reported failures: dash credits, colon paragraphs, appositions, relative clauses", () => {
  const ARTICLE = [
    " date 2024-03-01",
    "",
    "County votes on hospital budget",
    "",
    "Officials met on Monday to discuss the budget for the next two years at the county hall.",
    "",
    "\"We will not raise rates this year.\" -Commissioner Maria Lopez",
    "",
    "\"We will not raise taxes,\" — Mayor Tom Reed.",
    "",
    "From Chairwoman Janet Holt:",
    "",
    "\"The committee has reviewed every contract and found no irregularities.\"",
    "",
    "Hugh Hill, a doctor at the county hospital, said the clinic would close in May.",
    "",
    "Hill, 54, said he had not been consulted.",
    "",
    "\"The ward saved lives,\" Dr. Hill, who has worked there since 1990, told reporters.",
    "",
    "Maria Lopez, the county commissioner, said that rates would stay.",
    "",
  ].join("\n");

  it("the whole reported article: every quote with its speaker, offsets into the file text", () => {
    const qs = run(ARTICLE).quotes;
    expect(qs.map((q) => [q.text, q.speaker?.name ?? null, q.rule])).toEqual([
      ["We will not raise rates this year", "Maria Lopez", "direct.dash-attribution"],
      ["We will not raise taxes", "Tom Reed", "direct.dash-attribution"],
      ["The committee has reviewed every contract and found no irregularities", "Janet Holt", "direct.colon-intro"],
      ["the clinic would close in May", "Hugh Hill", "indirect.leading-cue"],
      ["he had not been consulted", "Hugh Hill", "indirect.leading-cue"],
      ["The ward saved lives", "Hugh Hill", "direct.trailing-cue"],
      ["rates would stay", "Maria Lopez", "indirect.leading-cue"],
    ]);
    qs.forEach((q, i) => {
      expect(q.id).toBe(`q${i + 1}`);
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
    });
  });

  it("regression: a quote followed by a dash and a name was dropped (hyphen, en dash, em dash)", () => {
    const a = only('"We will not raise rates this year." -Commissioner Maria Lopez', "We will not");
    expect(a).toMatchObject({ kind: "direct", rule: "direct.dash-attribution" });
    expect(a.speaker).toMatchObject({ name: "Maria Lopez", mention: "Commissioner Maria Lopez", role: "Commissioner" });
    expect(a.cue?.text).toBe("-");
    const b = only('"We will not raise taxes," — Mayor Tom Reed.', "We will not");
    expect(b).toMatchObject({ kind: "direct", rule: "direct.dash-attribution" });
    expect(b.speaker?.name).toBe("Tom Reed");
    expect(b.cue?.text).toBe("—");
    expect(only("“Nobody will pay more next year.” – Tom Reed", "Nobody").speaker?.name).toBe("Tom Reed");
  });

  it("a dash clause that is no credit invents no speaker (an aside, a page number, a date)", () => {
    for (const text of [
      '"Rules" — the TV show — was cancelled.',
      '"Rules of the Game and the Players" — the TV show — was cancelled.',
      '"We will not raise taxes this year at all." - 2 -',
      '"We will not raise taxes this year at all." — March 3, 2024',
      '"We will not raise taxes this year at all." — Tom Reed was not convinced.',
    ]) {
      expect(run(text).quotes.filter((q) => q.speaker !== null || q.rule.includes("dash")), text).toEqual([]);
    }
  });

  it("regression: the quote after a 'From X:' paragraph had no speaker", () => {
    const text = "From Chairwoman Janet Holt:\n\n\"The committee has reviewed every contract and found no irregularities.\"";
    const q = only(text, "The committee");
    expect(q).toMatchObject({ rule: "direct.colon-intro" });
    expect(q.speaker).toMatchObject({ name: "Janet Holt", mention: "Chairwoman Janet Holt" });
  });

  it("a colon paragraph with a cue introduces the next paragraph's quote: 'X said in a statement:', 'X told reporters:'", () => {
    expect(only("Tom Reed said in a statement:\n\n“We will not raise taxes on anyone this year.”", "We will").speaker?.name).toBe("Tom Reed");
    expect(only("Janet Holt told reporters:\n\n“We will not raise taxes on anyone this year.”", "We will")).toMatchObject({ rule: "direct.colon-intro", speaker: { name: "Janet Holt" } });
    expect(only("Statement from Janet Holt:\n\n“We will not raise taxes on anyone this year.”", "We will").speaker?.name).toBe("Janet Holt");
  });

  it("a colon introduction reaches only the paragraph right after it", () => {
    const text = "From Janet Holt:\n\nThe meeting went on for hours.\n\n“We will not raise taxes on anyone this year.”";
    expect(only(text, "We will").rule).not.toBe("direct.colon-intro");
    expect(run("Here are the results:\n\n“We will not raise taxes on anyone this year.”").quotes[0]?.speaker ?? null).toBeNull();
  });

  it("regression: 'Hugh Hill, a doctor ..., said' gave 'a doctor' (a surname that is also an outlet's name)", () => {
    const text = "Hugh Hill, a doctor at the county hospital, said the clinic would close in May.\n\nHill, 54, said he had not been consulted.";
    const qs = run(text).quotes;
    expect(qs.map((q) => [q.text, q.speaker?.name, q.speaker?.mention])).toEqual([
      ["the clinic would close in May", "Hugh Hill", "Hugh Hill"],
      ["he had not been consulted", "Hugh Hill", "Hill"],
    ]);
  });

  it("appositions keep the name: 'The governor, Ann Marsh, said', 'Maria Lopez, the county commissioner, said'", () => {
    expect(only("The governor, Ann Marsh, said the budget was balanced.", "the budget").speaker?.name).toBe("Ann Marsh");
    const q = only("Maria Lopez, the county commissioner, said that rates would stay.", "rates");
    expect(q.speaker).toMatchObject({ name: "Maria Lopez", mention: "Maria Lopez" });
    expect(only("Ruth Ames, a nurse, said the ward was full.", "the ward").speaker?.name).toBe("Ruth Ames");
  });

  it("the publication 'The Hill' and the place 'Capitol Hill' stay what they are", () => {
    const q = only("The Hill reported that the vote would be delayed until June.", "the vote");
    expect(q.speaker).toBeNull();
    expect(q.source?.name).toBe("The Hill");
    const text = "Republicans on Capitol Hill said the bill would pass.\n\nSenator Kim Park agreed. He said the vote was close.";
    expect(only(text, "the vote").speaker?.name).toBe("Kim Park");
  });

  it("regression: a relative clause between speaker and cue left '“...,” Dr. Hill, who ..., told reporters' a floating quote", () => {
    const text = "Hugh Hill runs the ward.\n\n\"The ward saved lives,\" Dr. Hill, who has worked there since 1990, told reporters.";
    const q = only(text, "The ward");
    expect(q).toMatchObject({ rule: "direct.trailing-cue", cue: { text: "told" } });
    expect(q.speaker).toMatchObject({ name: "Hugh Hill", mention: "Dr. Hill" });
    // the same with a plain name, a longer clause and "whose"
    expect(only("\"The ward saved lives,\" Ann Cole, who has worked at the hospital for three decades and trained most of its staff, told reporters.", "The ward").speaker?.name).toBe("Ann Cole");
    expect(only("\"The ward saved lives,\" Ann Cole, whose ward closed in May, said.", "The ward").speaker?.name).toBe("Ann Cole");
  });

  it("a relative clause after a description: 'Jane Roe, the hospital's director, who ..., told' gives Jane Roe", () => {
    const q = only("\"The ward will close soon,\" Jane Roe, the hospital's director, who has led it since 2001, told reporters.", "The ward");
    expect(q.speaker?.name).toBe("Jane Roe");
    expect(only("The governor, Ann Marsh, who took office in May, said the budget was balanced.", "the budget").speaker?.name).toBe("Ann Marsh");
  });

  it("a relative clause does not carry a cue across a sentence end", () => {
    const text = "\"The ward saved lives again and again,\" the nurses wrote of Dr. Ann Cole, who has worked there since 1990. Officials told reporters the ward would close.";
    const q = only(text, "The ward saved");
    expect(q.speaker?.name).not.toBe("Ann Cole");
    expect(q.cue?.text).not.toBe("told");
    const qs = run("Dr. Ann Cole, who has worked there since 1990. \"The ward saved lives again and again.\" Officials told reporters the ward would close.").quotes;
    const quote = qs.find((x) => x.text.startsWith("The ward saved"));
    expect(quote?.cue?.text ?? null).not.toBe("told");
    expect(qs.find((x) => x.text.startsWith("the ward would"))?.speaker?.name).toBe("Officials");
  });

  it("regression (issue 13 #6): 'told Reuters after the meeting' gives no quote 'after the meeting'", () => {
    expect(run("The minister told Reuters after the meeting.").quotes).toEqual([]);
    // a that-clause after the time phrase is still the content
    expect(only("Li Wen told Reuters after the meeting that the talks had gone well.", "the talks").kind).toBe("indirect");
    // the second piece of "CONTENT, he said, until ..." goes on with the content
    expect(run("Lenox was a giant, Mr. Clarke said, until it went bankrupt in 1999.").quotes.map((q) => q.text)).toContain("until it went bankrupt in 1999");
  });

  it("regression (issue 13 #6): in '“we are ready” according to AP' the credit stays out of the quote text", () => {
    const qs = run("Officials said \"we are ready\" according to AP.").quotes;
    expect(qs.every((q) => !q.text.includes("according"))).toBe(true);
    expect(qs.find((q) => q.text === "we are ready")?.source?.name).toBe("AP");
    // a quote credited only to the channel is kept, with the channel as its source
    const credited = only("\"We are ready for talks,\" according to AP.", "We are ready");
    expect(credited).toMatchObject({ speaker: null, rule: "direct.credited" });
    expect(credited.source?.name).toBe("AP");
  });

  it("regression (issue 13 #6): an indirect claim ending in a colon and a direct quote are two mentions, not one holding both", () => {
    const text = "Li Wen said China wants to work with Russia on arms control: \"Beijing is ready to hold joint drills with all countries.\"";
    const qs = run(text).quotes;
    expect(qs.map((q) => q.text)).toEqual(["China wants to work with Russia on arms control", "Beijing is ready to hold joint drills with all countries"]);
    expect(qs.map((q) => q.kind)).toEqual(["indirect", "direct"]);
  });
});
