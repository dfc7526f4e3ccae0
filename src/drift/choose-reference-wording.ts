import type { QuoteKind } from "../model/quote.ts";
import { compareDates } from "../model/compare-dates.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { pickMostCommonName } from "../text/pick-most-common-name.ts";
import { tokenizeQuote } from "../text/tokenize-quote.ts";

/** One occurrence of a family as the reference choice sees it (plain data, from a mention and its article). */
export interface ReferenceCandidate {
  id: string;
  text: string;
  kind: QuoteKind;
  /** repeats another mention of its own article (a link-preview teaser) */
  repeat: boolean;
  /** the publishing outlet's name, null when unknown */
  outlet: string | null;
  /** the quote-level credited source's name, null when none */
  source: string | null;
  /** names of the article-level credits (wire dateline, credit line) */
  articleCredits: readonly string[];
  /** event date, else page date (YYYY-MM-DD) */
  date: string | null;
  /** page date (YYYY-MM-DD) */
  pageDate: string | null;
  /** word count and whether an ellipsis cuts either end, when the caller has them (else read from the text) */
  measured?: { words: number; cut: boolean };
}

export interface ReferenceChoice {
  /** id of the chosen candidate */
  id: string;
  /** why, in plain words: "credits the origin, TASS, directly; earliest page date (2023-08-16)" */
  reason: string;
}

/** A wording with fewer words than this share of the fullest one is a fragment of it. */
const FRAGMENT_SHARE = 0.8;

interface Scored {
  c: ReferenceCandidate;
  words: number;
  fragment: boolean;
  marked: boolean;
  /** 0: published by the origin (or an outlet the others credit); 1: credits the origin directly; 2: neither */
  nearness: number;
}

/**
 * The family's reference wording — the one nearest its credited origin — every diff runs from:
 * 1. not a fragment: a direct or partial quote (not an indirect claim), not a teaser repeating
 *    another mention of its page, not cut by an ellipsis at either end, and at least 80% as many
 *    words as the fullest such wording (when none is, all take part);
 * 2. no editorial marks ([square brackets], [sic], ellipses), unless none is free of them;
 * 3. the nearest the origin first: published by the origin itself (or by an outlet the others
 *    credit), then crediting the origin directly (its quote-level source is the family's origin,
 *    the source its mentions credit most), then the rest;
 * 4. then the fullest (most words);
 * 5. then the earliest by event date (else page date), then by page date (undated last);
 * 6. then a stable order: direct before partial, smaller id.
 * The reason names each step that set other wordings aside. Depends only on the set of
 * candidates, not their order. Throws on an empty list (a family has at least one mention).
 */
export function chooseReferenceWording(candidates: readonly ReferenceCandidate[]): ReferenceChoice {
  if (candidates.length === 0) throw new Error("chooseReferenceWording: a family needs at least one mention");
  const ordered = [...candidates].sort((a, b) => compareDates(a.date, b.date) || compareStrings(a.id, b.id));
  if (ordered.length === 1) return { id: ordered[0]!.id, reason: "the only occurrence" };
  // the source the candidates credit most (quote-level); ties go to the one credited earliest
  const origin = pickMostCommonName(ordered.map((c) => c.source));
  const credited = new Set<string>();
  for (const c of ordered) {
    const own = c.outlet === null ? null : makeNameKey(c.outlet);
    for (const name of c.source === null ? c.articleCredits : [c.source, ...c.articleCredits]) {
      const key = makeNameKey(name);
      if (key !== own) credited.add(key);
    }
  }
  const scored: Scored[] = ordered.map((c) => {
    const { words, cut } = c.measured ?? measure(c.text);
    const outletKey = c.outlet === null ? null : makeNameKey(c.outlet);
    const publishedByOrigin = outletKey !== null && (outletKey === origin?.key || credited.has(outletKey));
    const creditsOrigin = origin !== null && c.source !== null && makeNameKey(c.source) === origin.key;
    return {
      c, words, nearness: publishedByOrigin ? 0 : creditsOrigin ? 1 : 2,
      fragment: c.kind === "indirect" || c.repeat || cut,
      marked: EDITORIAL_MARK.test(c.text),
    };
  });

  const reasons: string[] = [];
  let pool = scored;
  const narrow = (keep: (s: Scored) => boolean, reason: (winners: readonly Scored[]) => string): void => {
    if (pool.length <= 1) return;
    const kept = pool.filter(keep);
    if (kept.length === 0 || kept.length === pool.length) return;
    pool = kept;
    reasons.push(reason(kept));
  };

  narrow((s) => !s.fragment, () => "a full quote (fragments, teasers and paraphrases set aside)");
  const fullest = Math.max(...pool.map((s) => s.words));
  narrow((s) => s.words >= fullest * FRAGMENT_SHARE, () => "a full quote (shorter fragments set aside)");
  narrow((s) => !s.marked, () => "free of editorial marks (square brackets, ellipses, [sic])");
  const nearest = Math.min(...pool.map((s) => s.nearness));
  narrow((s) => s.nearness === nearest, (kept) => describeNearness(kept[0]!, origin?.name ?? null));
  const most = Math.max(...pool.map((s) => s.words));
  narrow((s) => s.words === most, () => `the fullest (${most} words)`);
  const earliest = pool.map((s) => s.c.date).sort(compareDates)[0] ?? null;
  narrow((s) => s.c.date === earliest, () => `the earliest (${earliest})`);
  const earliestPage = pool.map((s) => s.c.pageDate).sort(compareDates)[0] ?? null;
  narrow((s) => s.c.pageDate === earliestPage, () => `the earliest page (${earliestPage})`);

  const kindRank = (s: Scored): number => (s.c.kind === "direct" ? 0 : s.c.kind === "partial" ? 1 : 2);
  const winner = [...pool].sort((a, b) => kindRank(a) - kindRank(b) || compareStrings(a.c.id, b.c.id))[0]!;
  if (reasons.length === 0) reasons.push("every occurrence ties on fragments, editorial marks, credit, length and dates: the first by id");
  return { id: winner.c.id, reason: reasons.join("; ") };
}

/** A square bracket ([...], [sic]) or an ellipsis ("...", "…", ". . ."). */
const EDITORIAL_MARK = /[[\]…]|\.\s?\.\s?\./;

function measure(text: string): { words: number; cut: boolean } {
  const tokens = tokenizeQuote(text);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return { words: tokens.filter((t) => t.kind === "word").length, cut: first?.kind === "ellipsis" || last?.kind === "ellipsis" };
}

function describeNearness(s: Scored, origin: string | null): string {
  if (s.nearness === 0) return `published by ${s.c.outlet ?? "the origin"}, which the others credit`;
  return `credits the origin, ${origin ?? "its source"}, directly`;
}
