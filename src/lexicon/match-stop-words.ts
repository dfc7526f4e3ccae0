/**
 * Words that carry no content for paraphrase matching (an indirect claim and a direct quote are
 * compared on their other words of 3+ letters): function words, pronouns, reporting verbs and a
 * few words every defence statement repeats.
 */
export const MATCH_STOP_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
  "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
  "those", "we", "our", "us", "they", "their", "them", "he", "his", "him", "she", "her", "i", "my",
  "you", "your", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
  "does", "did", "have", "has", "had", "not", "no", "so", "than", "then", "there", "here", "which",
  "who", "whom", "what", "when", "where", "how", "all", "also", "well", "very", "more", "most",
  "within", "into", "about", "said", "says", "say", "told", "ready", "continue", "new", "newest",
]);
