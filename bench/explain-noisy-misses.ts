/**
 * Why pairs of the noisy synthetic corpus are lost (issue 11): `npx tsx bench/explain-noisy-misses.ts
 * [--size 100000] [--seed 42] [--examples 3]`. Matches the corpus as bench:match does, then, for
 * each statement, takes its main family (the one holding most of its mentions) and classifies each
 * of its mentions outside it: absorbed by another statement's family, or kept apart, and then why
 * (verifyPair against the main family's keys: which rule refused; or verified and still apart: the
 * clustering's speaker rule, story or fragment rules). Counts are lost pairs (the mention times the
 * main family's members of its statement), by the mention's draw and speaker class. Prints only.
 */
import { parseArgs } from "node:util";
import { matchMentions } from "../src/match/match-mentions.ts";
import { prepareMentionStories } from "../src/match/prepare-mention-stories.ts";
import { prepareMatchKeys } from "../src/match/prepare-match-keys.ts";
import { toInternedMatchWords } from "../src/match/to-interned-match-words.ts";
import { toKeyEntry } from "../src/match/to-key-entry.ts";
import { buildKeyTable, type MatchKey } from "../src/match/build-key-table.ts";
import { resolveMatchOptions } from "../src/match/resolve-match-options.ts";
import { verifyPair, isJoinableFragment, needsAgreeingSpeaker, containedEdits } from "../src/match/verify-pair.ts";
import { isWithinWindow } from "../src/match/is-within-window.ts";
import { containmentDistance } from "../src/match/containment-distance.ts";
import { wordEditDistance } from "../src/match/word-edit-distance.ts";
import { areDifferentPersons, parsePersonName } from "../src/text/parse-person-name.ts";
import { generateNoisyMentionCorpus, NOISE_KINDS } from "./generate-noisy-mention-corpus.ts";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" }, seed: { type: "string", default: "42" }, examples: { type: "string", default: "3" } } });
const corpus = generateNoisyMentionCorpus({ size: Number(values.size), seed: Number(values.seed) });
const mentions = corpus.mentions;
const options = resolveMatchOptions();
const result = matchMentions(mentions);
const familyOf = new Int32Array(mentions.length);
const indexOf = new Map(mentions.map((m, i) => [m.id, i]));
result.families.forEach((f, k) => {
  for (const m of f.members) familyOf[indexOf.get(m.mentionId) ?? 0] = k;
});

// the keys as clusterKeys sees them: the matcher's own preparation (stories, story speakers, id
// order; key entries; content words, unconfirmed surnames)
const { stories, sorted } = prepareMentionStories(mentions, options);
const words = toInternedMatchWords(mentions);
const table = buildKeyTable(sorted.map((m) => toKeyEntry(m, words.get(m.id)?.words ?? [], m.speaker, true)), options.minWords);
const keys = table.keys;
const { unconfirmed } = prepareMatchKeys(table, stories);
const position = new Map(sorted.map((m, p) => [m.id, p]));
/** mention index -> its key index */
const keyIndex = (i: number): number => table.keyOfEntry[position.get(mentions[i]?.id ?? "") ?? 0] ?? 0;
const keyOf = (i: number): MatchKey => keys[keyIndex(i)] as MatchKey;
const bit = (kind: string): number => 1 << NOISE_KINDS.indexOf(kind as (typeof NOISE_KINDS)[number]);
const speakerClass = (i: number): string => {
  const t = corpus.tags[i] ?? 0;
  if (t & bit("other-named-at-quote")) return "other-named";
  if (t & bit("speaker-other-person")) return "other-resolved";
  if (t & bit("speaker-none-or-role")) return mentions[i]?.speaker === null ? "none" : "role/doc";
  if (t & bit("surname-only")) return unconfirmed[keyIndex(i)] === 1 ? "surname-unconfirmed" : "surname";
  return "right";
};

const byTruth = new Map<number, number[]>();
corpus.truth.forEach((t, i) => {
  const list = byTruth.get(t);
  if (list === undefined) byTruth.set(t, [i]);
  else list.push(i);
});
const familyTruthMajority = new Map<number, number>();
{
  const counts = new Map<number, Map<number, number>>();
  corpus.truth.forEach((t, i) => {
    const f = familyOf[i] ?? 0;
    let c = counts.get(f);
    if (c === undefined) counts.set(f, (c = new Map()));
    c.set(t, (c.get(t) ?? 0) + 1);
  });
  for (const [f, c] of counts) familyTruthMajority.set(f, [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? -1);
}

const reasons = new Map<string, number>();
const examples = new Map<string, string[]>();
let lostTotal = 0;
const show = (i: number): string => `${corpus.how[i]}/${speakerClass(i)} [${mentions[i]?.speaker} as ${mentions[i]?.speakerMention}] ${mentions[i]?.kind} ${mentions[i]?.articleId} "${mentions[i]?.text}"`;
for (const [, members] of byTruth) {
  if (members.length < 2) continue;
  const inFamily = new Map<number, number[]>();
  for (const i of members) {
    const f = familyOf[i] ?? 0;
    const list = inFamily.get(f);
    if (list === undefined) inFamily.set(f, [i]);
    else list.push(i);
  }
  if (inFamily.size === 1) continue;
  const main = [...inFamily].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0] as [number, number[]];
  const mainKeys = [...new Set(main[1].map(keyIndex))];
  for (const i of members) {
    if (familyOf[i] === main[0]) continue;
    const lost = main[1].length;
    lostTotal += lost;
    const k = keyOf(i);
    let reason: string;
    if (familyTruthMajority.get(familyOf[i] ?? 0) !== corpus.truth[i]) reason = "absorbed by another statement";
    else {
      const ev = mainKeys.map((mk) => verifyPair(k, keys[mk] as MatchKey, options)).find((e) => e !== null);
      if (ev !== undefined && ev !== null) reason = `verified (${ev.kind}) but apart: ${whyApart(i, main[1])}`;
      else reason = `refused: ${whyRefused(k, mainKeys.map((mk) => keys[mk] as MatchKey))}`;
    }
    const slot = `${reason} | ${corpus.how[i]} | ${speakerClass(i)}`;
    reasons.set(slot, (reasons.get(slot) ?? 0) + lost);
    const ex = examples.get(slot) ?? [];
    if (ex.length < Number(values.examples)) {
      ex.push(`${show(i)}\n      main: ${main[1].slice(0, 4).map(show).join("\n            ")}`);
      examples.set(slot, ex);
    }
  }
}

// calibration against BASIL dev (eval:match: of 240 same pairs, resolved speakers differ in 25, names written at the quotes in 2)
let truthPairs = 0;
let resolvedDiffer = 0;
let namedDiffer = 0;
for (const members of byTruth.values()) {
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      truthPairs++;
      const ka = keyOf(members[x] ?? 0);
      const kb = keyOf(members[y] ?? 0);
      const ma = mentions[members[x] ?? 0];
      const mb = mentions[members[y] ?? 0];
      const pa = ma?.speaker == null ? null : parsePersonName(ma.speaker);
      const pb = mb?.speaker == null ? null : parsePersonName(mb.speaker);
      if (pa !== null && pb !== null && areDifferentPersons(pa, pb)) resolvedDiffer++;
      if (ka.named !== null && kb.named !== null && areDifferentPersons(ka.named, kb.named)) namedDiffer++;
    }
  }
}
process.stdout.write(`truth pairs ${truthPairs}: resolved speakers name two persons in ${resolvedDiffer} (${(100 * resolvedDiffer / truthPairs).toFixed(1)} %), names written at the quotes in ${namedDiffer} (${(100 * namedDiffer / truthPairs).toFixed(1)} %); BASIL dev: 25 and 2 of 240 (10.4 %, 0.8 %)\n`);
process.stdout.write(`lost pairs (vs the main family) ${lostTotal}\n`);
const total = (prefix: (s: string) => string) => {
  const m = new Map<string, number>();
  for (const [s, n] of reasons) m.set(prefix(s), (m.get(prefix(s)) ?? 0) + n);
  return [...m].sort((a, b) => b[1] - a[1]);
};
process.stdout.write("\nby reason:\n");
for (const [r, n] of total((s) => s.split(" | ")[0] ?? "")) process.stdout.write(`${String(n).padStart(8)}  ${r}\n`);
process.stdout.write("\nby speaker class:\n");
for (const [r, n] of total((s) => s.split(" | ")[2] ?? "")) process.stdout.write(`${String(n).padStart(8)}  ${r}\n`);
process.stdout.write("\nby reason, draw, speaker class:\n");
for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
  process.stdout.write(`${String(n).padStart(8)}  ${r}\n`);
  for (const e of examples.get(r) ?? []) process.stdout.write(`      - ${e}\n`);
}

function whyApart(i: number, main: number[]): string {
  const ki = keyOf(i);
  const named = new Set<string>();
  for (const m of main) {
    const km = keyOf(m);
    if (km.named !== null && ki.named !== null && areDifferentPersons(km.named, ki.named)) named.add("named differ");
  }
  if (named.size > 0) return "a main key names another person";
  // family-level: other members of i's family name someone the main family's do not
  const fam = familyOf[i] ?? 0;
  const own = mentions.map((_, j) => j).filter((j) => familyOf[j] === fam);
  const persons = (list: number[]) => list.map((j) => keyOf(j).named).filter((p) => p !== null);
  const pa = persons(own);
  const pb = persons(main);
  if (pa.some((x) => pb.some((y) => areDifferentPersons(x, y)))) return "families name two persons";
  const sameStory = main.some((m) => stories.same(mentions[i]?.articleId ?? "", mentions[m]?.articleId ?? ""));
  if (!sameStory) return "not in the main family's story";
  return "clustering (fragment choice / chaining / other)";
}

function whyRefused(k: MatchKey, mains: MatchKey[]): string {
  const longest = mains.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  if (k.named !== null && mains.every((m) => m.named !== null && areDifferentPersons(k.named as never, m.named))) return "named persons differ";
  if (!isWithinWindow(k, longest, options.windowDays)) return "window";
  const la = k.words.length;
  const lb = longest.words.length;
  const threshold = options.editThreshold(Math.max(la, lb));
  if (Math.abs(la - lb) <= threshold) {
    if (k.short || longest.short) return "short (whole wording under minWords)";
    return `edit distance ${wordEditDistance(k.words, longest.words, 99)} > ${threshold}`;
  }
  const [short, long] = la < lb ? [k, longest] : [longest, k];
  if (long.short) return "container short";
  if (long.indirect && !short.indirect) return "container indirect";
  if (!isJoinableFragment(short)) return `not joinable (${short.words.length} words, ${short.content} content${short.title ? ", title" : ""})`;
  if (needsAgreeingSpeaker(short)) {
    const agree = short.person !== null && long.person !== null && !areDifferentPersons(short.person, long.person);
    if (!agree) return `needs agreeing speaker (${short.title ? "title" : short.words.length <= 2 ? "1-2 words" : "<3 content"}; ${short.person === null ? "short unknown" : long.person === null ? "long unknown" : "resolved differ"})`;
  }
  if (short.words.length < 8 && short.person !== null && long.person !== null && areDifferentPersons(short.person, long.person)) return "short piece, resolved speakers differ";
  const c = containmentDistance(short.words, long.words, containedEdits(short.words.length, options));
  if (c === null) return `not contained (${short.words.length} in ${long.words.length} words${short.words.length < 8 ? ", exact needed" : ""})`;
  return "other";
}
