/**
 * Words for finding the name of the event where a quote was said ("at the Munich Security
 * Conference"). Read by src/provenance/find-setting-candidates.ts.
 */

/** Lower-case words that may join the capitalised words of an event name ("Conference on Disarmament"). */
export const EVENT_NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "on", "for", "and", "in", "the", "de", "to", "&"]);

/** Capitalised words that end an event name ("... on International Security on Tuesday"): weekdays and months. */
export const NOT_EVENT_NAME_WORDS: ReadonlySet<string> = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
]);

/** Text that introduces an event name, as written (searched case-sensitively). */
export const EVENT_INTRODUCERS: readonly string[] = ["at the ", "At the "];
