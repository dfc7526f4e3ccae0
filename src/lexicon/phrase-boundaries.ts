/**
 * Function words that bound a subject or source phrase found without a name ("Several supporters
 * of reform said", "according to state corporate records"). All lower case. Used by the
 * attribution rules in src/extract/rules/.
 */

/** words that cannot be the head of a subject noun phrase ("... that said", "to say") */
export const NOT_HEAD: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "what", "when", "where", "why", "how", "if", "and", "but", "or", "to", "not", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "so", "be", "been", "being", "there", "here", "also", "just", "only", "this", "these", "those", "because", "while", "although", "though", "since", "until", "unless", "whether", "then", "now", "ever", "never", "once"]);

/** words a plain subject phrase never runs across (clause words, auxiliaries) */
export const NP_STOP: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "what", "when", "where", "if", "because", "while", "although", "though", "since", "until", "unless", "whether", "and", "but", "or", "so", "than", "as", "after", "before", "to", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not"]);

/** prepositions that may sit inside a subject phrase but never open it ("supporters of reform") */
export const NP_INNER: ReadonlySet<string> = new Set(["of", "in", "for", "from", "at", "on", "with"]);

/** words (lower case, not capitalised in the text) that end the phrase after "according to" */
export const ACCORDING_STOP: ReadonlySet<string> = new Set(["that", "who", "which", "issued", "released", "published", "after", "when", "on", "in", "at", "as", "obtained", "seen", "cited", "quoted", "posted", "and", "but", "during", "from", "last", "this", "earlier", "late", "early"]);

/** conjunctions that open a subordinate clause before the main clause and its subject ("After X finished, Grimm said") */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "when", "while", "although", "though", "because", "since", "once", "until", "unless", "whereas", "if", "as"]);
