/**
 * The BASIL speaker protocol: a resolved speaker name names the labelled person when they share a
 * word and, when the label has several words, the resolved name holds the label's last word
 * ("Trump" and "Donald Trump" both name "Donald Trump"; "Ivanka Trump" names "Trump"; "Jack Lew"
 * does not name "Lew Wallace"). Words are compared case-insensitively, without surrounding
 * punctuation; a possessive "'s" is dropped.
 */
export function namesLabelledSpeaker(label: string, resolved: string | null): boolean {
  if (resolved === null) return false;
  const labelWords = toWords(label);
  const resolvedWords = new Set(toWords(resolved));
  const last = labelWords[labelWords.length - 1];
  if (last === undefined) return false;
  const shared = labelWords.some((w) => resolvedWords.has(w));
  return shared && (labelWords.length < 2 || resolvedWords.has(last));
}

function toWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, ""))
    .filter((w) => w !== "");
}
