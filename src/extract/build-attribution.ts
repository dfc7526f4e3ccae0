import type { Attribution, AttributionBase, AttributionMode, NounPhrase, Scan } from "./types.ts";

/** Building blocks of an attribution rule's result: the attribution itself, the sentence's credited source, the second content piece. */

/**
 * `base` with mode, subject and content, built field by field (no object spread in the hot path).
 * Every attribution is built with these fields in this order, `content2` included (undefined until
 * withSecond sets it), so that all have one shape: code that reads them stays optimised (an
 * attribution of another shape arriving later made V8 drop and recompile extractQuotes).
 */
export function attr(base: AttributionBase, mode: AttributionMode, np: NounPhrase | null, content: [number, number] | null): Attribution {
  return { cueFirst: base.cueFirst, cueLast: base.cueLast, cueStart: base.cueStart, cueEnd: base.cueEnd, lemma: base.lemma, mode, np, content, content2: undefined, channelOnly: base.channelOnly };
}

export function setSource(sc: Scan, name: string, start: number, end: number): void {
  if (!sc.source) sc.source = { name, mention: sc.text.slice(start, end), start, end };
}

/** takes the second content piece left by leadingOrTrailing, if any */
export function withSecond(sc: Scan, a: Attribution): Attribution {
  if (sc.pendingSecond && a.content && sc.pendingSecond[0] > a.content[1]) a.content2 = sc.pendingSecond;
  sc.pendingSecond = null;
  return a;
}
