/**
 * Words of the verbless credit lines: the dash credit ("“...” — Mayor Tom Reed") and the colon
 * introduction ("Statement from the mayor:"). Used by src/extract/rules/dash-credit.ts and
 * src/extract/rules/colon-introduction.ts.
 */

/** a hyphen, en dash, em dash or horizontal bar token */
export const DASHES: ReadonlySet<string> = new Set(["-", "\u2013", "\u2014", "\u2015"]);

/** words that make the rest after the name a clause, not a description ("— Tom Reed, who was ...") */
export const CREDIT_CLAUSE_WORDS = /^(is|was|are|were|will|would|has|have|had|can|could|should|may|might|must|does|did|who|which|that|when|where|and|but)$/;

/** nouns that may open an introduction before "from": "Statement from the mayor:", "A comment from X:" */
export const INTRO_NOUNS: ReadonlySet<string> = new Set(["a", "an", "the", "full", "statement", "statements", "comment", "comments", "response", "reply", "message", "quote", "word", "words", "note", "remarks", "text", "more", "and", "also"]);
