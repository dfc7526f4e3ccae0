const TERMINATORS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);

/**
 * True when a (trimmed) line ends a sentence: . ! ? or … possibly followed by up to three closing
 * quote marks or brackets. Checked from the end, so it costs the same for any line length
 * (an end-anchored regex would scan the whole line).
 */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  for (let k = 0; k < 3 && i >= 0 && CLOSERS.has(line.charAt(i)); k++) i--;
  return i >= 0 && TERMINATORS.has(line.charAt(i));
}
