import { diffArrays } from "diff";
import type { Change } from "../model/family.ts";
import type { ChangeType } from "./change-classes.ts";
import { haveSameWords, KEPT_TOKEN_DETECTORS, STRETCH_DETECTORS, type ChangedStretch, type Detector } from "./change-detectors.ts";
import { rateChangeSeverity } from "./rate-change-severity.ts";
import { tokenizeQuote, type QuoteToken } from "../text/tokenize-quote.ts";

/**
 * The tokens of the last `fromText` classified, owned by a caller that compares one text with
 * many (a family's canonical wording with each member): pass the same object to every call.
 */
export interface ClassifyChangesMemo {
  from?: { text: string; tokens: QuoteToken[] };
}

interface RawChange {
  type: ChangeType;
  from: QuoteToken[];
  to: QuoteToken[];
}

/**
 * The changes that turn `fromText` (the canonical wording) into `toText`, in text order, each
 * classified with the drift vocabulary (change-classes.ts) and a severity.
 *
 * Word-level diff (jsdiff `diffArrays`) over tokens compared by their folded key, so that
 * typography, case and US/UK spelling show up as differences *within* a kept word. A kept token
 * whose text differs is classified by KEPT_TOKEN_DETECTORS (typography, case, spelling); a
 * changed stretch has its [bracketed] tokens set apart as `editorial-insertion`s, and the rest is
 * classified by STRETCH_DETECTORS (punctuation, truncation, deletion, insertion, reordering,
 * substitution); then a deletion and an insertion of the same words in two places become one
 * `reordering`. The rules are symmetric: swapping the sides swaps `from`/`to` and gives the same
 * classes. `memo` keeps the tokens of `fromText` between calls (see ClassifyChangesMemo).
 */
export function classifyChanges(fromText: string, toText: string, memo: ClassifyChangesMemo = {}): Change[] {
  if (fromText === toText) return [];
  if (memo.from?.text !== fromText) memo.from = { text: fromText, tokens: tokenizeQuote(fromText) };
  const a = memo.from.tokens;
  const b = tokenizeQuote(toText);
  const same = (l: QuoteToken, r: QuoteToken): boolean => l.kind === r.kind && l.key === r.key;
  // common head and tail need no diff: run jsdiff on the middle only
  let head = 0;
  while (head < a.length && head < b.length && same(a[head] as QuoteToken, b[head] as QuoteToken)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail] as QuoteToken, b[b.length - 1 - tail] as QuoteToken)) tail++;
  const middle = head === a.length && head === b.length ? [] : diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail), { comparator: same });
  const parts: { added: boolean; removed: boolean; count: number }[] = [];
  if (head > 0) parts.push({ added: false, removed: false, count: head });
  parts.push(...middle);
  if (tail > 0) parts.push({ added: false, removed: false, count: tail });
  const raw: RawChange[] = [];
  let ai = 0;
  let bi = 0;
  let removed: QuoteToken[] = [];
  let added: QuoteToken[] = [];
  const flush = (atEnd: boolean): void => {
    if (removed.length > 0 || added.length > 0) raw.push(...classifyHunk(removed, added, atEnd));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) {
      removed.push(...a.slice(ai, ai + part.count));
      ai += part.count;
    } else if (part.added) {
      added.push(...b.slice(bi, bi + part.count));
      bi += part.count;
    } else {
      flush(false);
      for (let k = 0; k < part.count; k++) {
        const x = a[ai + k];
        const y = b[bi + k];
        if (x === undefined || y === undefined) continue;
        const type = keptWordChange(x, y);
        if (type === null) continue;
        const prev = raw[raw.length - 1];
        const prevTo = prev?.to[prev.to.length - 1];
        const prevFrom = prev?.from[prev.from.length - 1];
        // consecutive kept tokens with the same kind of change form one change ("THE SCO")
        if (prev !== undefined && prev.type === type && prevFrom === a[ai + k - 1] && prevTo === b[bi + k - 1]) {
          prev.from.push(x);
          prev.to.push(y);
        } else {
          raw.push({ type, from: [x], to: [y] });
        }
      }
      ai += part.count;
      bi += part.count;
    }
  }
  flush(true);
  const changes = pairReorderings(raw).map((c) => toChange(c, fromText, toText));
  // identical tokens but different texts: only spacing or invisible characters differ
  if (changes.length === 0) changes.push(whitespaceChange(fromText, toText));
  return changes;
}

function keptWordChange(x: QuoteToken, y: QuoteToken): ChangeType | null {
  if (x.raw === y.raw) return null;
  return detect(KEPT_TOKEN_DETECTORS, { from: x, to: y });
}

function detect<Subject>(detectors: readonly Detector<Subject>[], subject: Subject): ChangeType {
  for (const detector of detectors) if (detector.detects(subject)) return detector.class;
  throw new Error("No change detector matched: the last detector of each list in src/drift/change-detectors.ts must match anything.");
}

function classifyHunk(removed: QuoteToken[], added: QuoteToken[], atEnd: boolean): RawChange[] {
  const out: RawChange[] = [];
  const fromBrackets = removed.filter((t) => t.kind === "bracket");
  const toBrackets = added.filter((t) => t.kind === "bracket");
  for (let k = 0; k < Math.max(fromBrackets.length, toBrackets.length); k++) {
    const f = fromBrackets[k];
    const t = toBrackets[k];
    out.push({ type: "editorial-insertion", from: f === undefined ? [] : [f], to: t === undefined ? [] : [t] });
  }
  const from = removed.filter((t) => t.kind !== "bracket");
  const to = added.filter((t) => t.kind !== "bracket");
  if (from.length === 0 && to.length === 0) return out;
  const stretch: ChangedStretch = {
    from, to,
    fromWords: from.filter((t) => t.kind === "word"),
    toWords: to.filter((t) => t.kind === "word"),
    ellipsis: from.some((t) => t.kind === "ellipsis") || to.some((t) => t.kind === "ellipsis"),
    atEnd,
  };
  const type = detect(STRETCH_DETECTORS, stretch);
  // a bracket hunk that only moved punctuation around it keeps just the editorial change
  if (type === "punctuation" && out.length > 0 && sameKeys(from, to)) return out;
  out.push({ type, from, to });
  return out;
}

/** A deletion in one place and an insertion of the same words in another: one reordering. */
function pairReorderings(changes: RawChange[]): RawChange[] {
  const out = [...changes];
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (d === undefined || (d.type !== "deletion" && d.type !== "insertion")) continue;
    const want = d.type === "deletion" ? "insertion" : "deletion";
    const dWords = (d.type === "deletion" ? d.from : d.to).filter((t) => t.kind === "word");
    for (let j = i + 1; j < out.length; j++) {
      const e = out[j];
      if (e === undefined || e.type !== want) continue;
      const eWords = (e.type === "deletion" ? e.from : e.to).filter((t) => t.kind === "word");
      if (!haveSameWords(dWords, eWords)) continue;
      const del = d.type === "deletion" ? d : e;
      const ins = d.type === "deletion" ? e : d;
      out[i] = { type: "reordering", from: del.from, to: ins.to };
      out.splice(j, 1);
      break;
    }
  }
  return out;
}

function sameKeys(x: QuoteToken[], y: QuoteToken[]): boolean {
  return x.length === y.length && x.every((t, i) => t.key === y[i]?.key);
}

function toChange(c: RawChange, fromText: string, toText: string): Change {
  const from = span(c.from, fromText);
  const to = span(c.to, toText);
  return { type: c.type, from, to, severity: rateChangeSeverity(c.type, c.from, c.to) };
}

function span(tokens: QuoteToken[], text: string): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first === undefined || last === undefined ? "" : text.slice(first.start, last.end);
}

/** Same tokens, different spacing: one typography change over the differing stretch. */
function whitespaceChange(fromText: string, toText: string): Change {
  let p = 0;
  while (p < fromText.length && p < toText.length && fromText[p] === toText[p]) p++;
  let s = 0;
  while (s < fromText.length - p && s < toText.length - p && fromText[fromText.length - 1 - s] === toText[toText.length - 1 - s]) s++;
  return { type: "typography", from: fromText.slice(p, fromText.length - s), to: toText.slice(p, toText.length - s), severity: rateChangeSeverity("typography", [], []) };
}
