import { findOutletByName } from "../lexicon/outlet-names.ts";

/**
 * Whether a speaker is the name of a known outlet of two or more words ("Fox News" for "the Fox
 * News host"): such a speaker is an organisation whatever extraction typed (a one-word outlet name
 * may be a surname: "Bloomberg"). The one rule toKeyEntry and toSpeakerPerson both read; memoised,
 * since a run names few speakers many times.
 */
export function isOutletSpeaker(name: string): boolean {
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
