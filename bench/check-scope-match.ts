/**
 * One incremental match three ways, on a store whose new articles wait for it (issue 15 #1):
 * `npx tsx bench/check-scope-match.ts --url postgresql://.../db [--max-postings N]`. Reads, writes
 * nothing: (1) matchIncremental over the scope the candidate index loads (Store.loadMatchScope, the
 * options updateMatches passes), (2) matchIncremental over the whole corpus from every stored
 * family, (3) matchMentions over the whole corpus (`match --rebuild`). Prints, for the scope's
 * mentions, the families (member ids) each pair of them disagrees on, and the scope's size.
 * `--max-postings` sets the matcher's maxPostings in all three (default 500), e.g. to see whether a
 * difference comes from bigrams skipped by their count within the run.
 * A bench:scale database kept with --snapshot (`<prefix>_<size>_ingested`, copied first) is such a store.
 */
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open-store.ts";
import { toMatchableMentions } from "../src/match/to-matchable-mentions.ts";
import { matchMentions } from "../src/match/match-mentions.ts";
import { matchIncremental } from "../src/match/match-incremental.ts";
import { resolveMatchOptions } from "../src/match/resolve-match-options.ts";
import { shapeWording } from "../src/match/shape-wording.ts";
import { countLeastSharedGrams } from "../src/match/count-least-shared-grams.ts";
import { findRenamedMentions } from "../src/match/find-renamed-mentions.ts";
import { toMatchWords } from "../src/match/to-match-words.ts";
import type { MatchResult } from "../src/model/family.ts";

const { values } = parseArgs({ options: { url: { type: "string" }, "max-postings": { type: "string" } } });
const maxPostings = values["max-postings"] === undefined ? undefined : Number(values["max-postings"]);
const store = await openStore({ databaseUrl: values.url ?? "" });
try {
  const options = resolveMatchOptions(maxPostings === undefined ? {} : { maxPostings });
  const time = (label: string, t: number) => console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  let t = performance.now();
  const scope = await store.loadMatchScope({
    maxKeyMentions: 4 * options.maxPostings, minSharedSpeakerWords: options.paraphraseMinShared, storyDays: options.storyDays,
    gramBound: { shape: shapeWording, least: (fresh, stored) => countLeastSharedGrams(fresh, stored, options) },
    findRenamed: (candidates, storyMentions, freshArticles) => findRenamedMentions(candidates, storyMentions, freshArticles, options.storyDays),
    matchWords: (text) => toMatchWords(text).words,
  });
  if (scope === null) throw new Error("the candidate index is not complete");
  time(`scope loaded (${scope.fresh} new, ${scope.corpus.mentions.length} mentions, ${scope.previous.families.length} families)`, t);
  const inScope = new Set(scope.corpus.mentions.map((m) => m.id));
  const shared = maxPostings === undefined ? {} : { maxPostings };
  t = performance.now();
  const scoped = matchIncremental(scope.previous, toMatchableMentions(scope.corpus), { ...shared, storyMentions: scope.storyMentions });
  time("scope's incremental match", t);
  const all = toMatchableMentions(await store.loadCorpus());
  const stored = (await store.loadMatch()).result;
  t = performance.now();
  const whole = matchIncremental(stored, all, shared);
  time("whole corpus's incremental match", t);
  t = performance.now();
  const rebuilt = matchMentions(all, shared);
  time("rebuild", t);
  const partition = (r: MatchResult) => new Set(r.families.map((f) => f.members.map((m) => m.mentionId).sort().join(" ")).filter((f) => inScope.has(f.split(" ")[0] ?? "")));
  const [s, w, r] = [partition(scoped), partition(whole), partition(rebuilt)];
  for (const [label, a, b] of [["scope vs rebuild", s, r], ["whole vs rebuild", w, r], ["scope vs whole", s, w]] as const) {
    const onlyA = [...a].filter((x) => !b.has(x));
    const onlyB = [...b].filter((x) => !a.has(x));
    console.log(`${label}: ${onlyA.length} families only in the first, ${onlyB.length} only in the second`);
    for (const f of onlyA) console.log(`  first:  ${f}`);
    for (const f of onlyB) console.log(`  second: ${f}`);
  }
} finally {
  await store.close();
}
