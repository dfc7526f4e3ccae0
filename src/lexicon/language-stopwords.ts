/**
 * English function words: in English news prose they make up 35-50% of the words; in other
 * languages written in Latin script they are rare (shared forms like "a", "in", "on" keep those
 * well under 10%). Used by src/ingest/detect-language.ts.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been", "being", "that", "this",
  "these", "those", "it", "its", "for", "on", "with", "as", "by", "at", "from", "has", "have", "had", "he", "she",
  "they", "we", "you", "his", "her", "their", "our", "said", "will", "would", "can", "could", "should", "not",
  "but", "or", "which", "who", "whom", "whose", "what", "when", "where", "there", "than", "then", "also", "after",
  "before", "about", "into", "over", "under", "between", "against", "during", "while", "all", "any", "more",
  "most", "other", "some", "such", "no", "only", "own", "same", "so", "too", "very", "just", "up", "out", "if",
  "because", "until", "both", "each", "few", "how", "why", "i", "me", "my", "him", "them", "us", "your", "do",
  "does", "did", "having", "here", "again", "further", "once", "new", "one", "two", "last", "first", "told",
  "says", "may", "must", "since", "without", "within", "through", "among", "being", "it's", "don't", "per",
]);
