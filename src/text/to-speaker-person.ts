import type { SpeakerType } from "../model/quote.ts";
import { isOutletSpeaker } from "./is-outlet-speaker.ts";
import { parsePersonName, type PersonName } from "./parse-person-name.ts";

/**
 * The person a mention's speaker names, as the matcher reads it (see toKeyEntry and
 * buildKeyTable): null for an organisation or document speaker, for the name of a known outlet of
 * two or more words ("Fox News"), and for what parsePersonName does not read as a person.
 */
export function toSpeakerPerson(speaker: string, speakerType: SpeakerType | null): PersonName | null {
  if (speakerType !== null && speakerType !== "person") return null;
  // a run names few speakers many times (a million mentions, tens of thousands of names)
  let person = read.get(speaker);
  if (person === undefined) {
    if (read.size >= MEMO_SIZE) read.clear();
    person = isOutletSpeaker(speaker) ? null : parsePersonName(speaker);
    read.set(speaker, person);
  }
  return person;
}

/** speakers (of a person or unknown type) read so far; the persons are parsePersonName's, frozen; cleared when full */
const read = new Map<string, PersonName | null>();
const MEMO_SIZE = 100_000;
