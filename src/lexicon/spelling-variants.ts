/**
 * UK -> US spelling variants, read by text/to-us-spelling.ts: word pairs, and stems whose
 * -our / -re / -ll forms are generated with their tails.
 */

/** -ise words spelt so in US English too (kept as they are, for readable keys). */
export const ISE_KEEP: ReadonlySet<string> = new Set([
  "advise", "arise", "chastise", "comprise", "compromise", "demise", "despise", "devise", "disguise",
  "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise", "merchandise",
  "premise", "promise", "revise", "supervise", "surmise", "surprise", "televise", "treatise",
  "otherwise", "clockwise", "likewise", "noise", "poise", "praise", "raise", "cruise", "bruise",
  "precise", "concise", "paradise", "sunrise", "reprise", "appraise", "apprise", "guise", "wise",
]);

export const OUR_STEMS: readonly string[] = [
  "colo", "hono", "labo", "favo", "behavio", "neighbo", "harbo", "rumo", "armo", "endeavo", "vigo",
  "rigo", "humo", "tumo", "odo", "valo", "vapo", "savo", "flavo", "clamo", "parlo", "splendo",
  "cando", "fervo", "ardo", "savio", "demeano",
];
export const OUR_TAILS: readonly string[] = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less", "er", "ers", "ist", "ism", "y"];

export const RE_STEMS: readonly string[] = [
  "cent", "theat", "met", "lit", "fib", "calib", "sab", "somb", "spect", "meag", "lust", "tit",
  "mit", "scept", "goit", "manoeuv", "reconnoit",
];
export const RE_TAILS: readonly string[] = ["", "s", "d"];

export const LL_STEMS: readonly string[] = [
  "travel", "cancel", "label", "model", "fuel", "signal", "channel", "counsel", "level", "total",
  "marvel", "quarrel", "equal", "dial", "duel", "pencil", "tunnel", "shovel", "rival", "libel",
  "panel", "initial", "jewel", "funnel", "grovel", "snorkel", "yodel", "refuel", "tranquil",
];

export const SPELLING_PAIRS: readonly (readonly [string, string])[] = [
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
