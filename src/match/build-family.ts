import type { Change, FamilyMember, LinkType, MatchableMention, QuoteFamily, Variant } from "../model/family.ts";
import { makeStableId } from "../model/make-stable-id.ts";
import { classifyChanges, type ClassifyChangesMemo } from "../drift/classify-changes.ts";
import { containmentDistance } from "./containment-distance.ts";
import { diceSimilarity, type DiceMemo } from "../text/dice-similarity.ts";
import { pickCanonicalMention } from "./pick-canonical-mention.ts";
import { pickFamilySpeaker } from "../text/pick-family-speaker.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { scoreFidelity } from "../drift/score-fidelity.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";
import { toNormalisedText } from "../text/to-normalised-text.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { compareDates } from "../model/compare-dates.ts";

/**
 * One family from its members: canonical mention, id, variants (distinct normalised wordings),
 * each member's link, changes against the canonical wording, fidelity and similarity.
 * The result depends only on the set of members, not on their order.
 */
export function buildFamily(
  members: readonly MatchableMention[],
  options: ResolvedMatchOptions,
  knownWords?: ReadonlyMap<string, MatchWords>,
): QuoteFamily {
  const canonical = pickCanonicalMention(members, (m) => knownWords?.get(m.id) ?? toMatchWords(m.text));
  // a family of one: its member's own speaker, as pickFamilySpeaker gives it (half a million such families at 1M mentions)
  const speaker = members.length === 1 ? canonical.speaker : pickFamilySpeaker(members).speaker;
  const canonicalNormalised = toNormalisedText(canonical.text);
  const id = makeStableId("qf", speaker, canonicalNormalised);

  if (members.length === 1) {
    const variantId = makeStableId("qv", id, canonicalNormalised);
    return {
      id, speaker, canonicalMentionId: canonical.id, canonicalVariantId: variantId,
      variants: [{ id: variantId, text: canonical.text, normalised: canonicalNormalised, fidelity: 1, similarity: 1, changes: [] }],
      members: [{ mentionId: canonical.id, variantId, link: "canonical", fidelity: 1, similarity: 1, changes: [] }],
    };
  }

  const sorted = [...members].sort((a, b) => compareDates(a.date, b.date) || compareStrings(a.id, b.id));
  const words = new Map<string, MatchWords>();
  for (const m of members) {
    const known = knownWords?.get(m.id);
    if (known !== undefined) words.set(m.text, known);
  }
  const wordsOf = (text: string): MatchWords => {
    let w = words.get(text);
    if (w === undefined) {
      w = toMatchWords(text);
      words.set(text, w);
    }
    return w;
  };
  const canonicalWords = wordsOf(canonical.text);
  const canonicalTokens: ClassifyChangesMemo = {}; // the canonical wording tokenized once per family
  const canonicalGrams: DiceMemo = {}; // and its bigrams read once
  const measured = new Map<string, { changes: Change[]; fidelity: number; similarity: number }>();
  const similarities = new Map<string, number>([[canonicalNormalised, 1]]);
  const measure = (text: string, normalised: string) => {
    let m = measured.get(text);
    if (m === undefined) {
      const changes = classifyChanges(canonical.text, text, canonicalTokens);
      const fidelity = scoreFidelity(changes, canonicalWords.words.length, wordsOf(text).words.length);
      let similarity = similarities.get(normalised);
      if (similarity === undefined) {
        similarity = Math.round(diceSimilarity(canonicalNormalised, normalised, canonicalGrams) * 10_000) / 10_000;
        similarities.set(normalised, similarity);
      }
      m = { changes, fidelity, similarity };
      measured.set(text, m);
    }
    return m;
  };

  // variants: one per normalised wording; the canonical one first, then in order of appearance
  const variantByNormalised = new Map<string, Variant>();
  const canonicalVariant: Variant = { id: makeStableId("qv", id, canonicalNormalised), text: canonical.text, normalised: canonicalNormalised, fidelity: 1, similarity: 1, changes: [] };
  variantByNormalised.set(canonicalNormalised, canonicalVariant);
  const normalisedOf = new Map<string, string>();
  // members quoting one text verbatim are normalised once
  const normalisedText = new Map<string, string>([[canonical.text, canonicalNormalised]]);
  for (const m of sorted) {
    let normalised = normalisedText.get(m.text);
    if (normalised === undefined) normalisedText.set(m.text, (normalised = toNormalisedText(m.text)));
    normalisedOf.set(m.id, normalised);
    if (variantByNormalised.has(normalised)) continue;
    const { changes, fidelity, similarity } = measure(m.text, normalised);
    variantByNormalised.set(normalised, { id: makeStableId("qv", id, normalised), text: m.text, normalised, fidelity, similarity, changes });
  }

  const pieces = findSplitPieces(sorted, wordsOf, options);
  const memberList: FamilyMember[] = sorted.map((m) => {
    const variant = variantByNormalised.get(normalisedOf.get(m.id) ?? "") ?? canonicalVariant;
    if (m.id === canonical.id) return { mentionId: m.id, variantId: variant.id, link: "canonical", fidelity: 1, similarity: 1, changes: [] };
    const { changes, fidelity, similarity } = measure(m.text, normalisedOf.get(m.id) ?? "");
    const link = classifyLink(m, canonical, variant === canonicalVariant, wordsOf(m.text), canonicalWords, pieces.has(m.id), options);
    return { mentionId: m.id, variantId: variant.id, link, fidelity, similarity, changes };
  });

  return {
    id, speaker, canonicalMentionId: canonical.id, canonicalVariantId: canonicalVariant.id,
    variants: [...variantByNormalised.values()],
    members: memberList,
  };
}

function classifyLink(
  m: MatchableMention, canonical: MatchableMention, sameVariant: boolean, w: MatchWords, c: MatchWords,
  piece: boolean, options: ResolvedMatchOptions,
): LinkType {
  if (m.text === canonical.text) return "verbatim";
  if (sameVariant) return "normalised-equal";
  if ((m.kind === "indirect") !== (canonical.kind === "indirect")) return "paraphrase";
  if (piece) return "split";
  const threshold = options.editThreshold(Math.max(w.words.length, c.words.length));
  const longer = w.words.length - c.words.length;
  if (longer < -threshold || (w.truncated && longer < 0)) return "partial";
  if (longer > threshold && !c.truncated && containmentDistance(c.words, w.words, threshold) !== null) return "merged";
  return "variant";
}

/**
 * Members quoted in pieces: two or more members of one article contained at disjoint places in
 * one longer member of another article ("A," he said, "B." against "A B.").
 */
function findSplitPieces(sorted: readonly MatchableMention[], wordsOf: (text: string) => MatchWords, options: ResolvedMatchOptions): Set<string> {
  const out = new Set<string>();
  const byArticle = new Map<string, MatchableMention[]>();
  for (const m of sorted) {
    const list = byArticle.get(m.articleId);
    if (list === undefined) byArticle.set(m.articleId, [m]);
    else list.push(m);
  }
  for (const [articleId, group] of byArticle) {
    if (group.length < 2) continue;
    for (const whole of sorted) {
      if (whole.articleId === articleId) continue;
      const ww = wordsOf(whole.text).words;
      const spans: { id: string; start: number; end: number }[] = [];
      for (const piece of group) {
        const pw = wordsOf(piece.text).words;
        if (pw.length >= ww.length || pw.length < options.minContainedWords) continue;
        const c = containmentDistance(pw, ww, pw.length < 8 ? 0 : pw.length < 15 ? 1 : 2);
        if (c !== null) spans.push({ id: piece.id, start: c.start, end: c.end });
      }
      const disjoint = spans.filter((s) => spans.some((o) => o !== s && (o.end <= s.start || o.start >= s.end)));
      if (disjoint.length >= 2) {
        for (const s of disjoint) out.add(s.id);
        break;
      }
    }
  }
  return out;
}


