import type { MatchableMention } from "../model/family.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { areDifferentPersons, parsePersonName, type PersonName } from "../text/parse-person-name.ts";

export interface FamilySpeakers {
  /** the best-evidenced speaker, null when no member has one */
  speaker: string | null;
  /** every distinct speaker the members name, with how many members name it, most named first */
  named: { name: string; members: number }[];
  /** the members' speakers that name a different person than `speaker` (disagreements, shown not hidden) */
  disagreeing: string[];
}

/**
 * The speaker of a family from its members' own speakers (each mention keeps its own). A named
 * person wins over roles, documents and organisations; among persons, the name most members agree
 * with ("Trump" agrees with "Donald Trump"), then the fuller one, then the most written form, then
 * code-point order. Without a named person: the most written speaker. Order-independent.
 */
export function pickFamilySpeaker(members: readonly MatchableMention[]): FamilySpeakers {
  const counts = new Map<string, number>();
  const persons = new Map<string, PersonName | null>();
  for (const m of members) {
    if (m.speaker === null) continue;
    counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
    if (!persons.has(m.speaker)) {
      const isPerson = m.speakerType === undefined || m.speakerType === null || m.speakerType === "person";
      persons.set(m.speaker, isPerson ? parsePersonName(m.speaker) : null);
    }
  }
  const named = [...counts].map(([name, n]) => ({ name, members: n })).sort((a, b) => b.members - a.members || compareStrings(a.name, b.name));
  let best: string | null = null;
  let bestScore = -1;
  let bestFull = false;
  for (const [name, p] of persons) {
    if (p === null) continue;
    let score = 0;
    for (const [other, q] of persons) if (q !== null && !areDifferentPersons(p, q)) score += counts.get(other) ?? 0;
    const full = p.given !== "";
    const better = best === null || score > bestScore || (score === bestScore && (
      (full && !bestFull) || (full === bestFull && ((counts.get(name) ?? 0) > (counts.get(best) ?? 0)
        || ((counts.get(name) ?? 0) === (counts.get(best) ?? 0) && compareStrings(name, best) < 0)))));
    if (better) {
      best = name;
      bestScore = score;
      bestFull = full;
    }
  }
  if (best === null) return { speaker: named[0]?.name ?? null, named, disagreeing: [] };
  const chosen = persons.get(best) ?? null;
  const disagreeing = named
    .map((s) => s.name)
    .filter((name) => {
      const p = persons.get(name) ?? null;
      return p !== null && chosen !== null && areDifferentPersons(p, chosen);
    });
  return { speaker: best, named, disagreeing };
}
