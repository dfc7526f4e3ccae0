/**
 * Words inside person and organisation names that are not names themselves. All lower case.
 * Used by src/extract/parse-noun-phrase.ts and src/extract/build-entity-registry.ts.
 */

/** title abbreviations whose dot belongs to the name phrase */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "adm", "maj", "cmdr", "rev", "hon", "st"]);

/** lower-case connectors inside names ("Minister of Defense", "Osama bin Laden", "Ursula von der Leyen") */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "for", "to", "on", "de", "al", "von", "van", "bin", "da", "del", "la", "le", "du", "el", "ibn", "der"]);

/** capitalised stop words that still belong to a name phrase (places and bodies in "Iranian Ambassador to Russia") */
export const PROPER_STOPS = /^(moscow|beijing|washington|tehran|london|paris|kremlin|china|russia|iran|belarus|ukraine|india|pakistan|syria|iraq|israel|america|europe|asia|africa|sco|nato|un|eu|us|u\.s\.|uk)$/;

/** role words that make an organisation-like phrase before a name's comma its role ("Iranian Ambassador to Russia, Kazem Jalali") */
export const ROLEISH: ReadonlySet<string> = new Set(["minister", "ambassador", "president", "spokesman", "spokeswoman", "secretary", "envoy", "chief", "head", "director", "governor", "senator", "councilor", "chairman", "adviser", "advisor"]);
