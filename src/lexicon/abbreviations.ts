/** Abbreviations whose dot does not end a sentence ("Mr.", "Corp.", "U.S.", "Jan."). Lower case, without the final dot. Used by src/extract/split-sentences.ts. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st",
  "jr", "sr", "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "vs", "etc", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
  "mt", "ft", "rev", "hon", "adm", "maj", "cmdr", "supt", "fig", "approx", "est", "dept", "univ",
  "sens", "reps", "messrs",
]);
