/**
 * Classes of reporting-verb lemmas (the lemmas of src/lexicon/cue-verbs.ts) that change how the
 * content after the verb is read. Used by the attribution rules in src/extract/rules/.
 */

/** weak speech verbs that take a clause as content without "that" ("announced he will run") */
export const CLAUSE_LEMMAS: ReadonlySet<string> = new Set(["announce", "claim", "note", "argue", "explain", "insist", "stress", "report", "write", "add", "observe", "point", "recall", "confirm", "admit", "acknowledge", "suggest", "predict", "promise", "respond", "answer", "comment", "mention", "indicate", "reveal", "deny", "maintain", "agree", "remark"]);

/** verbs whose object is what was said ("announced his candidacy", "reported earnings of $8.42") */
export const OBJECT_CONTENT_LEMMAS: ReadonlySet<string> = new Set(["announce", "report", "reveal", "disclose", "confirm"]);

/** verbs whose addressee comes before the content ("told reporters that ...") */
export const OBJECT_SKIP: ReadonlySet<string> = new Set(["tell", "inform", "assure", "remind"]);

/** what "expressed" takes as content without "that" ("expressed readiness to ...") */
export const EXPRESSED: ReadonlySet<string> = new Set(["readiness", "hope", "confidence", "concern", "support", "willingness", "regret", "gratitude", "satisfaction", "interest", "optimism", "doubt", "doubts", "disappointment", "opposition", "condolences", "solidarity"]);
