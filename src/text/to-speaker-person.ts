import { findOutletByName } from "../lexicon/outlet-names.ts";
import type { SpeakerType } from "../model/quote.ts";
import { parsePersonName, type PersonName } from "./parse-person-name.ts";

/**
 * The person a mention's speaker names, as the matcher reads it (see toKeyEntry and
 * buildKeyTable): null for an organisation or document speaker, for the name of a known outlet of
 * two or more words ("Fox News"), and for what parsePersonName does not read as a person.
 */
export function toSpeakerPerson(speaker: string, speakerType: SpeakerType | null): PersonName | null {
  if (speakerType !== null && speakerType !== "person") return null;
  if (speaker.trim().split(/\s+/).length >= 2 && findOutletByName(speaker) !== null) return null;
  return parsePersonName(speaker);
}
