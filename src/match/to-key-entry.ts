import type { MatchableMention } from "../model/family.ts";
import { isOutletSpeaker } from "../text/is-outlet-speaker.ts";
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
    speaker, speakerType: speaker !== null && isOutletSpeaker(speaker) ? "organization" : m.speakerType ?? null, speakerMention: m.speakerMention, words, date: m.pageDate ?? m.date, indirect: m.kind === "indirect",
    articleId: m.articleId, id: m.id, fresh, alone, title: isTitleLike(m.text),
  };
}

