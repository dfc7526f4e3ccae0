import type { SpeakerType } from "../model/quote.ts";
import { hashKey } from "./hash-key.ts";
import { toSpeakerPerson } from "./to-speaker-person.ts";

/**
 * A speaker's keys in the story index (`story_key`: key, page day, mention), as stories relate
 * articles (src/match/find-stories.ts): two articles within days of each other are in one story
 * when they quote persons sharing a name word that is a FAMILY name (or a bare name) in at least
 * one of them; a given name shared by two full names ("John Smith", "John Doe") relates nothing.
 * - `posted`: the keys a mention is stored under: its person's family name (a bare name is one)
 *   and, apart, its given name;
 * - `sought`: the keys that find the stored mentions of its story: its family name as a stored
 *   family or given name ("Li" finds "Li Shangfu" and "Shangfu Li"), its given name as a stored
 *   family name only (a bare "John").
 * - `resolvedBy`: for a bare name, the keys of the full names it resolves against within its story
 *   (Stories.fullNames: a full name with that word as its family or given name; its `sought`
 *   keys), else none: a full name is read against nothing.
 * Empty for what toSpeakerPerson reads as no person (an organisation, a known outlet, a role
 * noun, "people familiar with the talks"): such speakers relate no stories.
 */
export interface StoryKeys {
  posted: number[];
  sought: number[];
  resolvedBy: number[];
}

const NONE: StoryKeys = Object.freeze({ posted: [], sought: [], resolvedBy: [] }) as StoryKeys;

export function toStoryKeys(speaker: string | null, speakerType: SpeakerType | null): StoryKeys {
  if (speaker === null) return NONE;
  const person = toSpeakerPerson(speaker, speakerType);
  if (person === null) return NONE;
  const family = hashKey(`F\u0001${person.family}`);
  if (person.given === "") {
    const sought = [family, hashKey(`G\u0001${person.family}`)];
    return { posted: [family], sought, resolvedBy: sought };
  }
  const given = hashKey(`G\u0001${person.given}`);
  return { posted: [family, given], sought: [...new Set([family, hashKey(`G\u0001${person.family}`), hashKey(`F\u0001${person.given}`)])], resolvedBy: [] };
}
