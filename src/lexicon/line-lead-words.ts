/**
 * Words that open or mark a single page line as a teaser, photo caption, credit or page id, as
 * whole-line patterns (linear: no nested quantifiers). Read by src/ingest/classify-line.ts.
 */

/** a teaser line: a label of a link to another story, then a colon ("Read more: ...", "Opinion: ...") */
export const TEASER = /^(?:read|read more|read also|also read|opinion|watch|listen|see also|related|more|analysis|video|photos|interview|editorial|must read|recommended)\s*:\s*\S/i;

/** a photo caption's opening word ("Photo: ...", "File photo by ...") */
export const CAPTION_LEAD = /^(?:photo|image|picture|file photo|pictured|caption|photograph|illustration)\s*(?::|\||—|–|-|by\b)/i;

/** a photo credit in brackets at the end of a line ("(Photo: Reuters)") */
export const CAPTION_PAREN_CREDIT = /\((?:photo|file photo|image|picture|photograph)\b[^()]{0,100}\)$/i;

/** words that show a bracketed end of line is a photo credit ("[Getty Images]", "[Reuters/File]") */
export const CREDIT_WORDS = /\/|photo|image|getty|agency|reuters|afp|\bap\b|epa|file|handout|wikimedia|twitter|courtesy|credit|press service|ministry/i;

/** a source credit line ("Original News: https://...", "Source: ...", "h/t: ...") */
export const CREDIT_LINE = /^(?:original news|original article|original story|original post|originally published(?: [a-z]{2,4})?|source|sources|via|h\/t|hat tip|read the original|courtesy)\s*:/i;

/** a page's own id line ("Story code: 123456", "News ID: 889") */
export const PAGE_META = /^(?:story code|news code|news id|article id|post id|id)\s*:\s*[\w-]{1,20}$/i;
