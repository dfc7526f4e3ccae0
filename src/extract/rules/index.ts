/**
 * The attribution rules and the order they run in. Adding a pattern: write its file in this
 * folder (exporting a rule with a name) and list it here at the place it must be tried;
 * tests/extract/rules/index.test.ts pins the order.
 */
import type { CueRule, IntroductionRule, SentenceRule, TokenRule } from "../types.ts";
import { accordingTo } from "./according-to.ts";
import { apposition } from "./apposition.ts";
import { askedWhether } from "./asked-whether.ts";
import { colonIntroduction } from "./colon-introduction.ts";
import { commaInverted } from "./comma-inverted.ts";
import { commaSubject } from "./comma-subject.ts";
import { coordinated } from "./coordinated.ts";
import { dashCredit } from "./dash-credit.ts";
import { interviewChannel } from "./interview-channel.ts";
import { inverted } from "./inverted.ts";
import { notACue } from "./not-a-cue.ts";
import { participle } from "./participle.ts";
import { quotedAsSaying } from "./quoted-as-saying.ts";
import { relativeWho } from "./relative-who.ts";
import { reportingVerb } from "./reporting-verb.ts";
import { subjectBeforeCue } from "./subject-before-cue.ts";
import { toldChannel } from "./told-channel.ts";

/**
 * The shapes of the clause around a reporting verb, tried in this order; the first that fits
 * decides (a rule returning false passes to the next).
 */
export const CUE_RULES: readonly CueRule[] = [
  // "asked whether ...": before the noun checks, as "When asked about ..." opens with the cue
  askedWhether,
  // "his remarks", "was told", mid-sentence "Said": no cue at all; stops the rest
  notACue,
  // "told Sputnik": records the channel credit, then passes (the content reading sees the credit)
  toldChannel,
  // "..., saying that ...": before the subject rules, as the clause's subject speaks
  participle,
  // "“...,” said Li." / "Said Li, ...": a cue right after a quote or opening the sentence
  inverted,
  // the three shapes after a comma, most specific first:
  // "X, a doctor, said"
  apposition,
  // "..., said Minister Li"
  commaInverted,
  // "Benford, 58, who lives outside town, says ..." (decides: none for weak verbs)
  commaSubject,
  // "X, who said ..."
  relativeWho,
  // "... and said ..."
  coordinated,
  // "X said ..." / "CONTENT, X said.": last, it takes any subject phrase before the cue
  subjectBeforeCue,
];

/**
 * The patterns tried at each word token of a sentence, in this order; the first that applies
 * takes its tokens and the scan goes on after them.
 */
export const TOKEN_RULES: readonly TokenRule[] = [
  // "according to X": first, so its phrase is never read as a subject of a later cue
  accordingTo,
  // "TASS quoted him as saying": before the reporting verbs, as "quoted" may be one
  quotedAsSaying,
  // "in an interview with CNN", "statement to Reuters": channel credits, no attribution
  interviewChannel,
  // any reporting verb of the lexicon, read by CUE_RULES: last
  reportingVerb(CUE_RULES),
];

/** whole-sentence patterns, tried after the token scan in this order (while under the sentence's attribution cap) */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  // "“...” — Mayor Tom Reed"
  dashCredit,
];

/** verbless introductions naming the speaker of the quotes that follow, tried in this order by extractQuotes on a sentence that ends with a colon and has no speaker of its own */
export const INTRODUCTION_RULES: readonly IntroductionRule[] = [
  // "From Chairwoman Janet Holt:", "Statement from the mayor:"
  colonIntroduction,
];
