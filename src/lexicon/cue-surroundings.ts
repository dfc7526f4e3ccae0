/**
 * Words around a reporting verb that decide how its subject is found. All lower case.
 * Used by the attribution rules in src/extract/rules/.
 */

/** auxiliaries, adverbs and reflexives skipped between a subject and its cue ("has also said", "told reporters himself") */
export const AUX: ReadonlySet<string> = new Set(["has", "have", "had", "was", "is", "were", "are", "also", "further", "later", "then", "again", "previously", "reportedly", "recently", "once", "would", "will", "did", "does", "do", "has", "had", "not", "never", "already", "earlier", "repeatedly", "publicly", "privately", "told", "may", "might", "could", "can", "should", "must", "simply", "just", "often", "always", "even", "still", "however", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't", "couldn't", "isn't", "wasn't", "shouldn't", "going", "want", "wants", "wanted", "to", "be", "been", "being", "only", "actually", "now", "first", "finally", "quickly", "immediately", "flatly", "openly", "here", "there", "too", "all", "both", "each", "themselves", "himself", "herself", "itself"]);

/** a word before "quoted"/"cited"/"asked"/"told" that makes the verb passive or not a cue ("was told", "as reported") */
export const PASSIVE: ReadonlySet<string> = new Set(["was", "were", "been", "being", "be", "is", "are", "when", "if", "as"]);

/** the forms of "be" that make "X was asked whether" passive (the one asked is not the asker) */
export const PASSIVE_BE = /^(was|were|been|being|is|are|be)$/;

/** a word before a participle cue that makes it progressive ("was saying", "kept telling"), not a participle clause */
export const PROGRESSIVE = /^(is|was|are|were|been|be|am|'s|keeps|kept|started|began|continues|continued)$/;

/** a word right before a cue that makes the cue a noun ("his remarks", "the report", "Trump's tweets") */
export const NOUN_DETERMINERS = /^(the|a|an|his|her|their|its|our|my|your|this|these|those)$/;

/** "quoted/cited X as saying": the verbs after "as" */
export const QUOTED_AS_VERBS = /^(saying|stating|telling|writing|adding)$/;

/** an article or possessive before "interview"/"remarks" that the channel credit takes in ("in an interview with CNN") */
export const INTERVIEW_DETERMINERS = /^(an|a|the|his|her|their)$/;

/** words that open the question of "asked whether/if/how ..." */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["whether", "if", "how", "what", "why", "who", "whom", "when", "where", "which", "about"]);

/** object pronouns after "asked" before the question ("asked him whether") */
export const OBJECT_PRONOUNS = /^(him|her|them|me|us|you)$/;

/** addressees skipped after an object cue before its content ("told reporters that", "assured them") */
export const ADDRESSEES = /^(reporters|journalists|lawmakers|supporters|voters|people|him|her|them|us|me|you)$/;

/** words after a comma that open an apposition or relative clause before the cue ("Li, who became ..., said") */
export const APPOSITION_OPENERS = /^(a|an|the|who|which|whose|its|his|her|their|also|himself|herself|one|former|then|now)$/;
