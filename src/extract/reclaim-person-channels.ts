import type { EntityRegistry, PersonEntry } from "./build-entity-registry.ts";
import type { SentenceAnalysis } from "./types.ts";

/** the full names and last name parts of the persons of two or more parts, built once per registry's person list */
const namesOf = new WeakMap<readonly PersonEntry[], Set<string>>();

/**
 * A channel subject that is the name or surname of a person the article names is that person: after
 * "Michael Bloomberg, the former mayor, said ...", "Bloomberg said" is the man speaking, not the
 * agency crediting. Such attributions become person attributions again (the phrase a person's
 * name, no longer channel-only) and the sentence credit they set is dropped. Works on the
 * analysis in place; a look-up per channel attribution (rare), no scan of the article.
 */
export function reclaimPersonChannels(text: string, analysis: SentenceAnalysis, registry: EntityRegistry): void {
  for (const a of analysis.attributions) {
    const np = a.np;
    if (!a.channelOnly || !np || np.kind !== "agency") continue;
    const name = text.slice(np.start, np.end);
    if (/^the\s/i.test(name) || !/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u.test(name) || !names(registry.persons).has(name.toLowerCase())) continue;
    // (NounPhrase's fields in parseNounPhrase's order, not a spread: one shape for the speaker resolution)
    a.np = { kind: "person", first: np.first, last: np.last, start: np.start, end: np.end, nameStart: np.start, nameEnd: np.end, role: np.role, roleWords: np.roleWords, agency: null };
    a.channelOnly = false;
    const src = analysis.source;
    if (src && src.start <= np.start && src.end >= np.end) analysis.source = null;
  }
}

function names(persons: readonly PersonEntry[]): Set<string> {
  let set = namesOf.get(persons);
  if (!set) {
    set = new Set();
    for (const p of persons) {
      const last = p.parts[p.parts.length - 1];
      if (p.parts.length < 2 || last === undefined) continue;
      set.add(last);
      set.add(p.parts.join(" "));
    }
    namesOf.set(persons, set);
  }
  return set;
}
