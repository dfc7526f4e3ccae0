/** Month and weekday names (and abbreviations) and relative days, lower-case. "may" is also a modal verb. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "yesterday", "today", "tomorrow", "tonight",
]);
