import { SPEAKER_PRONOUNS } from "./pronouns.ts";

/**
 * Words that show a clause opens or goes on: finite auxiliaries, clause verbs, subject pronouns,
 * and the words that make a phrase a topic rather than a clause. All lower case. Used by the
 * attribution rules in src/extract/rules/ to tell "said he will" from "said on Tuesday".
 */

/** finite auxiliaries */
export const FINITE = /^(is|was|are|were|will|would|has|have|had|can|could|should|may|might|must|does|did|won't|wouldn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|can't|couldn't|doesn't|didn't|shouldn't)$/;

/** a word after a subject that makes it a clause ("said the deal would", "said it remains") */
export const CLAUSE_VERBS = /^(is|was|will|would|has|had|have|can|could|should|may|might|must|does|did|remains|plans|wants|needs|intends|expects|hopes|believes|is|isn't|wasn't|won't|wouldn't|doesn't|didn't|hasn't|can't|also|[a-z]+ed|[a-z]+ly)$/;

/** subject pronouns that open a clause: the speaker pronouns but "it" (which needs a verb after it) */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS.keys()].filter((p) => p !== "it"));

/** a first word after a cue that makes what follows a topic, not content ("said on Tuesday", "spoke about it") */
export const TOPIC_PREPS: ReadonlySet<string> = new Set(["on", "about", "of", "with", "for", "by", "in", "at", "during", "to", "from", "into", "up", "off", "over", "it", "him", "her", "them", "this", "so", "no", "nothing", "something"]);

/** a first word after "announced"/"reported" that makes the object the content ("announced his candidacy") */
export const DETERMINER_RE = /^(his|her|their|its|a|an|the|plans|new|more|no)$/;

/** a non-restrictive relative clause after the content is the writer's, not the speaker's */
export const RELATIVE_CUT: ReadonlySet<string> = new Set(["which"]);
