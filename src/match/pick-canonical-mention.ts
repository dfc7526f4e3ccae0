import type { MatchableMention } from "../model/family.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";
import { compareDates } from "../model/compare-dates.ts";

const KIND_RANK = { direct: 0, partial: 1, indirect: 2 } as const;

/**
 * The family's canonical mention: the earliest appearance by date (undated last); on a tie, a
 * mention published by the outlet the others credit (its outlet name equals another member's
 * credited source or article credit); then the earlier page date (two reports of the same
 * day's speech: the one on the page first came first); then a stable order: not a repeat, direct before partial
 * before indirect, not truncated, more words, smaller mention id.
 */
export function pickCanonicalMention(
  members: readonly MatchableMention[],
  wordsOf: (mention: MatchableMention) => MatchWords = (m) => toMatchWords(m.text),
): MatchableMention {
  if (members.length === 1 && members[0] !== undefined) return members[0];
  const credited = new Set<string>();
  for (const m of members) {
    const own = m.outlet?.toLowerCase() ?? null;
    for (const c of m.source === null ? m.articleCredits : [m.source, ...m.articleCredits]) {
      if (c.toLowerCase() !== own) credited.add(c.toLowerCase());
    }
  }
  const rank = members.map((m) => {
    const words = wordsOf(m);
    return {
      m,
      credited: m.outlet !== null && credited.has(m.outlet.toLowerCase()) ? 0 : 1,
      repeat: m.repeatOf === null ? 0 : 1,
      kind: KIND_RANK[m.kind],
      truncated: words.truncated ? 1 : 0,
      words: words.words.length,
    };
  });
  rank.sort((a, b) =>
    compareDates(a.m.date, b.m.date) || a.credited - b.credited ||
    compareDates(a.m.pageDate ?? null, b.m.pageDate ?? null) || a.repeat - b.repeat || a.kind - b.kind ||
    a.truncated - b.truncated || b.words - a.words || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  const first = rank[0];
  if (first === undefined) throw new Error("pickCanonicalMention: a family needs at least one mention");
  return first.m;
}

