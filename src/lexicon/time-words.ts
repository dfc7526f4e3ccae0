/**
 * Words of the short time or place tail after a trailing cue ("..., Li said on Tuesday",
 * "..., she told reporters in Geneva"). All lower case. Used by the attribution rules in
 * src/extract/rules/.
 */

/** words that may follow "on" in a time tail ("on Tuesday", "on the 5th", "on Sunday's show") */
export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|\d.*|last|this|that|sunday's|friday's|saturday's|monday's|tuesday's|wednesday's|thursday's)$/;

export const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** words that open a short adverbial after a cue ("in a statement", "told reporters", "while ...") */
export const TAIL_OPENERS = /^(on|in|at|during|last|this|late|early|earlier|later|yesterday|today|tonight|overnight|recently|afterwards|afterward|told|after|before|while|when|as|through|via|upon|outside)$/;
