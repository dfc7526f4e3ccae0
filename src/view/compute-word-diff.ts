import { diffWords } from "diff";

export interface DiffSegment {
  op: "equal" | "insert" | "delete";
  text: string;
}

/** Edit budget for jsdiff; past it the texts are shown as one deletion and one insertion. */
const MAX_EDIT_LENGTH = 400;

/**
 * Word-level diff (jsdiff `diffWords`: words and punctuation are tokens, whitespace ignored) from
 * the canonical wording to another. Adjacent segments of the same op are merged.
 */
export function computeWordDiff(from: string, to: string): DiffSegment[] {
  if (from === to) return from ? [{ op: "equal", text: from }] : [];
  const changes = diffWords(from, to, { maxEditLength: MAX_EDIT_LENGTH });
  const segments: DiffSegment[] = [];
  const push = (op: DiffSegment["op"], text: string): void => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += text;
    else segments.push({ op, text });
  };
  if (!changes) {
    push("delete", from);
    push("insert", to);
    return segments;
  }
  for (const change of changes) push(change.added ? "insert" : change.removed ? "delete" : "equal", change.value);
  return segments;
}
