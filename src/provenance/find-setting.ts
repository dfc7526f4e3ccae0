/**
 * Where a statement was said, when the text says so: "at the 11th Moscow Conference on
 * International Security", from "... said during his speech at the 11th Moscow Conference on
 * International Security that ...". Looks in the sentence holding the quote, the three sentences
 * before it (news copy names the occasion once, then quotes on: seed 004's drills quote comes two
 * sentences after "said at the 11th Moscow Conference ...") and the one after, and keeps the
 * phrase nearest to the quote (find-setting-candidates.ts, choose-setting.ts). Work per call is
 * bounded by the window around the quote, not by the length of the text.
 */
import { chooseSetting } from "./choose-setting.ts";
import { findSettingCandidates } from "./find-setting-candidates.ts";

export interface FindSettingOptions {
  /**
   * The quote's speaker. A phrase in another sentence than the quote's own counts only when that
   * sentence names the speaker (a part of the name of 3+ letters: "Shangfu", "Jalali"), so one
   * speaker's occasion is not lent to the next speaker quoted below it. Without a speaker, only
   * the quote's own sentence is searched.
   */
  speaker?: string | null;
}

export function findSetting(text: string, start: number, end: number, options: FindSettingOptions = {}): string | null {
  return chooseSetting(text, findSettingCandidates(text, start, end), options.speaker ?? null);
}
