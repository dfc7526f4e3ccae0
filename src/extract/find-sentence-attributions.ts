import { CUE_VERBS, WEAK_LEMMAS, type CueVerb } from "../lexicon/cue-verbs.ts";
import { findAgency } from "../lexicon/find-agency.ts";
import { MEDIA_NOUNS, PUBLICATION_HEADS, THE_ONLY_PUBLICATION_HEADS } from "../lexicon/titles.ts";
import { findDashAttribution } from "./rules/dash-credit.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import type { Attribution, AttributionMode, NounPhrase, SentenceAnalysis, SentenceSource, Token } from "./types.ts";

const AUX = new Set(["has", "have", "had", "was", "is", "were", "are", "also", "further", "later", "then", "again", "previously", "reportedly", "recently", "once", "would", "will", "did", "does", "do", "has", "had", "not", "never", "already", "earlier", "repeatedly", "publicly", "privately", "told", "may", "might", "could", "can", "should", "must", "simply", "just", "often", "always", "even", "still", "however", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't", "couldn't", "isn't", "wasn't", "shouldn't", "going", "want", "wants", "wanted", "to", "be", "been", "being", "only", "actually", "now", "first", "finally", "quickly", "immediately", "flatly", "openly", "here", "there", "too", "all", "both", "each", "themselves", "himself", "herself", "itself"]);
const PASSIVE = new Set(["was", "were", "been", "being", "be", "is", "are", "when", "if", "as"]);
const TOPIC_PREPS = new Set(["on", "about", "of", "with", "for", "by", "in", "at", "during", "to", "from", "into", "up", "off", "over", "it", "him", "her", "them", "this", "so", "no", "nothing", "something"]);
const ACCORDING_STOP = new Set(["that", "who", "which", "issued", "released", "published", "after", "when", "on", "in", "at", "as", "obtained", "seen", "cited", "quoted", "posted", "and", "but", "during", "from", "last", "this", "earlier", "late", "early"]);
const EXPRESSED = new Set(["readiness", "hope", "confidence", "concern", "support", "willingness", "regret", "gratitude", "satisfaction", "interest", "optimism", "doubt", "doubts", "disappointment", "opposition", "condolences", "solidarity"]);
const MAX_ATTRIBUTIONS = 24;
/** no content or backward scan reaches further than this many tokens */
const SPAN = 160;
const OBJECT_SKIP = new Set(["tell", "inform", "assure", "remind"]);

/** the state of one sentence's scan, shared by the helpers below (module functions, not closures: no per-sentence allocation) */
interface Scan {
  text: string;
  tokens: readonly Token[];
  sentenceEnd: number;
  contentFloor: number;
  attributions: Attribution[];
  source: SentenceSource | null;
  /** the second content piece left by leadingOrTrailing for withSecond */
  pendingSecond: [number, number] | null;
}

type AttributionBase = Pick<Attribution, "cueFirst" | "cueLast" | "cueStart" | "cueEnd" | "lemma" | "channelOnly">;

/** `base` with mode, subject and content, built field by field (no object spread in the hot path) */
function attr(base: AttributionBase, mode: AttributionMode, np: NounPhrase | null, content: [number, number] | null): Attribution {
  return { cueFirst: base.cueFirst, cueLast: base.cueLast, cueStart: base.cueStart, cueEnd: base.cueEnd, lemma: base.lemma, channelOnly: base.channelOnly, mode, np, content };
}

function setSource(sc: Scan, name: string, start: number, end: number): void {
  if (!sc.source) sc.source = { name, mention: sc.text.slice(start, end), start, end };
}

/**
 * Finds the reporting cues of one sentence, the subject phrase of each (before it, after it in
 * "said Li", apposition, the clause subject for "saying"/"and said"), the content range for
 * indirect speech, and the channel the sentence credits ("according to TASS", "told Sputnik",
 * "Fars News reported", "TASS quoted him as saying", "in an interview with CNN").
 * `tokens` are the sentence's tokens with each quote replaced by one non-word token whose lower
 * form is "<q>". `contentFloor` is where content may begin (after a dateline).
 */
export function findSentenceAttributions(text: string, tokens: readonly Token[], sentenceEnd: number, contentFloor: number): SentenceAnalysis {
  const attributions: Attribution[] = [];
  const sc: Scan = { text, tokens, sentenceEnd, contentFloor, attributions, source: null, pendingSecond: null };
  // tokens up to this index belong to a cue already taken (every cue starts at the current token, so one index suffices)
  let consumedTo = -1;

  for (let i = 0; i < tokens.length; i++) {
    // garbage "sentences" with dozens of cues: stop, so that the work per sentence stays bounded
    if (attributions.length >= MAX_ATTRIBUTIONS) break;
    const t = tokens[i] as Token;
    if (!t.word || i <= consumedTo) continue;
    const next = tokens[i + 1];

    // "according to X"
    if (t.lower === "according" && next?.lower === "to") {
      const ph = accordingPhrase(tokens, i + 2);
      if (!ph) continue;
      const phraseText = text.slice(ph.start, ph.end);
      const channel = channelName(phraseText, tokens, ph.first, ph.last);
      if (channel) {
        setSource(sc, channel, t.start, ph.end);
        const np = parseNounPhrase(tokens, ph.first, "forward");
        const content = accordingContent(tokens, i, ph.last, contentFloor, sentenceEnd);
        if (content) attributions.push({ cueFirst: i, cueLast: i + 1, cueStart: t.start, cueEnd: (next as Token).end, lemma: "according to", mode: "according", np, content, channelOnly: true });
      } else {
        // "according to state corporate records": the phrase itself, when it is no known kind of speaker
        const np = parseNounPhrase(tokens, ph.first, "forward") ?? describe(tokens, ph.first, ph.last);
        const content = accordingContent(tokens, i, ph.last, contentFloor, sentenceEnd);
        attributions.push({ cueFirst: i, cueLast: i + 1, cueStart: t.start, cueEnd: (next as Token).end, lemma: "according to", mode: "according", np, content, channelOnly: false });
      }
      i = ph.last;
      continue;
    }

    // "X quoted/cited Y as saying"
    if ((t.lower === "quoted" || t.lower === "cited") && !PASSIVE.has(tokens[i - 1]?.lower ?? "")) {
      let k = i + 1;
      while (k < tokens.length && k - i < 8 && tokens[k]?.lower !== "as") k++;
      if (tokens[k]?.lower === "as" && /^(saying|stating|telling|writing|adding)$/.test(tokens[k + 1]?.lower ?? "")) {
        const subj = backPhrase(tokens, i - 1);
        const spk = parseNounPhrase(tokens, i + 1, "forward", 0, k);
        if (subj) {
          const ch = channelName(text.slice(subj.start, subj.end), tokens, subj.first, subj.last);
          setSource(sc, ch ?? text.slice(subj.start, subj.end).replace(/^the\s+/, ""), subj.start, (tokens[k + 1] as Token).end);
        }
        const cueEnd = (tokens[k + 1] as Token).end;
        attributions.push({ cueFirst: i, cueLast: k + 1, cueStart: t.start, cueEnd, lemma: "say", mode: "quoted-as-saying", np: spk, content: contentAfter(sc, tokens, k + 2, sentenceEnd, false, sc.source), channelOnly: false });
        consumedTo = Math.max(consumedTo, k + 1);
        i = k + 1;
        continue;
      }
    }

    // "in an interview with X", "in remarks to X", "speaking to X"
    if ((t.lower === "interview" && next?.lower === "with") || ((t.lower === "remarks" || t.lower === "speaking" || t.lower === "statement") && (next?.lower === "to" || next?.lower === "with"))) {
      const np = parseNounPhrase(tokens, i + 2, "forward");
      if (np && (np.kind === "agency" || np.kind === "media" || np.kind === "publication")) {
        const chName = np.agency ?? text.slice(np.start, np.end).replace(/^the\s+/, "");
        let s = t.start;
        const prev = tokens[i - 1];
        const prev2 = tokens[i - 2];
        if (prev && /^(an|a|the|his|her|their)$/.test(prev.lower)) s = prev.start;
        if (prev2 && prev2.lower === "in" && prev && /^(an|a|the|his|her|their)$/.test(prev.lower)) s = prev2.start;
        else if (prev?.lower === "in") s = prev.start;
        setSource(sc, chName, s, np.end);
      }
      continue;
    }

    const cue = CUE_VERBS.get(t.lower);
    if (!cue) continue;
    let cueLast = i;
    if (cue.particle) {
      if (next?.lower !== cue.particle) continue;
      cueLast = i + 1;
    }
    const prevWord = tokens[i - 1];
    // "asked whether ...", "When asked about ...", "was asked if ..." (the asker may be unknown)
    if (cue.lemma === "ask" && !t.cap || (t.cap && i === 0 && cue.lemma === "ask")) {
      const ask = askAttribution(sc, i, cueLast);
      if (ask) { attributions.push(ask); consumedTo = Math.max(consumedTo, i); continue; }
    }
    if (prevWord && prevWord.word && (/^(the|a|an|his|her|their|its|our|my|your|this|these|those)$/.test(prevWord.lower) || prevWord.lower.endsWith("'s"))) continue; // a noun: "his remarks"
    if (prevWord && PASSIVE.has(prevWord.lower) && (cue.lemma === "ask" || cue.lemma === "tell" || cue.lemma === "report" || cue.lemma === "quote")) continue;
    if (t.cap && i > 0 && !(tokens[i - 1]?.lower === "<q>")) {
      // "Says" in a headline is fine; a capitalised cue mid-sentence is a name ("Said")
      if (t.lower !== "says" && t.lower !== "said") continue;
    }
    // "instead of, say, the party": an aside, not a cue
    if (t.lower === "say" && prevWord?.text === "," && tokens[cueLast + 1]?.text === ",") continue;
    const cueTok = tokens[cueLast] as Token;
    if (cue.lemma === "tell" || cue.lemma === "inform") {
      const obj = parseNounPhrase(tokens, cueLast + 1, "forward");
      if (obj && (obj.kind === "agency" || obj.kind === "media" || obj.kind === "publication")) {
        setSource(sc, obj.agency ?? text.slice(obj.start, obj.end).replace(/^the\s+/, ""), t.start, obj.end);
      }
    }
    const att = buildAttribution(sc, i, cueLast, cue);
    if (att) {
      attributions.push(att);
      consumedTo = Math.max(consumedTo, cueLast);
    }
    void cueTok;
  }

  // "“...” — Mayor Tom Reed": a quote credited by a dash and a name
  const dash = attributions.length < MAX_ATTRIBUTIONS ? findDashAttribution(tokens) : null;
  if (dash) attributions.push(dash);

  // channels as subjects: "Fars News reported", "TASS said" credit the sentence
  for (const a of attributions) {
    if (a.np && (a.np.kind === "agency" || a.np.kind === "media" || a.np.kind === "publication") && (a.lemma === "report" || a.lemma === "say" || a.lemma === "write" || a.lemma === "tell")) {
      const name = a.np.agency ?? text.slice(a.np.start, a.np.end).replace(/^the\s+/, "");
      if (a.np.kind !== "publication" || a.mode === "trailing" || a.content) {
        a.channelOnly = true;
        setSource(sc, name, Math.min(a.np.start, a.cueStart), Math.max(a.np.end, a.cueEnd));
      }
    }
  }
  clipBeforeTrailingAttributions(attributions, tokens, text);
  dropContentsHoldingCues(attributions);
  return { attributions, source: sc.source };
}

/**
 * "asked (X) whether/if/how ...", "When asked about ...": the question is the content, up to the
 * clause's comma when the question opens the sentence ("When asked why, Sembler said ...").
 */
function askAttribution(sc: Scan, first: number, last: number): Attribution | null {
  const { text, tokens, sentenceEnd } = sc;
  let k = last + 1;
  let q = tokens[k];
  if (q && q.word && !QUESTION_WORDS.has(q.lower)) {
    const obj = parseNounPhrase(tokens, k, "forward");
    if (obj) k = obj.last + 1;
    else if (/^(him|her|them|me|us|you)$/.test(q.lower)) k++;
    q = tokens[k];
  }
  if (!q || !QUESTION_WORDS.has(q.lower)) return null;
  const base = { cueFirst: first, cueLast: last, cueStart: (tokens[first] as Token).start, cueEnd: (tokens[last] as Token).end, lemma: "ask", channelOnly: false };
  const opener = tokens[first - 1];
  const sentenceInitial = first === 0 || (first === 1 && opener?.lower === "when") || opener?.text === ",";
  let end = sentenceEnd;
  for (let m = k + 1; m < tokens.length && m - k < SPAN; m++) {
    const x = tokens[m] as Token;
    if (x.text === ";" || (sentenceInitial && x.text === ",")) { end = x.start; break; }
  }
  while (end > q.start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (end <= q.start) return null;
  // the asker: the subject before the cue, if any ("Reporters asked whether ...")
  let j = first - 1;
  let passive = false;
  while (j >= 0 && (tokens[j] as Token).word && AUX.has((tokens[j] as Token).lower)) {
    if (/^(was|were|been|being|is|are|be)$/.test((tokens[j] as Token).lower)) passive = true;
    j--;
  }
  // "Trump was asked whether ...": the one asked is not the asker
  const np = sentenceInitial || passive ? null : parseNounPhrase(tokens, j, "back") ?? genericSubject(tokens, Math.max(0, j - 8), j + 1);
  return attr(base, "leading", np, [q.start, end]);
}

/** takes the second content piece left by leadingOrTrailing, if any */
function withSecond(sc: Scan, a: Attribution): Attribution {
  if (sc.pendingSecond && a.content && sc.pendingSecond[0] > a.content[1]) a.content2 = sc.pendingSecond;
  sc.pendingSecond = null;
  return a;
}

function buildAttribution(sc: Scan, first: number, last: number, cue: CueVerb): Attribution | null {
  const { tokens, sentenceEnd, contentFloor, attributions } = sc;
  sc.pendingSecond = null;
  const cueStart = (tokens[first] as Token).start;
  const cueEnd = (tokens[last] as Token).end;
  const base = { cueFirst: first, cueLast: last, cueStart, cueEnd, lemma: cue.lemma, channelOnly: false };
  // participles ("saying", "adding"): the clause's subject speaks
  const progressive = cue.participle && PROGRESSIVE.test(tokens[first - 1]?.lower ?? "");
  if (cue.participle && !progressive) {
    const prevTok = tokens[first - 1];
    if (!prevTok) return null;
    if (prevTok.text !== "," && prevTok.lower !== "<q>" && prevTok.lower !== "and") {
      // "911 calls saying ...", "issued a statement saying ...", "three in 10 saying ...": a noun's participle
      if (!prevTok.word || WEAK_LEMMAS.has(cue.lemma) || NOT_HEAD.has(prevTok.lower) || /(ly|ing)$/.test(prevTok.lower)) return null;
      const np = subjectOfSentence(tokens, first) ?? genericSubject(tokens, Math.max(0, first - 8), first);
      const content = contentAfter(sc, tokens, last + 1, sentenceEnd, false, sc.source, cue);
      return np && content ? attr(base, "participle", np, content) : null;
    }
    const owner = attributions.length > 0 ? attributions[attributions.length - 1] : undefined;
    const np = owner?.np ?? subjectOfSentence(tokens, first);
    const content = contentAfter(sc, tokens, last + 1, sentenceEnd, cue.lemma === "tell" ? true : false, sc.source, cue);
    return attr(base, "participle", np, content);
  }
  // skip auxiliaries / adverbs / a short parenthesis before the cue ("Bob Goodlatte (R-Va.) told")
  let j = first - 1;
  while (j >= 0) {
    const p = tokens[j] as Token;
    if (p.word && (AUX.has(p.lower) || (p.lower.endsWith("ly") && !p.cap && p.lower.length > 4))) j--;
    else if (p.text === ")") {
      let k = j - 1;
      while (k >= 0 && j - k <= 8 && (tokens[k] as Token).text !== "(" && (tokens[k] as Token).text !== ")") k--;
      if (k < 1 || (tokens[k] as Token).text !== "(") break;
      j = k - 1;
    } else break;
  }
  const prev = tokens[j];
  if (!prev || prev.lower === "<q>" || (prev.text === "," && (tokens[j - 1]?.lower === "<q>" || j === 0))) {
    // "“...,” said Li." / sentence-initial "Said Li, ..."
    const np = parseNounPhrase(tokens, last + 1, "forward") ?? genericForward(tokens, last + 1);
    if (prev && (prev.text === "," || prev.lower === "<q>") && (!np || opensClause(sc, np))) {
      // "Mr. Manafort, citing “the magic of Trump,” said the candidate could ...": the subject opens the sentence
      const subj = subjectOfSentence(tokens, j);
      if (subj) return attr(base, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
    }
    return attr(base, "inverted", np, null);
  }
  if (prev.text === ",") {
    const app = apposition(tokens, j);
    if (app) return withSecond(sc, attr(base, "leading", app, leadingOrTrailing(sc, app, j, first, last, cue)));
    // "China is ready ..., said Minister Li" -> content before the comma
    const np = cue.object ? null : parseNounPhrase(tokens, last + 1, "forward");
    const after = np ? tokens[np.last + 1] : undefined;
    if (np && !opensClause(sc, np) && after?.lower !== "that") {
      const content = clip(contentFloor, prev.start, tokens, Math.max(0, j - SPAN), j);
      return attr(base, "inverted", np, content);
    }
    // "Woodrow Benford, 58, who lives outside town, says he ...": the subject opens the sentence
    const subj = subjectOfSentence(tokens, j) ?? genericSubject(tokens, 0, j);
    if (!subj || WEAK_LEMMAS.has(cue.lemma)) return null;
    return attr(base, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
  }
  if (!prev.word) return null;
  if (prev.lower === "who") {
    // relative "X, who said ...": the subject is before "who"
    let k = j - 1;
    if (tokens[k]?.text === ",") k--;
    const subj = parseNounPhrase(tokens, k, "back") ?? (WEAK_LEMMAS.has(cue.lemma) ? null : genericSubject(tokens, Math.max(0, k - 8), k + 1));
    if (!subj) return null;
    return attr(base, "leading", subj, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
  }
  if (prev.lower === "and" || prev.lower === "but") {
    const np = subjectOfSentence(tokens, j);
    if (!np) return null;
    return attr(base, "leading", np, contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue));
  }
  let np = parseNounPhrase(tokens, j, "back");
  // "CONTENT, a source close to him said (Wednesday).": the whole phrase after the comma speaks
  const comma = trailingSubjectComma(tokens, j);
  if (comma >= 0 && (!np || np.first > comma + 1) && !hasThatSoon(tokens, last + 1) && shortTail(tokens, last + 1)) np = describe(tokens, comma + 1, j);
  np ??= WEAK_LEMMAS.has(cue.lemma) ? null : genericSubject(tokens, Math.max(0, j - 8), j + 1);
  if (!np) return null;
  return withSecond(sc, attr(base, "leading", np, leadingOrTrailing(sc, np, np.first, first, last, cue)));
}

/** the phrase after a cue is the subject of a clause ("said he didn't", "said the candidate could") */
function opensClause(sc: Scan, np: NounPhrase): boolean {
  const { tokens } = sc;
  const after = tokens[np.last + 1];
  return after !== undefined && after.word && (np.kind === "pronoun" || CLAUSE_VERBS.test(after.lower));
}

/** "X, a doctor, said" / "Ambassador, Kazem Jalali, said" / "Li, who ..., said" */
function apposition(toks: readonly Token[], comma: number): NounPhrase | null {
  const inner = parseNounPhrase(toks, comma - 1, "back");
  if (inner && inner.kind === "person" && inner.nameStart > inner.start === false && toks[inner.first - 1]?.text === ",") return inner;
  if (inner && (inner.kind === "person" || inner.kind === "organization" || inner.kind === "agency") && toks[inner.first - 1]?.text === ",") return inner;
  // find the previous comma within 16 tokens: "Li, who became defense minister in March, has"
  let k = comma - 1;
  while (k >= 0 && comma - k < 16 && toks[k]?.text !== ",") {
    if (toks[k]?.lower === "<q>") return null;
    k--;
  }
  if (k < 1 || toks[k]?.text !== ",") return null;
  const after = toks[k + 1];
  if (!after || !/^(a|an|the|who|which|whose|its|his|her|their|also|himself|herself|one|former|then|now)$/.test(after.lower)) return null;
  const np = parseNounPhrase(toks, k - 1, "back");
  if (np && np.kind === "role" && toks[np.first - 1]?.text === ",") {
    // "Jane Roe, the hospital's director, who has led it since 2001, said": the name speaks
    const name = parseNounPhrase(toks, np.first - 2, "back");
    const opener = name ? toks[name.first - 1] : undefined;
    if (name && name.kind === "person" && (!opener || opener.lower === "<q>") && (name.roleWords.length > 0 || hasTwoWords(toks, name.first, name.last))) return name;
  }
  if (np && (np.kind === "person" || np.kind === "organization" || np.kind === "agency" || np.kind === "role")) return np;
  return null;
}

/** at least two word tokens in [first, last] */
function hasTwoWords(toks: readonly Token[], first: number, last: number): boolean {
  let n = 0;
  for (let k = first; k <= last; k++) if ((toks[k] as Token).word && ++n >= 2) return true;
  return false;
}

function leadingOrTrailing(sc: Scan, np: NounPhrase, npFirst: number, _first: number, last: number, cue: CueVerb): [number, number] | null {
  const { tokens, sentenceEnd, contentFloor } = sc;
  const before = tokens[npFirst - 1];
  const thatSoon = hasThatSoon(tokens, last + 1);
  if (before && before.text === "," && !thatSoon && shortTail(tokens, last + 1)) {
    // "CONTENT, X said (on Tuesday)."
    const k = Math.max(-1, npFirst - 1 - SPAN);
    const startTok = tokens[k + 1];
    const floorPos = Math.max(contentFloor, startTok ? startTok.start : contentFloor);
    const firstTok = tokens[k + 1];
    if (firstTok && firstTok.lower === "according") return null;
    // skip a short tail: "The deal, Tom Smith said on Monday, will ..."
    let c = last + 1;
    while (c < tokens.length && c - last <= 10 && (tokens[c] as Token).word) c++;
    const after = tokens[c];
    if (after && after.text === "," && tokens[c + 1]?.lower !== "according" && !(CUE_VERBS.get(tokens[c + 1]?.lower ?? "")?.participle ?? false)) {
      // "In particular, he said, the foundation had ...": the cue sits inside one content
      const rest = contentAfter(sc, tokens, c + 1, sentenceEnd, false, sc.source);
      if (rest) {
        sc.pendingSecond = rest;
        const head = clipAny(floorPos, before.start, tokens, k + 1, npFirst);
        return head ?? rest;
      }
    }
    return clip(floorPos, before.start, tokens, k + 1, npFirst);
  }
  void np;
  return contentAfter(sc, tokens, last + 1, sentenceEnd, OBJECT_SKIP.has(cue.lemma), sc.source, cue);
}

/** [s, e) when it holds at least 3 words outside quotes (a bare quote is a direct quote, not speech reported) */
/** [s, e) trimmed to its tokens, when it holds at least one word */
function clipAny(s: number, e: number, toks: readonly Token[], from: number, to: number): [number, number] | null {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const x = toks[k] as Token;
    if (x.start >= s && x.end <= e && x.word) return [x.start, e];
  }
  return null;
}

function clip(s: number, e: number, toks: readonly Token[], from: number, to: number): [number, number] | null {
  let words = 0;
  let first = -1;
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const x = toks[k] as Token;
    if (x.start >= s && x.end <= e) {
      if (first < 0) first = x.start;
      if (x.word) words++;
    }
  }
  return words >= 3 && first >= 0 ? [first, e] : null;
}

function contentAfter(sc: Scan, toks: readonly Token[], from: number, sEnd: number, skipObject: boolean, src: SentenceSource | null, cue?: CueVerb): [number, number] | null {
  const { text } = sc;
  let k = from;
  let t = toks[k];
  if (!t) return null;
  if (t.text === ":" || t.text === ",") { k++; t = toks[k]; }
  if (!t) return null;
  if (skipObject && t.word && t.lower !== "that") {
    const obj = parseNounPhrase(toks, k, "forward");
    if (obj) k = obj.last + 1;
    else if (/^(reporters|journalists|lawmakers|supporters|voters|people|him|her|them|us|me|you)$/.test(t.lower)) k++;
  }
  // "said (on Tuesday / in a statement) that ..."
  let found = -1;
  for (let m = k; m < toks.length && m - k < 16; m++) {
    const x = toks[m] as Token;
    if (x.lower === "<q>" || x.text === "." || x.text === ";") break;
    if (x.lower === "that") { found = m; break; }
  }
  let startIdx = k;
  if (found >= 0) startIdx = found + 1;
  else {
    const first = toks[k];
    if (!first) return null;
    // "said it will ...", "says this is ...": a subject pronoun before a verb opens a clause
    const clauseIt = (first.lower === "it" || first.lower === "this") && CLAUSE_VERBS.test(toks[k + 1]?.lower ?? "");
    if (first.word && TOPIC_PREPS.has(first.lower) && !clauseIt) return null;
    const readiness = cue?.lemma === "express" && EXPRESSED.has(first.lower);
    // a weak speech verb counts without "that" when a clause follows ("announced he will run", not "announced his resignation")
    const clause = cue !== undefined && CLAUSE_LEMMAS.has(cue.lemma) && looksLikeClause(toks, k);
    // "announced his candidacy", "reported earnings of $8.42 a share": the object is what was announced
    const objectContent = cue !== undefined && OBJECT_CONTENT_LEMMAS.has(cue.lemma) && first.word && (DETERMINER_RE.test(first.lower) || /^\d/.test(first.lower));
    if (cue && WEAK_LEMMAS.has(cue.lemma) && !(toks[from]?.text === ":") && !readiness && !clause && !objectContent) return null;
  }
  const st = toks[startIdx];
  if (!st || st.lower === "according") return null;
  let end = sEnd;
  // stop before a trailing credit or a participle clause: ", according to", ", adding that";
  // count the words outside quotes on the way (a bare quote after the cue is a direct quote)
  let words = 0;
  let last = st.end;
  for (let m = startIdx; m < toks.length && m - startIdx < SPAN; m++) {
    const x = toks[m] as Token;
    if (x.start >= end) break;
    // (a quote whose comma sits inside its closing mark ends the clause too: were “overblown,” adding that)
    const commaInQuote = x.lower === "<q>" && commaBeforeClose(text, x.start, x.end);
    if (x.text === "," || x.text === ";" || commaInQuote) {
      const n1 = toks[m + 1];
      if (!n1) break;
      if (n1.lower === "according" || (CUE_VERBS.get(n1.lower)?.participle ?? false) || RELATIVE_CUT.has(n1.lower) || (src && src.start >= n1.start)) {
        end = commaInQuote ? x.end : x.start;
        if (commaInQuote) { words++; last = x.end; }
        break;
      }
    }
    if (x.word) words++;
    last = x.end;
  }
  while (end > st.start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (words < 3) return null;
  return [st.start, Math.min(end, Math.max(last, st.end))];
}

/** a non-restrictive relative clause after the content is the writer's, not the speaker's */
const RELATIVE_CUT = new Set(["which"]);
const QUESTION_WORDS = new Set(["whether", "if", "how", "what", "why", "who", "whom", "when", "where", "which", "about"]);
const PROGRESSIVE = /^(is|was|are|were|been|be|am|'s|keeps|kept|started|began|continues|continued)$/;
const CLAUSE_LEMMAS = new Set(["announce", "claim", "note", "argue", "explain", "insist", "stress", "report", "write", "add", "observe", "point", "recall", "confirm", "admit", "acknowledge", "suggest", "predict", "promise", "respond", "answer", "comment", "mention", "indicate", "reveal", "deny", "maintain", "agree", "remark"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);
const FINITE = /^(is|was|are|were|will|would|has|have|had|can|could|should|may|might|must|does|did|won't|wouldn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|can't|couldn't|doesn't|didn't|shouldn't)$/;
const OBJECT_CONTENT_LEMMAS = new Set(["announce", "report", "reveal", "disclose", "confirm"]);
const DETERMINER_RE = /^(his|her|their|its|a|an|the|plans|new|more|no)$/;
const CLAUSE_VERBS = /^(is|was|will|would|has|had|have|can|could|should|may|might|must|does|did|remains|plans|wants|needs|intends|expects|hopes|believes|is|isn't|wasn't|won't|wouldn't|doesn't|didn't|hasn't|can't|also|[a-z]+ed|[a-z]+ly)$/;
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|\d.*|last|this|that|sunday's|friday's|saturday's|monday's|tuesday's|wednesday's|thursday's)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const TAIL_OPENERS = /^(on|in|at|during|last|this|late|early|earlier|later|yesterday|today|tonight|overnight|recently|afterwards|afterward|told|after|before|while|when|as|through|via|upon|outside)$/;

/** After a trailing cue ("..., Li said"), only a short adverbial may follow: "on Tuesday", "in a statement". */
function shortTail(tokens: readonly Token[], from: number): boolean {
  let n = 0;
  const first = tokens[from];
  if (!first || !first.word) return true;
  if (!TAIL_OPENERS.test(first.lower) && !WEEKDAYS.test(first.lower)) return false;
  if (first.lower === "on" && !TIME_WORDS.test(tokens[from + 1]?.lower ?? "")) return false;
  for (let k = from; k < tokens.length && k - from < 40; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.lower === "<q>") break;
    if (t.word) n++;
  }
  return n <= 10;
}

function hasThatSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 16; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "that") return true;
    if (t.lower === "<q>" || t.text === ",") return false;
  }
  return false;
}

function subjectOfSentence(tokens: readonly Token[], before: number): NounPhrase | null {
  for (let k = 0; k < before && k < 12; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    const np = parseNounPhrase(tokens, k, "forward", 0, before);
    if (np && np.kind !== "document") {
      const after = tokens[np.last + 1];
      if (after && after.text === ",") {
        // "The minister, Ali Reza, spoke ...": the name in apposition is the subject
        const inner = parseNounPhrase(tokens, np.last + 2, "forward", 0, before);
        if (inner && inner.kind === "person" && tokens[inner.last + 1]?.text === ",") return inner;
        // "Gary Emineth, a former chairman, became ... and said", "Murphy, though, said"
        if (np.kind === "person" || np.kind === "organization" || np.kind === "agency") return np;
        k = np.last;
        continue;
      }
      return np;
    }
  }
  return null;
}

function backPhrase(tokens: readonly Token[], end: number): { first: number; last: number; start: number; end: number } | null {
  let k = end;
  while (k >= 0 && end - k < 10) {
    const t = tokens[k] as Token;
    if (!t.word) break;
    k--;
  }
  const first = k + 1;
  if (first > end) return null;
  return { first, last: end, start: (tokens[first] as Token).start, end: (tokens[end] as Token).end };
}

function accordingPhrase(tokens: readonly Token[], from: number): { first: number; last: number; start: number; end: number } | null {
  let k = from;
  let last = -1;
  while (k < tokens.length && k - from < 12) {
    const t = tokens[k] as Token;
    if (!t.word) break;
    if (k > from && ACCORDING_STOP.has(t.lower) && !t.cap) break;
    last = k;
    k++;
  }
  if (last < from) return null;
  return { first: from, last, start: (tokens[from] as Token).start, end: (tokens[last] as Token).end };
}

/** the channel named by a phrase: an agency from the lexicon, or a media description */
function channelName(phrase: string, tokens: readonly Token[], first: number, last: number): string | null {
  const ag = findAgency(phrase);
  if (ag) return ag.entry.name;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (!t.cap && MEDIA_NOUNS.has(t.lower) && t.lower !== "report" && t.lower !== "reports") return phrase.replace(/^the\s+/, "");
  }
  const head = tokens[last] as Token;
  if (head.cap && PUBLICATION_HEADS.has(head.lower) && last > first && (!THE_ONLY_PUBLICATION_HEADS.has(head.lower) || (tokens[last - 1] as Token).lower === "the")) return phrase.replace(/^the\s+/, "");
  return null;
}

function accordingContent(tokens: readonly Token[], according: number, phraseLast: number, floor: number, sEnd: number): [number, number] | null {
  const before = tokens[according - 1];
  if (before && before.text === ",") {
    // "CONTENT, according to X."
    const k = Math.max(-1, according - 1 - SPAN);
    const s = tokens[k + 1];
    if (!s) return null;
    const start = Math.max(floor, s.start);
    let words = 0;
    for (let m = k + 1; m < according - 1; m++) if ((tokens[m] as Token).word) words++;
    return words >= 3 && before.start - start > 10 ? [start, before.start] : null;
  }
  // "According to X, CONTENT."
  const comma = tokens[phraseLast + 1];
  let k = phraseLast + 1;
  if (comma && comma.text !== ",") {
    // the phrase may run on ("according to a report issued by ..."): find the next comma
    while (k < tokens.length && (tokens[k] as Token).text !== "," && k - phraseLast < 12) k++;
  }
  const s = tokens[k + 1];
  if (!s || s.lower === "<q>") return null;
  let e = sEnd;
  return e - s.start > 10 ? [s.start, e] : (e = 0, null);
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

/** words that cannot be the head of a subject noun phrase ("... that said", "to say") */
const NOT_HEAD = new Set(["that", "which", "who", "whom", "what", "when", "where", "why", "how", "if", "and", "but", "or", "to", "not", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "so", "be", "been", "being", "there", "here", "also", "just", "only", "this", "these", "those", "because", "while", "although", "though", "since", "until", "unless", "whether", "then", "now", "ever", "never", "once"]);
const NP_STOP = new Set(["that", "which", "who", "whom", "what", "when", "where", "if", "because", "while", "although", "though", "since", "until", "unless", "whether", "and", "but", "or", "so", "than", "as", "after", "before", "to", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not"]);
const NP_INNER = new Set(["of", "in", "for", "from", "at", "on", "with"]);

/**
 * A plain noun phrase ending at token `last - 1` that is the subject of a cue ("Several supporters
 * of reform said", "Thirty percent said", "the State Department says"). Starts after a clause
 * boundary, within [floor, last); at most 8 tokens; null when the head is a function word.
 */
function genericSubject(tokens: readonly Token[], floor: number, last: number): NounPhrase | null {
  const head = tokens[last - 1];
  if (!head || !head.word || NOT_HEAD.has(head.lower) || /(ly|ing|n't)$/.test(head.lower) || /^[\d.,]+$/.test(head.lower)) return null;
  let first = last - 1;
  for (let k = last - 2; k >= floor && last - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (!t.word || NP_STOP.has(t.lower) || CUE_VERBS.has(t.lower)) break;
    first = k;
  }
  while (first < last - 1 && NP_INNER.has((tokens[first] as Token).lower)) first++;
  return describe(tokens, first, last - 1);
}

/** whitespace or . ! ? ; : , — trimmed from the end of a content */
function isTrimmable(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44;
}

/** a noun phrase of kind "description" over tokens [first, last] */
function describe(tokens: readonly Token[], first: number, last: number): NounPhrase {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return { kind: "description", first, last, start: a.start, end: b.end, nameStart: a.start, nameEnd: b.end, role: null, roleWords: [], agency: null };
}

/**
 * The comma that opens a trailing subject ending at token `last` (", a source close to him said"):
 * at most 10 words between, none of them a clause word; -1 when there is none.
 */
function trailingSubjectComma(tokens: readonly Token[], last: number): number {
  for (let k = last; k >= 0 && last - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k < last && k > 0 ? k : -1;
    if (!t.word || (NP_STOP.has(t.lower) && t.lower !== "to")) return -1;
  }
  return -1;
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

/** a plain noun phrase starting at `from` after an inverted cue ("said one former campaign staffer") */
function genericForward(tokens: readonly Token[], from: number): NounPhrase | null {
  let last = -1;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k] as Token;
    if (!t.word || NP_STOP.has(t.lower) || CUE_VERBS.has(t.lower) || TAIL_OPENERS.test(t.lower)) break;
    last = k;
  }
  if (last < from) return null;
  const head = tokens[last] as Token;
  if (NOT_HEAD.has(head.lower) || /(ly|ing)$/.test(head.lower)) return null;
  return describe(tokens, from, last);
}

/**
 * Does a clause open at token k? A subject pronoun before a word ("he will", "they want"), "it" /
 * "there" before a verb, or a short noun phrase (at most 6 words, no punctuation) before a finite
 * auxiliary ("the deal would fail", "Russia's economy had hit bottom").
 */
function looksLikeClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return tokens[k + 1]?.word === true;
  if (t.lower === "it" || t.lower === "there" || t.lower === "this") return CLAUSE_VERBS.test(tokens[k + 1]?.lower ?? "");
  if (TOPIC_PREPS.has(t.lower) || t.lower === "that" || FINITE.test(t.lower)) return false;
  for (let m = k + 1; m < tokens.length && m - k <= 6; m++) {
    const x = tokens[m] as Token;
    if (!x.word) return false;
    if (FINITE.test(x.lower)) return true;
  }
  return false;
}

/** does the quote text[start, end) end with a comma just inside its closing mark(s) (“overblown,” / ''overblown,'')? */
function commaBeforeClose(text: string, start: number, end: number): boolean {
  let e = end - 1;
  while (e > start && e >= end - 3 && /["'”’»]/.test(text[e] ?? "")) e--;
  return e > start && text.charCodeAt(e) === 44;
}
