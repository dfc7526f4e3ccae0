import type { SettingCandidate } from "../model/provenance.ts";

/**
 * Picks a quote's setting among its candidates (find-setting-candidates.ts): the nearest phrase in
 * the quote's own sentence, or in a nearby sentence that names the speaker (a part of the name of 3+
 * letters: "Shangfu", "Jalali"), so one speaker's occasion is not lent to the next speaker quoted
 * below it. Without a speaker only the quote's own sentence counts. Ties go to the earlier candidate.
 * Reads only the candidates' sentences, never the whole text.
 */
export function chooseSetting(text: string, candidates: readonly SettingCandidate[], speaker: string | null): string | null {
  const nameParts = (speaker ?? "").split(/[\s.,'’-]+/).filter((part) => part.length >= 3);
  let best: SettingCandidate | null = null;
  for (const candidate of candidates) {
    if (best && candidate.distance >= best.distance) continue;
    if (candidate.own || namesSpeaker(text.slice(candidate.sentenceStart, candidate.sentenceEnd), nameParts)) best = candidate;
  }
  return best?.phrase ?? null;
}

/** Whether the sentence contains one of the speaker's name parts as a word. */
function namesSpeaker(sentence: string, nameParts: readonly string[]): boolean {
  return nameParts.some((part) => {
    let i = sentence.indexOf(part);
    while (i >= 0) {
      const before = sentence[i - 1] ?? " ";
      const after = sentence[i + part.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      i = sentence.indexOf(part, i + 1);
    }
    return false;
  });
}
