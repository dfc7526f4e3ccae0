import { makeWordFilter } from "../text/make-word-filter.ts";
import { setSource } from "./build-attribution.ts";
import { SENTENCE_RULES, TOKEN_RULES } from "./rules/index.ts";
import type { Attribution, Scan, SentenceAnalysis, SentenceRule, Token, TokenRule } from "./types.ts";

/** the rules findSentenceAttributions runs (rules/index.ts declares them and their order) */
export interface AttributionRules {
  token: readonly TokenRule[];
  sentence: readonly SentenceRule[];
}

const ATTRIBUTION_RULES: AttributionRules = { token: TOKEN_RULES, sentence: SENTENCE_RULES };
/** the token rules by the words they start at, each list in the rules' order (one lookup per word token) */
const rulesByWord = new WeakMap<readonly TokenRule[], RulesByWord>();
const MAX_ATTRIBUTIONS = 24;

/**
 * Finds the reporting cues of one sentence, the subject phrase of each (before it, after it in
 * "said Li", apposition, the clause subject for "saying"/"and said"), the content range for
 * indirect speech, and the channel the sentence credits ("according to TASS", "told Sputnik",
 * "Fars News reported", "TASS quoted him as saying", "in an interview with CNN").
 * `tokens` are the sentence's tokens with each quote replaced by one non-word token whose lower
 * form is "<q>". `contentFloor` is where content may begin (after a dateline).
 * The patterns are the rules of rules/index.ts, run in its order: at each word token the token
 * rules until one applies, then the sentence rules; then channel subjects credit the sentence
 * and contents are clipped where another attribution begins.
 */
export function findSentenceAttributions(text: string, tokens: readonly Token[], sentenceEnd: number, contentFloor: number, rules: AttributionRules = ATTRIBUTION_RULES): SentenceAnalysis {
  const attributions: Attribution[] = [];
  const sc: Scan = { text, tokens, sentenceEnd, contentFloor, attributions, source: null, pendingSecond: null };
  const byWord = tokenRulesByWord(rules.token);
  for (let i = 0; i < tokens.length; i++) {
    // garbage "sentences" with dozens of cues: stop, so that the work per sentence stays bounded
    if (attributions.length >= MAX_ATTRIBUTIONS) break;
    const t = tokens[i] as Token;
    if (!t.word || !byWord.mayStart(t.lower)) continue;
    const candidates = byWord.rules.get(t.lower);
    if (!candidates) continue;
    // the first rule that applies takes tokens up to the one it returns; the scan goes on after them
    for (const rule of candidates) {
      const taken = rule.at(sc, i);
      if (taken >= 0) { i = taken; break; }
    }
  }
  for (const rule of rules.sentence) {
    if (attributions.length >= MAX_ATTRIBUTIONS) break;
    const a = rule.find(tokens);
    if (a) attributions.push(a);
  }
  creditChannelSubjects(sc);
  clipBeforeTrailingAttributions(attributions, tokens, text);
  dropContentsHoldingCues(attributions);
  return { attributions, source: sc.source };
}

/** the token rules by the words they start at, and a test that rules out most other words without a map look-up (most tokens start no rule) */
interface RulesByWord {
  rules: Map<string, TokenRule[]>;
  mayStart(word: string): boolean;
}

function tokenRulesByWord(token: readonly TokenRule[]): RulesByWord {
  let byWord = rulesByWord.get(token);
  if (byWord) return byWord;
  const rules = new Map<string, TokenRule[]>();
  for (const rule of token) {
    for (const w of rule.words) {
      const list = rules.get(w);
      if (list) { if (!list.includes(rule)) list.push(rule); } else rules.set(w, [rule]);
    }
  }
  byWord = { rules, mayStart: makeWordFilter(rules.keys()) };
  rulesByWord.set(token, byWord);
  return byWord;
}

/** channels as subjects: "Fars News reported", "TASS said" credit the sentence */
function creditChannelSubjects(sc: Scan): void {
  const { text, attributions } = sc;
  for (const a of attributions) {
    if (a.np && (a.np.kind === "agency" || a.np.kind === "media" || a.np.kind === "publication") && (a.lemma === "report" || a.lemma === "say" || a.lemma === "write" || a.lemma === "tell")) {
      const name = a.np.agency ?? text.slice(a.np.start, a.np.end).replace(/^the\s+/, "");
      if (a.np.kind !== "publication" || a.mode === "trailing" || a.content) {
        a.channelOnly = true;
        setSource(sc, name, Math.min(a.np.start, a.cueStart), Math.max(a.np.end, a.cueEnd));
      }
    }
  }
}

/**
 * A trailing reporting clause is never content: "X pointed out that CONTENT, Fars News reported."
 * and "X has said CONTENT, Russia's TASS news agency has reported." end before ", Fars News".
 * Any content that runs over ", <subject> (aux) <cue>" of a later attribution stops at that comma.
 */
function clipBeforeTrailingAttributions(atts: Attribution[], tokens: readonly Token[], text: string): void {
  // "She said she had met him twice but said neither ...": a coordinated cue ends the first content
  for (const b of atts) {
    const conj = tokens[b.cueFirst - 1];
    if (!conj || (conj.lower !== "and" && conj.lower !== "but") || b.mode === "according") continue;
    for (const a of atts) {
      if (a === b || !a.content || a.cueStart >= b.cueStart) continue;
      const [cs, ce] = a.content;
      if (conj.start <= cs || conj.start >= ce) continue;
      let e = conj.start;
      while (e > cs && /[\s.!?;:,]/.test(text[e - 1] ?? "")) e--;
      a.content = e > cs ? [cs, e] : null;
    }
  }
  for (const b of atts) {
    if (!b.np || b.mode === "according" || b.mode === "participle" || b.mode === "quoted-as-saying") continue;
    if (b.np.start > b.cueStart) continue; // "said Li": the subject follows the cue
    const comma = tokens[b.np.first - 1];
    if (!comma || comma.text !== ",") continue;
    for (const a of atts) {
      if (a === b || !a.content) continue;
      const [cs, ce] = a.content;
      if (comma.start <= cs || comma.start >= ce) continue;
      let e = comma.start;
      while (e > cs && /[\s.!?;:,]/.test(text[e - 1] ?? "")) e--;
      a.content = e > cs ? [cs, e] : null;
    }
  }
}

/**
 * A content that holds another attribution's cue is that attribution's business: "When asked if
 * ..., Gale said" — the question is not what Gale said. Such a content before its cue is dropped.
 */
function dropContentsHoldingCues(atts: Attribution[]): void {
  for (const b of atts) {
    if (!b.content || b.content[1] > b.cueStart) continue;
    const [cs, ce] = b.content;
    if (atts.some((a) => a !== b && a.content !== null && a.cueStart >= cs && a.cueEnd <= ce)) b.content = null;
  }
}
