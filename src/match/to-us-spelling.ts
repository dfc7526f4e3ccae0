/**
 * Maps one lower-case word to its US spelling so that US/UK pairs compare equal
 * (organisation/organization, defence/defense, colour/color, centre/center, travelled/traveled).
 * Words outside the lexicon and rules come back unchanged. The mapping only has to be
 * consistent, not a dictionary: both sides of a comparison go through it, so an unusual output
 * ("exercize") is harmless as long as two different real words never meet (rules are written so
 * that e.g. "our"/"or", "four"/"for", "prise"/"prize" stay apart).
 *
 * A possessive or contraction keeps its tail: "organisation's" -> "organization's".
 * "an" folds to "a" (see PAIRS).
 */
export function toUsSpelling(word: string): string {
  let out = MEMO.get(word);
  if (out === undefined) {
    out = fold(word);
    // bounded: untrusted text must not grow it without limit
    if (MEMO.size >= 100_000) MEMO.clear();
    MEMO.set(word, out);
  }
  return out;
}

const MEMO = new Map<string, string>();

function fold(word: string): string {
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) return fold(word.slice(0, apostrophe)) + word.slice(apostrophe);
  const listed = LEXICON.get(word);
  if (listed !== undefined) return listed;
  if (word.length < 6) return word;
  // -isation/-ise family -> -ization/-ize (root of at least 3 letters; "prise", "rise" too short)
  if (!word.includes("is") && !word.includes("ys")) return word;
  const ise = /^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able)$/.exec(word);
  if (ise !== null && !ISE_KEEP.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  // -yse -> -yze (analyse, paralyse, catalyse)
  const yse = /^([a-z]{2,})ys(e|es|ed|ing)$/.exec(word);
  if (yse !== null) return `${yse[1]}yz${yse[2]}`;
  return word;
}

/** -ise words spelt so in US English too (kept as they are, for readable keys). */
const ISE_KEEP = new Set([
  "advise", "arise", "chastise", "comprise", "compromise", "demise", "despise", "devise", "disguise",
  "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise", "merchandise",
  "premise", "promise", "revise", "supervise", "surmise", "surprise", "televise", "treatise",
  "otherwise", "clockwise", "likewise", "noise", "poise", "praise", "raise", "cruise", "bruise",
  "precise", "concise", "paradise", "sunrise", "reprise", "appraise", "apprise", "guise", "wise",
]);

const OUR_STEMS = [
  "colo", "hono", "labo", "favo", "behavio", "neighbo", "harbo", "rumo", "armo", "endeavo", "vigo",
  "rigo", "humo", "tumo", "odo", "valo", "vapo", "savo", "flavo", "clamo", "parlo", "splendo",
  "cando", "fervo", "ardo", "savio", "demeano",
];
const OUR_TAILS = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less", "er", "ers", "ist", "ism", "y"];

const RE_STEMS = [
  "cent", "theat", "met", "lit", "fib", "calib", "sab", "somb", "spect", "meag", "lust", "tit",
  "mit", "scept", "goit", "manoeuv", "reconnoit",
];
const RE_TAILS = ["", "s", "d"];

const LL_STEMS = [
  "travel", "cancel", "label", "model", "fuel", "signal", "channel", "counsel", "level", "total",
  "marvel", "quarrel", "equal", "dial", "duel", "pencil", "tunnel", "shovel", "rival", "libel",
  "panel", "initial", "jewel", "funnel", "grovel", "snorkel", "yodel", "refuel", "tranquil",
];

const PAIRS: readonly (readonly [string, string])[] = [
  ["defence", "defense"], ["defences", "defenses"], ["defenceless", "defenseless"],
  ["offence", "offense"], ["offences", "offenses"], ["licence", "license"], ["licences", "licenses"],
  ["pretence", "pretense"], ["practise", "practice"], ["practised", "practiced"], ["practising", "practicing"],
  ["programme", "program"], ["programmes", "programs"], ["catalogue", "catalog"], ["catalogues", "catalogs"],
  ["dialogue", "dialog"], ["dialogues", "dialogs"], ["analogue", "analog"], ["monologue", "monolog"],
  ["jewellery", "jewelry"], ["grey", "gray"], ["greys", "grays"], ["tyre", "tire"], ["tyres", "tires"],
  ["aluminium", "aluminum"], ["manoeuvre", "maneuver"], ["manoeuvres", "maneuvers"],
  ["enrol", "enroll"], ["enrols", "enrolls"], ["enrolment", "enrollment"], ["fulfil", "fulfill"],
  ["fulfils", "fulfills"], ["fulfilment", "fulfillment"], ["instil", "instill"], ["distil", "distill"],
  ["skilful", "skillful"], ["wilful", "willful"], ["judgement", "judgment"], ["judgements", "judgments"],
  ["acknowledgement", "acknowledgment"], ["ageing", "aging"], ["sceptical", "skeptical"],
  ["sceptic", "skeptic"], ["scepticism", "skepticism"], ["mould", "mold"], ["plough", "plow"],
  ["pyjamas", "pajamas"], ["cheque", "check"], ["cheques", "checks"], ["kerb", "curb"],
  ["paediatric", "pediatric"], ["encyclopaedia", "encyclopedia"], ["anaemia", "anemia"],
  ["oestrogen", "estrogen"], ["haemorrhage", "hemorrhage"], ["foetus", "fetus"], ["storey", "story"],
  ["draught", "draft"], ["gaol", "jail"], ["whilst", "while"], ["amongst", "among"],
  ["towards", "toward"], ["afterwards", "afterward"], ["learnt", "learned"], ["spelt", "spelled"],
  ["burnt", "burned"], ["dreamt", "dreamed"], ["spoilt", "spoiled"],
  ["sulphur", "sulfur"], ["mum", "mom"], ["moustache", "mustache"], ["artefact", "artifact"],
  ["artefacts", "artifacts"], ["axe", "ax"], ["cosy", "cozy"], ["doughnut", "donut"],
  // not US/UK but the same kind of change: the indefinite article's two forms, chosen by how the
  // next word is read ("a SCO member" / "an SCO member"), are one word, so a -> an is `spelling`
  ["an", "a"],
];

const LEXICON: ReadonlyMap<string, string> = buildLexicon();

function buildLexicon(): Map<string, string> {
  const map = new Map<string, string>(PAIRS.map(([uk, us]) => [uk, us]));
  for (const stem of OUR_STEMS) for (const tail of OUR_TAILS) map.set(`${stem}ur${tail}`, `${stem}r${tail}`);
  for (const stem of RE_STEMS) {
    for (const tail of RE_TAILS) map.set(`${stem}re${tail}`, `${stem}er${tail === "d" ? "ed" : tail}`);
  }
  for (const stem of LL_STEMS) {
    for (const tail of ["ed", "ing", "er", "ers"]) map.set(`${stem}l${tail}`, `${stem}${tail}`);
  }
  return map;
}
