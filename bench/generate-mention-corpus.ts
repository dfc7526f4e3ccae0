import type { MatchableMention } from "../src/model/family.ts";
import { makePrng } from "./make-prng.ts";
import { makeWording } from "./make-wording.ts";

export interface GenerateMentionCorpusOptions {
  /** number of mentions */
  size: number;
  seed: number;
}

export interface MentionCorpus {
  mentions: MatchableMention[];
  /** truth[i]: statement id of mentions[i] (a distractor or a generic quote is its own statement) */
  truth: Int32Array;
  /** how each mention was drawn, for error analysis */
  how: string[];
}

/**
 * A corpus with known truth for the matching benchmark (issue 4). Families of 2-20 mentions of
 * one statement; each mention drawn as 30% verbatim, 20% typography/case only, 15% US/UK
 * spelling, 15% one or two word substitutions, 10% truncated to 50-90% of its words (with an
 * ellipsis), 5% with a bracketed insertion, 5% a contiguous sub-span (50-80% of the words).
 * A third of the corpus is distractors drawn from the same vocabulary that share 40-60% of
 * their words with some family but are different statements (half by the family's speaker,
 * half keeping the family's word order); 2% generic short quotes ("we will see"). Base
 * statements carry boilerplate phrases shared across families. 10% of mentions have no speaker.
 * Seeded PRNG (mulberry32): the same options give the same corpus.
 */
export function generateMentionCorpus(options: GenerateMentionCorpusOptions): MentionCorpus {
  const prng = makePrng(options.seed);
  const { rnd, int, pick, shuffle } = prng;
  const { vocab, contentWord, word, render, retype, usSpelling, toUk, capitalise, generic } = makeWording(prng);
  const boilerplate = Array.from({ length: 300 }, () => Array.from({ length: int(4, 7) }, word));
  const speakers = Array.from({ length: Math.max(50, Math.floor(options.size / 25)) }, (_, i) => `Speaker ${i} ${pick(vocab)}`);
  const outlets = Array.from({ length: 500 }, (_, i) => `Outlet ${i}`);

  const mentions: MatchableMention[] = [];
  const truth: number[] = [];
  const how: string[] = [];
  let statement = 0;
  const push = (text: string, speaker: string | null, day: number, kind: string, t: number): void => {
    const i = mentions.length;
    const outlet = pick(outlets);
    mentions.push({
      id: `m${String(i).padStart(8, "0")}`, articleId: `a${String(i).padStart(8, "0")}`, outlet,
      date: toDate(day), text, kind: "direct", speaker: rnd() < 0.1 ? null : speaker, source: null,
      articleCredits: [], repeatOf: null,
    });
    truth.push(t);
    how.push(kind);
  };

  const familyTarget = Math.round(options.size * (2 / 3));
  const genericTarget = Math.round(options.size * 0.02);
  const bases: { words: string[]; speaker: string; day: number }[] = [];
  while (mentions.length < familyTarget) {
    const words = Array.from({ length: int(10, 30) }, word);
    // every statement carries 1-2 words with a US/UK spelling pair, and often a boilerplate phrase
    for (let k = int(1, 2); k > 0; k--) words[int(0, words.length - 1)] = usSpelling();
    if (rnd() < 0.4) words.splice(int(0, words.length), 0, ...pick(boilerplate));
    for (let k = 0; k < words.length; k++) if (rnd() < 0.08) words[k] = capitalise(words[k] ?? "");
    const speaker = pick(speakers);
    const day = int(0, 730);
    bases.push({ words, speaker, day });
    const t = statement++;
    const size = Math.min(int(2, 20), familyTarget - mentions.length);
    for (let k = 0; k < size; k++) {
      const mentionDay = day + Math.floor(60 * rnd() * rnd());
      if (k === 0) {
        push(render(words), speaker, mentionDay, "verbatim", t);
        continue;
      }
      const u = rnd();
      if (u < 0.3) push(render(words), speaker, mentionDay, "verbatim", t);
      else if (u < 0.5) push(retype(render(words)), speaker, mentionDay, "typography", t);
      else if (u < 0.65) push(render(words.map(toUk)), speaker, mentionDay, "spelling", t);
      else if (u < 0.8) {
        const w = [...words];
        for (let s = int(1, 2); s > 0; s--) w[int(0, w.length - 1)] = contentWord();
        push(render(w), speaker, mentionDay, "substitution", t);
      } else if (u < 0.9) {
        const keep = Math.max(1, Math.round(words.length * (0.5 + 0.4 * rnd())));
        push(`${render(words.slice(0, keep))}${rnd() < 0.5 ? "..." : "…"}`, speaker, mentionDay, "truncation", t);
      } else if (u < 0.95) {
        const w = [...words];
        w.splice(int(1, w.length - 1), 0, `[${Array.from({ length: int(1, 4) }, contentWord).join(" ")}]`);
        push(render(w), speaker, mentionDay, "bracket", t);
      } else {
        const len = Math.max(1, Math.round(words.length * (0.5 + 0.3 * rnd())));
        const start = int(0, words.length - len);
        push(render(words.slice(start, start + len)), speaker, mentionDay, "sub-span", t);
      }
    }
  }
  for (let k = 0; k < genericTarget; k++) push(pick(generic), pick(speakers), int(0, 790), "generic", statement++);
  while (mentions.length < options.size) {
    const base = pick(bases);
    const share = 0.4 + 0.2 * rnd();
    let w: string[];
    if (rnd() < 0.5) {
      // same order, the rest of the words replaced
      w = base.words.map((x) => (rnd() < share ? x : word()));
    } else {
      // the shared words in another order among new ones
      const kept = base.words.filter(() => rnd() < share);
      w = [...kept, ...Array.from({ length: Math.max(0, base.words.length - kept.length + int(-3, 3)) }, word)];
      shuffle(w);
    }
    const speaker = rnd() < 0.5 ? base.speaker : pick(speakers);
    push(render(w), speaker, base.day + int(0, 60), "distractor", statement++);
  }
  // interleave so that input order says nothing about the truth
  const order = mentions.map((_, i) => i);
  shuffle(order);
  return {
    mentions: order.map((i) => mentions[i] as MatchableMention),
    truth: Int32Array.from(order.map((i) => truth[i] ?? -1)),
    how: order.map((i) => how[i] ?? ""),
  };
}

function toDate(day: number): string {
  return new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}
