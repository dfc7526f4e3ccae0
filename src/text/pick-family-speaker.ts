import type { MatchableMention } from "../model/family.ts";
import type { FamilySpeakerVote } from "../model/family.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { parseNamedPerson } from "./parse-named-person.ts";
import { areDifferentPersons, parsePersonName, type PersonName } from "./parse-person-name.ts";

export interface FamilySpeakers {
  /** the best-evidenced speaker, null when no member has one */
  speaker: string | null;
  /**
   * every distinct speaker with its evidence (members, named at the quote, outlets) and whether it
   * names a different person than `speaker` (disagreements, shown not hidden), most members first
   */
  votes: FamilySpeakerVote[];
}

/**
 * The speaker of a family from its members' own speakers (each mention keeps its own). A named
 * person wins over roles, documents and organisations; among persons, the one most members name
 * *at the quote* (the written words name the person; "he" resolved to a name is weaker evidence,
 * see parseNamedPerson), then the one most members agree with ("Trump" agrees with "Donald
 * Trump"), then the fuller one, then the most written form, then code-point order. Without a
 * named person: the most written speaker. Order-independent.
 */
export function pickFamilySpeaker(members: readonly MatchableMention[]): FamilySpeakers {
  const counts = new Map<string, number>();
  const namedHere = new Map<string, number>();
  const outlets = new Map<string, Set<string>>();
  const persons = new Map<string, PersonName | null>();
  for (const m of members) {
    if (m.speaker === null) continue;
    counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
    let set = outlets.get(m.speaker);
    if (set === undefined) outlets.set(m.speaker, (set = new Set()));
    if (m.outlet !== null) set.add(m.outlet);
    const isPerson = m.speakerType === undefined || m.speakerType === null || m.speakerType === "person";
    if (!persons.has(m.speaker)) persons.set(m.speaker, isPerson ? parsePersonName(m.speaker) : null);
    if (isPerson && parseNamedPerson(m.speaker, m.speakerMention) !== null) namedHere.set(m.speaker, (namedHere.get(m.speaker) ?? 0) + 1);
  }
  const named = [...counts].map(([name, n]) => ({ name, members: n })).sort((a, b) => b.members - a.members || compareStrings(a.name, b.name));
  let best: string | null = null;
  let bestScore: [number, number] = [-1, -1];
  let bestFull = false;
  for (const [name, p] of persons) {
    if (p === null) continue;
    const score: [number, number] = [0, 0];
    for (const [other, q] of persons) {
      if (q === null || areDifferentPersons(p, q)) continue;
      score[0] += namedHere.get(other) ?? 0;
      score[1] += counts.get(other) ?? 0;
    }
    const full = p.given !== "";
    const cmp = score[0] - bestScore[0] || score[1] - bestScore[1];
    const better = best === null || cmp > 0 || (cmp === 0 && (
      (full && !bestFull) || (full === bestFull && ((counts.get(name) ?? 0) > (counts.get(best) ?? 0)
        || ((counts.get(name) ?? 0) === (counts.get(best) ?? 0) && compareStrings(name, best) < 0)))));
    if (better) {
      best = name;
      bestScore = score;
      bestFull = full;
    }
  }
  const chosen = best === null ? null : persons.get(best) ?? null;
  const differs = (name: string): boolean => {
    const p = persons.get(name) ?? null;
    return p !== null && chosen !== null && areDifferentPersons(p, chosen);
  };
  const votes: FamilySpeakerVote[] = named.map((s) => ({
    name: s.name, members: s.members, namedAtQuote: namedHere.get(s.name) ?? 0,
    outlets: [...(outlets.get(s.name) ?? [])].sort(compareStrings), disagrees: differs(s.name),
  }));
  return { speaker: best ?? named[0]?.name ?? null, votes };
}
