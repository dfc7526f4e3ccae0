import type { MatchableMention } from "../model/family.ts";
import { chooseReferenceWording } from "../drift/choose-reference-wording.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";

/**
 * The family's canonical mention: its reference wording, the one nearest its credited origin,
 * that every change is measured from (chooseReferenceWording in src/drift: never a fragment; free
 * of editorial marks when one is; crediting the origin directly first, then the fullest, then the
 * earliest by event date, then by page date). `wordsOf` gives each mention's words (cached by
 * the caller).
 */
export function pickCanonicalMention(
  members: readonly MatchableMention[],
  wordsOf: (mention: MatchableMention) => MatchWords = (m) => toMatchWords(m.text),
): MatchableMention {
  if (members.length === 1 && members[0] !== undefined) return members[0];
  const byId = new Map(members.map((m) => [m.id, m]));
  const choice = chooseReferenceWording(members.map((m) => {
    const words = wordsOf(m);
    return {
      id: m.id, text: m.text, kind: m.kind, repeat: m.repeatOf !== null, outlet: m.outlet, source: m.source,
      articleCredits: m.articleCredits, date: m.date, pageDate: m.pageDate ?? null,
      measured: { words: words.words.length, cut: words.truncated },
    };
  }));
  const chosen = byId.get(choice.id);
  if (chosen === undefined) throw new Error("pickCanonicalMention: a family needs at least one mention");
  return chosen;
}
