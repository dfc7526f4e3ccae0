import type { EvalMention } from "./match-types.ts";

/** How a wrongly merged pair came together (see classifyWrongMerge). */
export type MergeRoute = "title" | "fragment" | "text";

/**
 * Says through what a `different` pair that ended in one family was merged:
 * - `title`: either mention reads like a title or headline (2-12 words, every word of four or more
 *   letters capitalised, e.g. "From Hope to Higher Ground");
 * - `fragment`: either mention is linked to its family as `partial` or `split`, or the shorter
 *   mention has at most half the words of the longer one;
 * - `text`: neither (two full quotes judged the same wording).
 * Title wins over fragment: a title is usually also short.
 */
export function classifyWrongMerge(a: EvalMention, b: EvalMention): MergeRoute {
  if (isTitleLike(a.text) || isTitleLike(b.text)) return "title";
  if (isFragmentLink(a.link) || isFragmentLink(b.link)) return "fragment";
  const wordsA = countWords(a.text);
  const wordsB = countWords(b.text);
  if (2 * Math.min(wordsA, wordsB) <= Math.max(wordsA, wordsB)) return "fragment";
  return "text";
}

function isFragmentLink(link: string | null): boolean {
  return link === "partial" || link === "split";
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

function isTitleLike(text: string): boolean {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}
