/**
 * Words that decide what a role or document mention refers back to ("the senior minister", "the
 * report"). All lower case. Used by src/extract/resolve-speaker.ts.
 */

/** role words that say nothing about which person is meant ("the former", "his", "top") */
export const GENERIC: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "top", "senior", "former", "new"]);

/** nationality words a person's role may lack and still match ("the Chinese defense minister" -> Li, "defense minister") */
export const DEMONYM_SOFT = /^(chinese|russian|iranian|american|british|french|german|indian|pakistani|belarusian|ukrainian|israeli|turkish|japanese|korean|china|russia|iran|us|u\.s\.)$/;

/** heads of "the/this/that ..." mentions that refer back to the outlet last named ("the newspaper", "this report") */
export const REFERS_TO_OUTLET: ReadonlySet<string> = new Set(["article", "report", "paper", "newspaper", "daily", "website", "outlet", "agency", "publication", "magazine", "broadcaster", "channel", "editorial", "piece", "story"]);
