import type { MatchableMention } from "../model/family.ts";
import { findOutletByName } from "../lexicon/outlet-names.ts";
import { isTitleLike } from "../text/is-title-like.ts";
import type { KeyEntry } from "./build-key-table.ts";

/**
 * A mention as a key entry. Its date for the window and the stories is the page date when known
 * (when the outlet published it), else the earliest known date: an event date read from the text
 * can be years off ("September 11, 2001" in a 2010 article). A speaker that is the name of a
 * known outlet of two or more words ("Fox News" for "the Fox News host") is an organisation,
 * whatever extraction typed: it never names a person (a one-word outlet name may be a surname:
 * "Bloomberg").
 */
export function toKeyEntry(m: MatchableMention, words: readonly string[], speaker: string | null, fresh: boolean, alone = false): KeyEntry {
  return {
    speaker, speakerType: speaker !== null && isOutletName(speaker) ? "organization" : m.speakerType ?? null, speakerMention: m.speakerMention, words, date: m.pageDate ?? m.date, indirect: m.kind === "indirect",
    articleId: m.articleId, id: m.id, fresh, alone, title: isTitleLike(m.text),
  };
}

function isOutletName(name: string): boolean {
  // a run names few speakers many times
  let outlet = outlets.get(name);
  if (outlet === undefined) {
    if (outlets.size >= MEMO_SIZE) outlets.clear();
    outlet = name.trim().split(/\s+/).length >= 2 && findOutletByName(name) !== null;
    outlets.set(name, outlet);
  }
  return outlet;
}

/** speaker names read so far: is it a known outlet's; cleared when full */
const outlets = new Map<string, boolean>();
const MEMO_SIZE = 100_000;
