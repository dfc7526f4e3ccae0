/**
 * English weekday names as written, in JavaScript's Date order (index = getUTCDay(), Sunday = 0).
 * Read by src/ingest/resolve-event-date.ts to resolve "on Tuesday" against a known date.
 */
export const WEEKDAY_NAMES: readonly string[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
