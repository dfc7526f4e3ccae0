/**
 * Capitalised words that begin sentences or name times and places but are never part of a
 * person's name. Lower case.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "but", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by",
  "to", "of", "as", "if", "when", "while", "after", "before", "during", "since", "until", "though",
  "although", "because", "however", "meanwhile", "moreover", "also", "still", "then", "there", "here",
  "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
  "their", "our", "my", "your", "who", "what", "which", "where", "why", "how", "not", "no", "yes",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "today", "yesterday", "tomorrow", "earlier", "later", "last", "next", "according", "read",
  "opinion", "related", "share", "comment", "comments", "like", "photo", "video", "watch", "click",
  "all", "some", "many", "most", "every", "each", "both", "one", "two", "new", "more", "such",
  "mr", "mrs", "ms", "dr", "said", "says", "told", "asked", "added", "now", "just", "even",
  "moscow", "beijing", "washington", "tehran", "london", "paris", "kremlin", "china", "russia",
  "iran", "belarus", "ukraine", "india", "pakistan", "syria", "iraq", "israel", "america",
  "europe", "asia", "africa", "sco", "nato", "un", "eu", "us", "u.s.", "uk",
]);
