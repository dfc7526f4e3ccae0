/**
 * Reporting verbs that introduce what someone said ("said", "told", "pointed out"). Each surface
 * form maps to its lemma. `object` verbs take the addressee before the content ("told reporters
 * that", "urged Iran to"); `particle` verbs need the word after them ("pointed out").
 * Beliefs ("thinks", "believes") are kept apart: they are attributions but not speech.
 */
export interface CueVerb {
  lemma: string;
  /** the addressee follows the verb: told X that ... */
  object?: boolean;
  /** a required particle: "out" for "point out" */
  particle?: string;
  /** a present participle ("saying", "adding"): its subject is the clause's subject */
  participle?: boolean;
  /** belief / cognition rather than speech */
  belief?: boolean;
}

const FORMS: Record<string, readonly string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  state: ["stated"],
  stress: ["stress", "stresses", "stressed", "stressing"],
  note: ["notes", "noted", "noting"],
  point: ["point", "points", "pointed", "pointing"],
  emphasize: ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising"],
  underline: ["underlined", "underlines", "underlining"],
  underscore: ["underscored", "underscores", "underscoring"],
  explain: ["explain", "explains", "explained", "explaining"],
  argue: ["argue", "argues", "argued", "arguing"],
  ask: ["asks", "asked", "asking"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  insist: ["insist", "insists", "insisted", "insisting"],
  claim: ["claim", "claims", "claimed", "claiming"],
  warn: ["warn", "warns", "warned", "warning"],
  report: ["reported", "reports"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  reply: ["replied", "replies", "replying"],
  respond: ["responded", "responds"],
  answer: ["answered"],
  tweet: ["tweeted", "tweets", "tweeting"],
  post: ["posted"],
  urge: ["urge", "urges", "urged", "urging"],
  write: ["write", "writes", "wrote", "writing"],
  comment: ["commented", "comments"],
  remark: ["remarked", "remarks"],
  observe: ["observed", "observes"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  admit: ["admit", "admits", "admitted", "admitting"],
  concede: ["concede", "concedes", "conceded"],
  recall: ["recalled", "recalls"],
  mention: ["mentioned"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  promise: ["promise", "promises", "promised", "promising"],
  vow: ["vow", "vows", "vowed", "vowing"],
  pledge: ["pledge", "pledges", "pledged", "pledging"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  contend: ["contend", "contends", "contended"],
  reiterate: ["reiterate", "reiterates", "reiterated", "reiterating"],
  restate: ["restated", "restates"],
  reveal: ["revealed", "reveals"],
  disclose: ["disclosed"],
  allege: ["allege", "alleges", "alleged", "alleging"],
  charge: ["charged"],
  testify: ["testified", "testifies"],
  complain: ["complain", "complains", "complained", "complaining"],
  joke: ["joked", "jokes"],
  quip: ["quipped"],
  boast: ["boasted", "boasts"],
  deny: ["denied", "denies"],
  accuse: ["accused", "accuses"],
  demand: ["demanded", "demands"],
  predicted: [],
  indicate: ["indicated", "indicates"],
  express: ["expressed", "expresses", "expressing"],
  describe: ["described", "describes"],
  call: ["called", "calls"],
  maintain: ["maintained", "maintains"],
  agree: ["agreed", "agrees"],
  inform: ["informed", "informs"],
  assure: ["assured", "assures"],
  continue: ["continued"],
  recount: ["recounted"],
  shout: ["shouted"],
  chant: ["chanted"],
  think: ["think", "thinks", "thought"],
  believe: ["believe", "believes", "believed"],
};

const OBJECT_LEMMAS = new Set(["tell", "ask", "urge", "warn", "inform", "assure", "remind", "accuse"]);
const BELIEF_LEMMAS = new Set(["think", "believe"]);

function build(): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  for (const [lemma, forms] of Object.entries(FORMS)) {
    for (const f of forms) {
      // every entry with all five fields (an absent one undefined): one shape, so the rules that
      // read a looked-up cue see one map instead of up to six
      const cue: CueVerb = {
        lemma,
        object: OBJECT_LEMMAS.has(lemma) ? true : undefined,
        particle: lemma === "point" ? "out" : undefined,
        participle: f.endsWith("ing") ? true : undefined,
        belief: BELIEF_LEMMAS.has(lemma) ? true : undefined,
      };
      map.set(f, cue);
    }
  }
  return map;
}

/** lower-case surface form -> cue verb */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = build();

/** Cues whose content is an object noun phrase rather than a clause ("expressed readiness to"). */
export const NOUN_CONTENT_LEMMAS: ReadonlySet<string> = new Set(["express", "call", "describe", "accuse", "deny", "demand", "confirm", "announce", "reveal", "disclose", "recall"]);

/** Cues that need "that", a colon or a quote after them to count (too often plain verbs). */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set([
  "call", "describe", "post", "continue", "agree", "maintain", "charge", "comment", "remark", "write",
  "indicate", "mention", "answer", "respond", "report", "promise", "think", "believe", "add", "note",
  "observe", "point", "recall", "confirm", "announce", "demand", "deny", "accuse", "reveal", "express",
  "predict", "admit", "acknowledge", "suggest", "argue", "explain", "claim", "insist", "stress",
]);
