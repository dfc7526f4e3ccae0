/**
 * Which gold attributions count for recall: those whose cue is a speech verb or "according to".
 *
 * The list is the eval README's (said, says, told, added, stated, wrote, explained, noted, argued,
 * asked, announced, declared, insisted, claimed, warned, reported, confirmed, replied, tweeted,
 * urged, stressed, pointed out) with each verb's ordinary inflections, nothing more: verbs the
 * README does not name ("acknowledged", "called", "suggested", ...) are NOT speech cues here, so
 * the measure cannot be widened or narrowed by whoever tunes the engine.
 *
 * Matching is on words of the cue text, case-insensitive, punctuation trimmed: a cue counts when
 * ANY of its words is one of the inflections below ("has said", "also said", "said Thursday
 * morning", "said:" all count), or when it contains the word pair "according to", or "point(s|ed|ing)
 * out" as consecutive words. Gold cues of PolNeAR are short phrases, so "any word" is safe.
 *
 * Changing this list changes every figure: keep it equal to the protocol used on the test split.
 */
const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  state: ["state", "states", "stated", "stating"],
  write: ["write", "writes", "wrote", "written", "writing"],
  explain: ["explain", "explains", "explained", "explaining"],
  note: ["note", "notes", "noted", "noting"],
  argue: ["argue", "argues", "argued", "arguing"],
  ask: ["ask", "asks", "asked", "asking"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  insist: ["insist", "insists", "insisted", "insisting"],
  claim: ["claim", "claims", "claimed", "claiming"],
  warn: ["warn", "warns", "warned", "warning"],
  report: ["report", "reports", "reported", "reporting"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  reply: ["reply", "replies", "replied", "replying"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  urge: ["urge", "urges", "urged", "urging"],
  stress: ["stress", "stresses", "stressed", "stressing"],
};

const POINT_OUT_FORMS = new Set(["point", "points", "pointed", "pointing"]);

const LEMMA_OF_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(SPEECH_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** The cue groups reported separately ("recall per cue"); every other speech cue is "other". */
export type CueGroup = "according to" | "said" | "told" | "reported" | "other speech" | "not speech";

export interface CueClass {
  /** true when the attribution counts for recall */
  speech: boolean;
  /** "according to", "point out", or the lemma of the first speech verb of the cue ("say") */
  lemma: string | null;
  group: CueGroup;
}

const GROUP_OF_LEMMA: Readonly<Record<string, CueGroup>> = {
  "according to": "according to",
  say: "said",
  tell: "told",
  report: "reported",
};

/** Classifies a gold cue text (null when the attribution has no cue: never speech). */
export function classifyCue(cueText: string | null): CueClass {
  if (cueText === null) return { speech: false, lemma: null, group: "not speech" };
  const words = cueText
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z]+|[^a-z]+$/g, ""))
    .filter((w) => w.length > 0);
  let lemma: string | null = null;
  for (let i = 0; i < words.length && lemma === null; i++) {
    const word = words[i] ?? "";
    const next = words[i + 1];
    if (word === "according" && next === "to") lemma = "according to";
    else if (POINT_OUT_FORMS.has(word) && next === "out") lemma = "point out";
    else lemma = LEMMA_OF_FORM.get(word) ?? null;
  }
  if (lemma === null) return { speech: false, lemma: null, group: "not speech" };
  return { speech: true, lemma, group: GROUP_OF_LEMMA[lemma] ?? "other speech" };
}
