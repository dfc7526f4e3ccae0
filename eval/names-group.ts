/** plural heads of the group labels BASIL uses, written capitalised ("House Democrats", "Catholics") */
const CAPITALISED_GROUP_HEADS = /^(?:democrats|republicans|catholics|lawmakers|officials|conservatives|liberals|senators)$/;

/**
 * Does a speaker label name a group rather than one person? "Democratic lawmakers", "Obama
 * campaign", "State Department officials", "plaintiffs" (a lower-case word) and "House Democrats",
 * "Catholics" (a plural head of party, faith or office) do; "Donald Trump", "Seth Hutchinson" do
 * not. Only to report the BASIL speaker figure on person and group labels apart: an article that
 * quotes one named member where the label names the group is more precise, not wrong, and no
 * person's name can share a word with such a label. The headline figure keeps the protocol.
 */
export function namesGroup(label: string): boolean {
  const words = label.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? "").toLowerCase();
  return words.some((w) => /^\p{Ll}/u.test(w)) || CAPITALISED_GROUP_HEADS.test(last);
}
