/**
 * The speaker noise of real news as the matcher sees it, to calibrate the noisy generator
 * (issue 11 #7) on real data: `npx tsx bench/measure-speaker-noise.ts --data <jsonl> [--data ...]
 * [--basil <dir>] [--synthetic 100000]`. Reads the articles (read, parse, extract as `quotetrail
 * extract` does), builds the match keys as clusterKeys does (stories, speakers resolved within a
 * story, unconfirmed bare surnames dropped), and prints, for the direct quotes by length class
 * (a piece that needs an agreeing speaker: a title, 1-2 words or fewer than 3 content words;
 * other pieces under 8 words; 8+ words), the share whose speaker names no person (none, role or
 * document noun, organisation, group, unconfirmed surname), names a person only by resolution
 * ("he", "the senator"), or by name at the quote. `--basil`: also over the labelled same pairs
 * whose two spans are extracted (protocol step 2: overlap >= 0.3), the share whose resolved
 * speakers name two persons, whose written names do, and whose sides name no person.
 * `--synthetic N`: the same figures on the noisy generated corpus of N mentions (seed 42), its
 * truth pairs in place of the labelled ones. The data is read through the path arguments only.
 * Prints only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../src/app/read-articles.ts";
import type { MatchableMention } from "../src/model/family.ts";
import { toInternedMatchWords } from "../src/match/to-interned-match-words.ts";
import { toKeyEntry } from "../src/match/to-key-entry.ts";
import { buildKeyTable, type MatchKey } from "../src/match/build-key-table.ts";
import { resolveMatchOptions } from "../src/match/resolve-match-options.ts";
import { needsAgreeingSpeaker, verifyPair } from "../src/match/verify-pair.ts";
import { containmentDistance } from "../src/match/containment-distance.ts";
import { prepareMatchKeys } from "../src/match/prepare-match-keys.ts";
import { prepareMentionStories } from "../src/match/prepare-mention-stories.ts";
import { areDifferentPersons } from "../src/text/parse-person-name.ts";
import { generateNoisyMentionCorpus } from "./generate-noisy-mention-corpus.ts";

const { values } = parseArgs({ options: { data: { type: "string", multiple: true, default: [] }, basil: { type: "string" }, synthetic: { type: "string" } } });

interface Located { mention: MatchableMention; start: number; end: number; article: string }

async function readMentions(paths: string[]): Promise<Located[]> {
  const out: Located[] = [];
  for await (const item of readArticles({ paths, cwd: process.cwd() })) {
    if (!("article" in item) || item.extraction === null) continue;
    const a = item.article;
    const date = a.publishedAt?.value ?? a.eventDate?.value ?? null;
    for (const q of item.extraction.quotes) {
      out.push({
        article: a.file, start: q.start, end: q.end,
        mention: {
          id: `${a.file}#${q.id}`, articleId: a.file, outlet: a.outlet?.name ?? null, date, pageDate: a.publishedAt?.value ?? null,
          text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, speakerType: q.speaker?.type ?? null,
          speakerMention: q.rule.includes(".floating") ? "" : q.speaker?.mention ?? null,
          source: q.source?.name ?? null, articleCredits: [], repeatOf: null,
        },
      });
    }
  }
  return out;
}

/** the match keys of `mentions` as clusterKeys sees them (the matcher's own preparation); key of each mention */
function keysOf(mentions: readonly MatchableMention[]): MatchKey[] {
  const options = resolveMatchOptions();
  const words = toInternedMatchWords(mentions);
  const { stories, sorted } = prepareMentionStories(mentions, options);
  const table = buildKeyTable(sorted.map((m) => toKeyEntry(m, words.get(m.id)?.words ?? [], m.speaker, true)), options.minWords);
  prepareMatchKeys(table, stories);
  const position = new Map(sorted.map((m, p) => [m.id, p]));
  return mentions.map((m) => table.keys[table.keyOfEntry[position.get(m.id) ?? 0] ?? 0] as MatchKey);
}


/**
 * How many statements hold piece `k` exactly: the longer direct wordings in `scope` that contain
 * it, grouped into statements by verifyPair between them (variants of one quote are one).
 */
function statementsHolding(k: MatchKey, scope: readonly MatchKey[]): number {
  const options = resolveMatchOptions();
  const holders = scope.filter((c) => c !== k && !c.indirect && c.words.length > k.words.length && containmentDistance(k.words, c.words, 0) !== null);
  const group = holders.map((_, i) => i);
  const find = (x: number): number => (group[x] === x ? x : (group[x] = find(group[x] ?? x)));
  for (let x = 0; x < holders.length; x++) for (let y = x + 1; y < holders.length; y++) {
    if (find(x) !== find(y) && verifyPair(holders[x] as MatchKey, holders[y] as MatchKey, options) !== null) group[find(x)] = find(y);
  }
  return new Set(holders.map((_, i) => find(i))).size;
}

function printHolding(label: string, counts: readonly number[]): void {
  const hist = new Map<number, number>();
  for (const c of counts) hist.set(Math.min(c, 4), (hist.get(Math.min(c, 4)) ?? 0) + 1);
  process.stdout.write(`${label}: ${counts.length} pieces that need an agreeing speaker and have a copy; statements of their story holding them: ${[...hist].sort((a, b) => a[0] - b[0]).map(([c, n]) => `${c === 4 ? "4+" : c} ${(100 * n / counts.length).toFixed(0)} %`).join(", ")}\n`);
}

const lengthClass = (k: MatchKey): string => (needsAgreeingSpeaker(k) ? "title, 1-2 words or <3 content" : k.words.length < 8 ? "other piece < 8 words" : "8+ words");
const speakerClass = (k: MatchKey): string => (k.person === null ? "no person" : k.named === null ? "resolved only" : "named at quote");

function printShares(label: string, mentions: readonly MatchableMention[], keys: readonly MatchKey[]): void {
  const counts = new Map<string, Map<string, number>>();
  mentions.forEach((m, i) => {
    if (m.kind === "indirect") return;
    const k = keys[i] as MatchKey;
    for (const c of [lengthClass(k), "all direct and partial"]) {
      const row = counts.get(c) ?? new Map<string, number>();
      row.set(speakerClass(k), (row.get(speakerClass(k)) ?? 0) + 1);
      counts.set(c, row);
    }
  });
  process.stdout.write(`\n${label}: direct and partial quotes by length class, speaker as the matcher sees it\n`);
  for (const [c, row] of [...counts].sort()) {
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const share = (s: string): string => `${s} ${(100 * (row.get(s) ?? 0) / n).toFixed(1)} %`;
    process.stdout.write(`  ${c.padEnd(32)} n ${String(n).padStart(7)}: ${share("no person")}, ${share("resolved only")}, ${share("named at quote")}\n`);
  }
}

function printPairs(label: string, pairs: readonly (readonly [MatchKey, MatchKey])[]): void {
  let resolvedDiffer = 0;
  let namedDiffer = 0;
  let noPerson = 0;
  for (const [a, b] of pairs) {
    if (a.person !== null && b.person !== null && areDifferentPersons(a.person, b.person)) resolvedDiffer++;
    if (a.named !== null && b.named !== null && areDifferentPersons(a.named, b.named)) namedDiffer++;
    if (a.person === null || b.person === null) noPerson++;
  }
  const pc = (x: number): string => `${x} (${(100 * x / Math.max(1, pairs.length)).toFixed(1)} %)`;
  process.stdout.write(`${label}: ${pairs.length} same pairs; resolved speakers name two persons ${pc(resolvedDiffer)}, names written at the quotes ${pc(namedDiffer)}, a side names no person ${pc(noPerson)}\n`);
}

for (const path of values.data ?? []) {
  const located = await readMentions([path]);
  const mentions = located.map((l) => l.mention);
  printShares(path, mentions, keysOf(mentions));
}

if (values.basil !== undefined) {
  const articlesPath = join(values.basil, "basil_dev_articles.jsonl");
  const located = await readMentions([articlesPath]);
  const mentions = located.map((l) => l.mention);
  const keys = keysOf(mentions);
  printShares(articlesPath, mentions, keys);
  const records = readFileSync(articlesPath, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { triplet: string; source: string });
  const byArticle = new Map<string, number[]>();
  located.forEach((l, i) => byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), i]));
  const fileOf = new Map(records.map((r, i) => [`${r.triplet}/${r.source}`, `${articlesPath}#L${i + 1}`]));
  type Side = { outlet: string; start: number; end: number };
  const find = (triplet: string, side: Side): number | null => {
    let best: number | null = null;
    let bestOverlap = 0;
    for (const i of byArticle.get(fileOf.get(`${triplet}/${side.outlet}`) ?? "") ?? []) {
      const l = located[i] as Located;
      const inter = Math.min(l.end, side.end) - Math.max(l.start, side.start);
      const overlap = inter > 0 ? inter / Math.max(l.end - l.start, side.end - side.start) : 0;
      if (overlap >= 0.3 && overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    }
    return best;
  };
  const pairs: [MatchKey, MatchKey][] = [];
  const sides = new Set<number>();
  for (const line of readFileSync(join(values.basil, "basil_dev_pairs.jsonl"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const p = JSON.parse(line) as { triplet: string; a: Side; b: Side; label: string };
    if (p.label !== "same") continue;
    const a = find(p.triplet, p.a);
    const b = find(p.triplet, p.b);
    if (a === null || b === null) continue;
    pairs.push([keys[a] as MatchKey, keys[b] as MatchKey]);
    sides.add(a).add(b);
  }
  printPairs("BASIL dev labelled", pairs);
  // every cross-outlet copy in an event, labelled or not: a mention with a mention of another
  // outlet of its triplet that verifyPair accepts, or, for a piece that needs an agreeing
  // speaker, that contains it exactly (whatever the speakers): how many of a statement's copies
  // are such pieces, and how many of those carry a speaker that agrees with the container's
  const options = resolveMatchOptions();
  const tripletOf = new Map(records.map((r, i) => [`${articlesPath}#L${i + 1}`, r.triplet]));
  const outletOf = new Map(records.map((r, i) => [`${articlesPath}#L${i + 1}`, r.source]));
  const byTriplet = new Map<string, number[]>();
  located.forEach((l, i) => {
    if (l.mention.kind === "indirect") return;
    const t = tripletOf.get(l.article) ?? "";
    byTriplet.set(t, [...(byTriplet.get(t) ?? []), i]);
  });
  const copies = new Map<string, number>();
  let pieceAgree = 0;
  let pieceNoPerson = 0;
  const examples: string[] = [];
  const holding: number[] = [];
  for (const members of byTriplet.values()) {
    for (const i of members) {
      const ki = keys[i] as MatchKey;
      let found: MatchKey | null = null;
      for (const j of members) {
        if (outletOf.get(located[j]?.article ?? "") === outletOf.get(located[i]?.article ?? "")) continue;
        const kj = keys[j] as MatchKey;
        const ok = needsAgreeingSpeaker(ki)
          ? kj.words.length > ki.words.length && !kj.indirect && containmentDistance(ki.words, kj.words, 0) !== null
          : verifyPair(ki, kj, options) !== null;
        if (ok && (found === null || kj.words.length > found.words.length)) found = kj;
      }
      if (found === null) continue;
      if (needsAgreeingSpeaker(ki)) holding.push(statementsHolding(ki, members.map((j) => keys[j] as MatchKey)));
      copies.set(lengthClass(ki), (copies.get(lengthClass(ki)) ?? 0) + 1);
      if (needsAgreeingSpeaker(ki)) {
        if (ki.person === null) pieceNoPerson++;
        else if (found.person !== null && !areDifferentPersons(ki.person, found.person)) pieceAgree++;
        if (examples.length < 40) examples.push(`${speakerClass(ki)} [${located[i]?.mention.speaker}] "${located[i]?.mention.text}" in [${found.person?.family ?? null}]`);
      }
    }
  }
  const all = [...copies.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`BASIL dev, mentions with a copy in another outlet of their event: ${all}; ${[...copies].sort().map(([c, n]) => `${c} ${n} (${(100 * n / all).toFixed(1)} %)`).join(", ")}\n`);
  const pieces = copies.get("title, 1-2 words or <3 content") ?? 0;
  process.stdout.write(`  of the ${pieces} pieces that need an agreeing speaker: speaker agrees with the longest container ${pieceAgree}, names no person ${pieceNoPerson}, another person ${pieces - pieceAgree - pieceNoPerson}\n`);
  for (const e of examples) process.stdout.write(`    ${e}\n`);
  printHolding("BASIL dev (story: the event's three articles)", holding);
  printShares("BASIL dev: the extracted mentions of labelled same pairs", [...sides].map((i) => mentions[i] as MatchableMention), [...sides].map((i) => keys[i] as MatchKey));
}

if (values.synthetic !== undefined) {
  const corpus = generateNoisyMentionCorpus({ size: Number(values.synthetic), seed: 42 });
  const keys = keysOf(corpus.mentions);
  printShares(`noisy synthetic corpus, ${values.synthetic} mentions`, corpus.mentions, keys);
  const byTruth = new Map<number, number[]>();
  corpus.truth.forEach((t, i) => byTruth.set(t, [...(byTruth.get(t) ?? []), i]));
  const pairs: [MatchKey, MatchKey][] = [];
  for (const members of byTruth.values()) {
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push([keys[members[x] ?? 0] as MatchKey, keys[members[y] ?? 0] as MatchKey]);
  }
  printPairs("synthetic truth", pairs);
  const copies = new Map<string, number>();
  let pieceAgree = 0;
  let pieceNoPerson = 0;
  for (const members of byTruth.values()) {
    if (members.length < 2) continue;
    const longest = members.reduce((a, b) => ((keys[b] as MatchKey).words.length > (keys[a] as MatchKey).words.length ? b : a));
    const kl = keys[longest] as MatchKey;
    for (const i of members) {
      const ki = keys[i] as MatchKey;
      copies.set(lengthClass(ki), (copies.get(lengthClass(ki)) ?? 0) + 1);
      if (needsAgreeingSpeaker(ki)) {
        if (ki.person === null) pieceNoPerson++;
        else if (kl.person !== null && !areDifferentPersons(ki.person, kl.person)) pieceAgree++;
      }
    }
  }
  {
    // scope: the wordings of the articles of the piece's story (the generator's: the articles its
    // statement's mentions are in, and every statement quoted there), at most 3000 pieces
    const articlesOfTruth = new Map<number, Set<string>>();
    corpus.mentions.forEach((m, i) => {
      const t = corpus.truth[i] ?? -1;
      let set = articlesOfTruth.get(t);
      if (set === undefined) articlesOfTruth.set(t, (set = new Set()));
      set.add(m.articleId);
    });
    const byArticle = new Map<string, number[]>();
    corpus.mentions.forEach((m, i) => byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), i]));
    const holdingSynthetic: number[] = [];
    for (const members of byTruth.values()) {
      if (members.length < 2 || holdingSynthetic.length >= 3000) continue;
      // the story's articles: those of this statement and of every statement quoted in them
      const storyArticles = new Set<string>();
      for (const a of articlesOfTruth.get(corpus.truth[members[0] ?? 0] ?? -1) ?? []) for (const i of byArticle.get(a) ?? []) for (const b of articlesOfTruth.get(corpus.truth[i] ?? -1) ?? []) storyArticles.add(b);
      const scope = [...new Set([...storyArticles].flatMap((a) => (byArticle.get(a) ?? []).map((i) => keys[i] as MatchKey)))];
      for (const i of members) {
        const ki = keys[i] as MatchKey;
        if (!needsAgreeingSpeaker(ki) || corpus.mentions[i]?.kind === "indirect") continue;
        holdingSynthetic.push(statementsHolding(ki, scope));
      }
    }
    printHolding("synthetic (story: the articles of the statement and of the statements quoted there)", holdingSynthetic);
  }
  const all = [...copies.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`synthetic, mentions of statements with two or more: ${all}; ${[...copies].sort().map(([c, n]) => `${c} ${n} (${(100 * n / all).toFixed(1)} %)`).join(", ")}\n`);
  const pieces = copies.get("title, 1-2 words or <3 content") ?? 0;
  process.stdout.write(`  of the ${pieces} pieces that need an agreeing speaker: speaker agrees with the longest mention ${pieceAgree}, names no person ${pieceNoPerson}, another person ${pieces - pieceAgree - pieceNoPerson}\n`);
}
