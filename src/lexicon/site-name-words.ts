/**
 * Words for finding a site's own name in its page chrome (copyright line, masthead). Lower case.
 * Read by src/ingest/find-site-name.ts.
 */

/** Short words a site name may hold in lower case ("Voice of America", "The Times of India"). */
export const SITE_NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "and", "&", "de", "del", "la", "le", "el", "al", "for", "on", "in", "du", "des", "der", "die"]);

/** Words that never name a site: page furniture, dates. */
export const NOT_SITE_NAME_WORDS: ReadonlySet<string> = new Set([
  "menu", "home", "search", "login", "log", "sign", "subscribe", "open", "close", "skip", "share", "comments", "comment",
  "news", "latest", "posts", "related", "editor", "online", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "advertisement", "breaking", "live", "updated", "published", "by",
]);
