import type { MatchableMention } from "../model/family.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { NAME_PARTICLES } from "../lexicon/name-particles.ts";

/**
 * The corpus-level speaker of each mention, for matching. Outlets write one person's name in
 * several ways, and extraction keeps a bare surname when its article never gives more; only the
 * corpus can say more. So:
 * - names made of the same words are one speaker ("Li Shangfu" / "Shangfu Li" / "LI Shangfu"),
 *   written as its most frequent form (then the first in code-point order);
 * - a name whose words all belong to exactly one fuller name in the corpus becomes that name
 *   ("Weber" -> "Anna Weber", "Li" and "Shangfu" -> "Li Shangfu").
 * A name that fits two different fuller names ("Li" with "Li Shangfu" and "Li Qiang") stays as it
 * is: different speakers are never merged on a guess. Only proper names take part (every word
 * capitalised or a name particle: "The Jerusalem Post", "Bashar al-Assad" yes, "a joint
 * statement" no); words, split at spaces and hyphens, compare case- and accent-insensitively.
 * Returns the same array when nothing changes.
 */
export function unifySpeakerNames(mentions: readonly MatchableMention[]): readonly MatchableMention[] {
  const keyOf = new Map<string, string | null>(); // name -> key (sorted distinct words), null: not a proper name
  const groups = new Map<string, { words: string[]; forms: Map<string, number> }>();
  for (const m of mentions) {
    if (m.speaker === null) continue;
    let key = keyOf.get(m.speaker);
    if (key === undefined) {
      const words = properNameWords(m.speaker);
      key = words === null ? null : words.join(" ");
      keyOf.set(m.speaker, key);
      if (words !== null && !groups.has(key!)) groups.set(key!, { words, forms: new Map() });
    }
    if (key === null) continue;
    const forms = groups.get(key)!.forms;
    forms.set(m.speaker, (forms.get(m.speaker) ?? 0) + 1);
  }
  if (groups.size === 0) return mentions;

  const byWord = new Map<string, string[]>(); // word -> keys holding it
  for (const [key, g] of groups) {
    for (const w of g.words) {
      const list = byWord.get(w);
      if (list === undefined) byWord.set(w, [key]);
      else list.push(key);
    }
  }
  const representative = (key: string): string => {
    let best = "";
    let bestCount = -1;
    for (const [form, count] of groups.get(key)?.forms ?? []) {
      if (count > bestCount || (count === bestCount && compareStrings(form, best) < 0)) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  };

  const unified = new Map<string, string>();
  for (const [name, key] of keyOf) {
    if (key === null) continue;
    const words = groups.get(key)?.words ?? [];
    // fuller names holding all these words, looked up by the rarest of them; they must form one
    // chain (each inside the next)
    let pool: readonly string[] = [];
    for (const w of words) {
      const list = byWord.get(w) ?? [];
      if (pool.length === 0 || list.length < pool.length) pool = list;
    }
    const fuller = pool
      .filter((k) => k !== key && contains(groups.get(k)?.words ?? [], words))
      .sort((a, b) => (groups.get(a)?.words.length ?? 0) - (groups.get(b)?.words.length ?? 0) || compareStrings(a, b));
    let target = key;
    if (fuller.length > 0) {
      const chain = fuller.every((k, i) => i === 0 || contains(groups.get(k)?.words ?? [], groups.get(fuller[i - 1]!)?.words ?? []));
      if (chain) target = fuller[fuller.length - 1]!;
    }
    const to = representative(target);
    if (to !== name) unified.set(name, to);
  }
  if (unified.size === 0) return mentions;
  return mentions.map((m) => {
    const to = m.speaker === null ? undefined : unified.get(m.speaker);
    return to === undefined ? m : { ...m, speaker: to };
  });
}

/** the distinct folded words of a proper name in code-point order, or null when it is not one */
function properNameWords(name: string): string[] | null {
  const raw = name.normalize("NFKC").split(/[\s\-‐‑]+/).filter((w) => w.length > 0);
  if (!raw.some((w) => /^\p{Lu}/u.test(w))) return null;
  if (!raw.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) return null;
  const words = raw.map((w) => w.normalize("NFD").replace(/\p{M}+/gu, "").replace(/\.$/, "").toLowerCase());
  return [...new Set(words)].sort(compareStrings);
}

/** every word of `inner` is in `outer` */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.every((w) => outer.includes(w));
}
