import { NP_INNER } from "../lexicon/phrase-boundaries.ts";
import { QUOTE_INTRODUCERS } from "../lexicon/quote-boundaries.ts";
import type { ParsedArticle } from "../model/article.ts";
import type { ArticleMessage } from "../model/message.ts";
import type { CreditedSource, CueRef, ExtractedQuote, ExtractionResult, QuoteKind, SpeakerRef } from "../model/quote.ts";
import { buildEntityRegistry, type EntityRegistry } from "./build-entity-registry.ts";
import { findArticleCredits } from "./find-article-credits.ts";
import { findSentenceAttributions } from "./find-sentence-attributions.ts";
import { subjectOfSentence } from "./find-subject.ts";
import { markRepeats } from "./mark-repeats.ts";
import { pairQuoteMarks } from "./pair-quote-marks.ts";
import { parseNounPhrase } from "./parse-noun-phrase.ts";
import { INTRODUCTION_RULES } from "./rules/index.ts";
import { nameGroup } from "./name-group.ts";
import { resolveSpeaker, type ResolvedSpeaker, type SpeakerContext } from "./resolve-speaker.ts";
import { spanBounds, splitSentences } from "./split-sentences.ts";
import { reclaimPersonChannels } from "./reclaim-person-channels.ts";
import { splitMinedParagraphs } from "./split-mined-paragraphs.ts";
import { mapPacked } from "../ingest/map-packed.ts";
import { tokenizeWords } from "../text/tokenize-words.ts";
import type { Attribution, NounPhrase, Paragraph, QuoteSpan, Sentence, SentenceAnalysis, SentenceSource, Token } from "./types.ts";

export type ExtractInput = Pick<ParsedArticle, "text" | "regions" | "dateline" | "mined" | "language">;

export interface ExtractQuotesOptions {
  /** report indirect speech (default true) */
  indirect?: boolean;
  /** a quote nobody is named for must have at least this many words (default 6), wherever it stands */
  minUnattributedWords?: number;
  /** most "unbalanced-quote" messages per article (default 200) */
  maxMessages?: number;
}

interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: CueRef | null;
  /** the sentence-level credit, if any */
  source: Omit<CreditedSource, "scope"> | null;
  confidence: number;
  rule: string;
  /** a channel subject ("TASS reported that ...") without a speaker */
  channelOnly: boolean;
}

const QUOTE_TOKEN = "<q>";
/** a quotation nobody is named for counts from this many words when the sentence credits a channel ("according to AP") */
const MIN_CREDITED_WORDS = 3;

/**
 * Rule-based extraction of direct, partial and indirect quotes with speaker, cue and credited
 * source, plus the article-level credits. Pure and linear in the text length (per sentence work
 * is bounded). Offsets index `article.text`; every quote's `text` equals
 * `article.text.slice(start, end)`.
 */
export function extractQuotes(article: ExtractInput, options: ExtractQuotesOptions = {}): ExtractionResult {
  const text = article.text;
  const messages: ArticleMessage[] = [];
  if (!article.mined) {
    messages.push({ severity: "info", code: "not-mined", message: `article not mined (language ${article.language})`, stage: "extract" });
    return { credits: [], quotes: [], messages };
  }
  const wantIndirect = options.indirect ?? true;
  const minWords = options.minUnattributedWords ?? 6;
  const paragraphs = splitMinedParagraphs(text, article.regions);
  const paired = pairQuoteMarks(text, paragraphs, { maxMessages: options.maxMessages ?? 200 });
  messages.push(...paired.messages);
  const spans = paired.spans;
  const sentences = splitSentences(text, paragraphs, spans);
  const frames = mapPacked(sentences, (s) => frameTokens(text, s, spans));
  const registry = buildEntityRegistry(text, registryFrames(frames, sentences));
  const credits = findArticleCredits(text, paragraphs, article.regions, article.dateline);
  const previewRanges = mapPacked(paragraphs.filter((p) => p.region === "link-preview"), (p) => [p.start, p.end] as const);

  const drafts: Draft[] = [];
  const ctx: SpeakerContext = { lastSpeaker: null, paragraph: 0, sentenceStart: 0, prevSentenceStart: -1 };
  const qs: QuoteScan = { text, spans, paragraphs, registry, minWords, drafts, ctx, prevAnalysis: null, lastCued: null };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    const toks = frames[si] as Token[];
    const para = paragraphs[s.paragraph] as Paragraph;
    ctx.paragraph = s.paragraph;
    const before = si > 0 ? (sentences[si - 1] as Sentence) : null;
    ctx.prevSentenceStart = before && s.paragraph - before.paragraph <= 1 ? before.start : -1;
    ctx.sentenceStart = s.start;
    const headline = isHeadline(text, s, para, toks);
    const floor = contentFloor(text, s, article.dateline);
    const analysis = findSentenceAttributions(text, toks, s.end, floor);
    reclaimPersonChannels(text, analysis, registry);
    const src = analysis.source;
    // resolve the speaker of each attribution, in order (a pronoun looks at the previous one)
    const atts = analysis.attributions;
    // the resolved speaker of atts[k] at index k
    const resolved: (ResolvedSpeaker | null)[] = [];
    for (const a of atts) resolved.push(a.channelOnly || !a.np ? null : resolveSpeaker(text, a.np, registry, ctx));
    // an unresolved pronoun ("I said", "they say") still attributes: its speaker stays null
    const usable = atts.filter((a, k) => resolved[k] || a.channelOnly || a.np?.kind === "pronoun");

    const f: SentenceView = { s, toks, headline, analysis, atts, resolved, usable, src };
    const consumed = draftQuotes(qs, f);
    // indirect speech: attributions not used by a quote, in sentences that are not headlines
    if (wantIndirect && !headline) draftIndirectSpeech(qs, f, consumed);
    // an attribution without content still sets the subject for later pronouns ("Jalali praised ...")
    if (s.quotes.length === 0) {
      for (let k = 0; k < atts.length; k++) {
        const a = atts[k] as Attribution;
        const r = resolved[k] ?? null;
        if (r && !consumed.has(a) && !a.content && !insideReportedClause(atts, a) && !inFreeRelative(text, a)) ctx.lastSpeaker = { ref: r.ref, pos: a.cueStart, paragraph: s.paragraph };
      }
    }
    const handed = speakerOfSentence(qs, f);
    qs.prevAnalysis = { sentence: s, analysis, speaker: handed.speaker, cue: handed.cue };
  }

  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes = applySourcesAndIds(drafts, text);
  markRepeats(quotes, previewRanges);
  return { credits, quotes, messages };
}

/** what the sentence loop of extractQuotes carries from one sentence to the next */
interface QuoteScan {
  text: string;
  spans: readonly QuoteSpan[];
  paragraphs: readonly Paragraph[];
  registry: EntityRegistry;
  minWords: number;
  drafts: Draft[];
  ctx: SpeakerContext;
  /** the previous sentence, with the speaker it hands on and the cue that names that speaker ("Li said:"; null for "From Li:") */
  prevAnalysis: { sentence: Sentence; analysis: SentenceAnalysis; speaker: SpeakerRef | null; cue: CueRef | null } | null;
  /** the latest quote with a cue: a quote that resumes right after its attribution sentence continues it */
  lastCued: { cue: CueRef; speaker: SpeakerRef | null; paragraph: number; quoteEnd: number } | null;
}

/** one sentence as the draft passes see it: its frame, attributions and their resolved speakers */
interface SentenceView {
  s: Sentence;
  toks: Token[];
  headline: boolean;
  analysis: SentenceAnalysis;
  atts: Attribution[];
  /** the resolved speaker of atts[k] at index k */
  resolved: (ResolvedSpeaker | null)[];
  /** the attributions that may take a quote */
  usable: Attribution[];
  src: SentenceSource | null;
}

/**
 * The quotes of a sentence as drafts: each with the attribution that takes it, else a colon
 * introduction, a resumed or floating quote of the last speaker, or none. Returns the
 * attributions that took a quote.
 */
function draftQuotes(qs: QuoteScan, f: SentenceView): Set<Attribution> {
  const { text, spans, drafts, ctx, minWords } = qs;
  const { s, toks, headline, atts, resolved, usable, src } = f;
  const prevAnalysis = qs.prevAnalysis;
  let lastCued = qs.lastCued;
  const quoteToks: number[] = [];
  if (s.quotes.length > 0) toks.forEach((t, k) => { if (t.lower === QUOTE_TOKEN) quoteToks.push(k); });
  // most sentences have no quote taking an attribution: they share the empty set (never added to)
  let consumed: Set<Attribution> = NONE_CONSUMED;
  s.quotes.forEach((qi, n) => {
    const q = spans[qi] as QuoteSpan;
    const qt = quoteToks[n] ?? -1;
    const range = trimQuote(text, q.contentStart, q.contentEnd);
    if (!range) return;
    const words = countWords(text, range[0], range[1]);
    // a quote inside a reported clause belongs to the clause's cue ("told investors that X were “overblown,” adding ...")
    const att = usable.find((a) => a.content !== null && a.cueLast < qt && a.content[0] <= q.contentStart && a.content[1] >= q.contentEnd) ?? pickAttribution(usable, qt, toks);
    const kind = quoteKind(text, q, toks, qt, range);
    let speaker: SpeakerRef | null = null;
    let cue: CueRef | null = null;
    let rule = "";
    let confidence = 0.5;
    if (att) {
      if (consumed === NONE_CONSUMED) consumed = new Set<Attribution>();
      consumed.add(att);
      const r = speakerOf(atts, resolved, att);
      speaker = r?.ref ?? null;
      cue = { text: text.slice(att.cueStart, att.cueEnd), start: att.cueStart, end: att.cueEnd };
      rule = `${kind}.${att.mode === "leading" && att.cueStart < q.contentStart ? "leading-cue" : att.mode === "leading" ? "trailing-cue" : att.mode}`;
      confidence = 0.6 + 0.35 * (r?.certainty ?? 0.3);
    } else if (q.recovered === "stray-close") {
      rule = "partial.stray-close";
      confidence = 0.3;
    } else {
      // colon introduction in the previous sentence, or a floating quote after an attribution
      const prev = prevAnalysis;
      const prevEndsColon = prev !== null && lastChar(text, prev.sentence.start, prev.sentence.end) === ":" && s.paragraph - prev.sentence.paragraph <= 1;
      const continued = kind === "direct" && lastCued !== null && lastCued.paragraph === s.paragraph && startsSentence(toks, qt) &&
        q.open >= lastCued.cue.end && continuesAttribution(text, lastCued.cue.end, q.open, lastCued.quoteEnd);
      if (continued && lastCued) {
        // “A,” he said. “B.” — one statement resumed after its attribution: the same cue
        speaker = lastCued.speaker;
        cue = lastCued.cue;
        rule = "direct.continued";
        confidence = 0.7;
      } else if (prev && prevEndsColon && prev.speaker) {
        // "Li said:" then the quote: the introduction's cue is the quote's
        speaker = prev.speaker;
        cue = prev.cue;
        rule = `${kind}.colon-intro`;
        confidence = 0.75;
      } else if (kind === "direct" && ctx.lastSpeaker && s.paragraph - ctx.lastSpeaker.paragraph <= 1 && startsSentence(toks, qt)) {
        speaker = ctx.lastSpeaker.ref;
        rule = "direct.floating";
        confidence = 0.55;
      } else {
        // nobody is named. A quotation is someone's words wherever it stands, at the start of a
        // sentence or inside running text ("denounced the offer as “not a compromise but more
        // hostage taking”"): kept from `minWords` words (shorter ones are mostly scare quotes and
        // names), from three when the sentence credits a channel ("“we are ready” according to
        // AP": the credit says it is a quotation); never in a headline, never a title ("The
        // Nightly Show with Larry Wilmore" names a work, it says nothing)
        if (words < (src ? MIN_CREDITED_WORDS : minWords) || headline || isTitleCase(text, range[0], range[1])) return;
        rule = `${kind}.${src ? "credited" : "unattributed"}`;
        confidence = kind === "direct" && startsSentence(toks, qt) ? 0.35 : 0.3;
        // words quoted inside the sentence's own clause ("Mr. Obama pleaded with Americans not to “give
        // in to fear”"): the person the sentence is about is quoted
        const subject = kind === "partial" && !src ? subjectSpeaker(qs, toks, qt) : null;
        if (subject) {
          speaker = subject.ref;
          rule = "partial.sentence-subject";
          confidence = round(0.35 + 0.2 * subject.certainty);
        }
      }
    }
    if (q.recovered === "unclosed") { confidence *= 0.7; rule += "+unclosed"; }
    if (!att && q.recovered !== "stray-close" && words < 3) return;
    // a quote running over paragraphs is one statement given in pieces, one per paragraph (as
    // “A,” he said, “B.” is): each piece its own quote with the statement's speaker and cue
    // (only when its closing mark was found: an unclosed span is a guess, kept whole)
    const pieces = q.close >= 0 ? paragraphPieces(text, qs.paragraphs, s.paragraph, range) : [range];
    for (const [ps, pe] of pieces) {
      // a one- or two-word paragraph ("(CROSSTALK.)") is no piece of the statement
      if (pieces.length > 1 && countWords(text, ps, pe) < 3) continue;
      drafts.push({ start: ps, end: pe, kind: q.recovered === "stray-close" ? "partial" : kind, speaker, cue, source: src, confidence: round(confidence), rule, channelOnly: false });
    }
    if (speaker) ctx.lastSpeaker = { ref: speaker, pos: range[0], paragraph: s.paragraph };
    lastCued = cue ? { cue, speaker, paragraph: s.paragraph, quoteEnd: spanBounds(q)[1] } : null;
  });
  qs.lastCued = lastCued;
  return consumed;
}

/** draftQuotes' answer for a sentence none of whose quotes took an attribution (shared: never added to) */
const NONE_CONSUMED: Set<Attribution> = new Set<Attribution>();

/** the reported speech of a sentence's attributions as indirect drafts (not for a channel that only credits another speaker) */
function draftIndirectSpeech(qs: QuoteScan, f: SentenceView, consumed: ReadonlySet<Attribution>): void {
  const { text, drafts, ctx } = qs;
  const { s, analysis, atts, resolved, src } = f;
  const speakingWithContent = atts.filter((b, k) => resolved[k] && b.content).length;
  for (let k = 0; k < atts.length; k++) {
    const a = atts[k] as Attribution;
    if (!a.content) continue;
    const r = resolved[k] ?? null;
    if (!r && !a.channelOnly && a.np?.kind !== "pronoun" && a.lemma !== "ask") continue;
    // "X said ..., Fars News reported": the channel only credits the speaker's statement
    if (a.channelOnly && speakingWithContent > 0) continue;
    // "“...,” X said, according to TASS": the channel credits X's quote, it is not speech itself
    if (a.channelOnly && a.mode === "according" && analysis.attributions.some((b) => b !== a && !b.channelOnly)) continue;
    // a reported clause holding a quote ("called for more “flexibility” for ...") is emitted
    // as well as the quote: both share the cue
    const pieces = a.content2 ? [a.content, a.content2] : [a.content];
    for (const [cs, ce] of pieces) {
      const range = trimIndirect(text, cs, ce, pieces.length > 1 ? 1 : 8);
      if (!range) continue;
      const rule = `indirect.${pieces.length > 1 ? "inside-cue" : a.mode === "leading" && a.cueStart > range[1] ? "trailing-cue" : a.mode === "leading" ? "leading-cue" : a.mode}${consumed.has(a) ? "+mixed" : ""}`;
      drafts.push({
        start: range[0], end: range[1], kind: "indirect", speaker: r?.ref ?? null,
        cue: { text: text.slice(a.cueStart, a.cueEnd), start: a.cueStart, end: a.cueEnd },
        source: src, confidence: round(0.45 + 0.35 * (r?.certainty ?? 0.4)), rule, channelOnly: a.channelOnly,
      });
      // the subject of a clause reported by another ("X said his son had asked ...") is not the topic person
      if (r && !insideReportedClause(atts, a) && !inFreeRelative(text, a)) {
        ctx.lastSpeaker = { ref: r.ref, pos: range[0], paragraph: s.paragraph };
      }
    }
  }
}

/** the speaker a sentence hands to the next one, with its cue: its last resolved attribution's, else a verbless introduction's ("From X:", no cue) */
function speakerOfSentence(qs: QuoteScan, f: SentenceView): { speaker: SpeakerRef | null; cue: CueRef | null } {
  const { text, registry, ctx } = qs;
  const { s, toks, atts, resolved } = f;
  // the speaker of the last attribution that has one
  for (let k = atts.length - 1; k >= 0; k--) {
    const r = resolved[k];
    const a = atts[k] as Attribution;
    if (r) return { speaker: r.ref, cue: { text: text.slice(a.cueStart, a.cueEnd), start: a.cueStart, end: a.cueEnd } };
  }
  // "From Chairwoman Janet Holt:" before a quote paragraph: the introduction names the speaker
  if (s.quotes.length === 0 && toks[toks.length - 1]?.text === ":") {
    for (const rule of INTRODUCTION_RULES) {
      const np = rule.find(toks);
      if (np) return { speaker: resolveSpeaker(text, np, registry, ctx)?.ref ?? null, cue: null };
    }
  }
  return { speaker: null, cue: null };
}

/** Sentence-level credits, and the "carried" scope to the same speaker's following quotes. */
function applySourcesAndIds(drafts: readonly Draft[], text: string): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  let carry: { speaker: string; source: Omit<CreditedSource, "scope"> } | null = null;
  let lastSourceStart = -1;
  drafts.forEach((d, i) => {
    let source: CreditedSource | null = null;
    const name = d.speaker?.name ?? null;
    if (d.source && !(name !== null && name === d.source.name)) {
      source = { name: d.source.name, mention: d.source.mention, start: d.source.start, end: d.source.end, scope: "sentence" };
      if (d.source.start !== lastSourceStart) lastSourceStart = d.source.start;
      carry = name ? { speaker: name, source: d.source } : null;
    } else if (carry && name !== null && name === carry.speaker) {
      source = { name: carry.source.name, mention: carry.source.mention, start: carry.source.start, end: carry.source.end, scope: "carried" };
    } else if (name !== null) {
      carry = null;
    }
    out.push({
      id: `q${i + 1}`,
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      kind: d.kind,
      speaker: d.speaker,
      cue: d.cue,
      source,
      repeatOf: null,
      confidence: d.confidence,
      rule: d.rule,
    });
  });
  return out;
}

/** the cue of `a` lies in the content of another attribution: its subject is not the topic person ("X said his son had asked ...") */
function insideReportedClause(atts: readonly Attribution[], a: Attribution): boolean {
  return atts.some((b) => b !== a && b.content !== null && !b.channelOnly && a.cueStart >= b.content[0] && a.cueEnd <= b.content[1]);
}

/**
 * The attribution's subject opens a free relative ("denying what some have said was a signal",
 * "what critics call ..."): an object of the sentence, not its topic, so no later pronoun or
 * floating quote points back to it.
 */
function inFreeRelative(text: string, a: Attribution): boolean {
  return a.np !== null && /\bwhat\s+$/i.test(text.slice(Math.max(0, a.np.start - 6), a.np.start));
}

/** the person (named, a role, or "he"/"she") or the group of people the sentence opens with before token `qt`, resolved; null when it is none of these */
function subjectSpeaker(qs: QuoteScan, toks: readonly Token[], qt: number): ResolvedSpeaker | null {
  // the clause holding the quote: after the last ", and" / ", but" / ";" before it ("Pelosi rejected it, and Schumer denounced the offer as “...”")
  let from = 0;
  for (let k = qt - 1; k > 0; k--) {
    const t = toks[k] as Token;
    if (t.text === ";" || ((t.lower === "and" || t.lower === "but") && toks[k - 1]?.text === ",")) { from = k + 1; break; }
  }
  const clause = from > 0 ? toks.slice(from, qt) : toks;
  const np = NP_INNER.has(clause[0]?.lower ?? "") ? subjectAfterOpening(clause, qt - from) : subjectOfSentence(clause, qt - from);
  if (!np || np.last >= qt - from) return null;
  // "he"/"she", a name, or a definite role ("the senator"); never "The Perry ad", "FBI office"
  const phrase = qs.text.slice(np.start, np.end);
  const ok = np.kind === "pronoun" ? /^(he|she)$/i.test(phrase) : np.kind === "person" ? !/^the\s/i.test(phrase) : np.kind === "role" && /^the\s/i.test(phrase);
  // or a group named by its plural noun phrase ("Republicans have derided the plan as “...”", "Critics of the plan ...")
  if (!ok && ((np.kind !== "role" && np.kind !== "description") || nameGroup(phrase) === null)) return null;
  const r = resolveSpeaker(qs.text, np, qs.registry, qs.ctx);
  // (not when a parenthesis with its own subject follows it: "Managers, he went on, “are informed ...”" is his)
  // nor when another group is named between it and the quote: "Democrats put down an attempt by Republicans to ... with a resolution “...”")
  if (r && r.ref.type === "group" && r.certainty >= 0.75) {
    const between = qs.text.slice(np.end, (toks[qt] as Token).start);
    return PARENTHETICAL_SUBJECT.test(between) || between.split(/\s+/).some((w) => w.length > 3 && nameGroup(w.replace(/^\W+|\W+$/gu, "")) !== null) ? null : r;
  }
  // only a person of the entity memory: a full name or a titled one ("Additionally", "Managers" opening a sentence are nobody)
  return ok && r && r.ref.type === "person" && r.certainty >= 0.6 && knownNames(qs.registry).has(r.ref.name) ? r : null;
}

/** a comma, then a subject pronoun or a capitalised word and a verb ("Managers, he went on, ...", "Critics, Smith said, ...") */
const PARENTHETICAL_SUBJECT = /^,\s+(?:he|she|they|i|we|\p{Lu}[\p{L}.'’-]*)\s+\p{L}/u;

/** the names of the registry's persons, built once per registry */
const namesOf = new WeakMap<EntityRegistry, Set<string>>();

function knownNames(registry: EntityRegistry): Set<string> {
  let set = namesOf.get(registry);
  if (!set) {
    set = new Set(registry.persons.map((p) => p.name));
    namesOf.set(registry, set);
  }
  return set;
}

/** "In Wednesday's speech the senator ...": the first person or role phrase after an opening prepositional phrase (not the preposition's object) */
function subjectAfterOpening(toks: readonly Token[], before: number): NounPhrase | null {
  for (let k = 1; k < before && k < 10; k++) {
    if (NP_INNER.has((toks[k - 1] as Token).lower)) continue;
    const np = parseNounPhrase(toks, k, "forward", 0, before);
    if (np && (np.kind === "person" || np.kind === "role")) return np;
  }
  return null;
}

/** the resolved speaker of attribution `a` (one of `atts`, resolved[k] belonging to atts[k]) */
function speakerOf(atts: readonly Attribution[], resolved: readonly (ResolvedSpeaker | null)[], a: Attribution): ResolvedSpeaker | null {
  return resolved[atts.indexOf(a)] ?? null;
}

function pickAttribution(atts: readonly Attribution[], qt: number, toks: readonly Token[]): Attribution | null {
  if (atts.length === 0) return null;
  let best: Attribution | null = null;
  let bestD = Infinity;
  for (const a of atts) {
    if (a.channelOnly) continue;
    // a cue after the quote (trailing) is preferred over one before it at the same distance
    const d = a.cueFirst > qt ? a.cueFirst - qt : (qt - a.cueLast) + 0.5;
    if (d < bestD) { best = a; bestD = d; }
  }
  void toks;
  return best;
}

function quoteKind(text: string, q: QuoteSpan, toks: readonly Token[], qt: number, range: [number, number]): QuoteKind {
  if (q.recovered === "stray-close") return "partial";
  const first = text[range[0]] ?? "";
  const upper = /[\p{Lu}\p{N}“"‘'«…\[(]/u.test(first) || text.startsWith("...", range[0]);
  const prev = toks[qt - 1];
  const next = toks[qt + 1];
  const startsClause = !prev || prev.text === ":" || prev.text === "," || prev.text === "(" || prev.text === "—" || prev.text === "-" ||
    QUOTE_INTRODUCERS.test(prev.lower);
  const endsInside = /[,.!?…]$/.test(text.slice(q.contentStart, q.contentEnd).trimEnd());
  if (upper && (startsClause || (endsInside && (!next || next.text === "," || next.word)))) return upper && (startsClause || endsInside) ? "direct" : "partial";
  return "partial";
}

/**
 * Between an attribution and the next quote there is only the rest of that attribution sentence
 * ("“A,” he said about the vote. “B.”"): at most 12 words and no other quote since the cued one.
 */
function continuesAttribution(text: string, cueEnd: number, open: number, quoteEnd: number): boolean {
  if (open - cueEnd > 200) return false;
  const gap = text.slice(Math.max(cueEnd, quoteEnd), open);
  if (/["“”«»„]/.test(gap) || !/[.!?]\s*$/.test(gap)) return false;
  // (counted with test and lastIndex: no match object per word)
  let words = 0;
  GAP_WORD.lastIndex = 0;
  while (words <= 12 && GAP_WORD.test(gap)) words++;
  return words <= 12;
}

/** a word of continuesAttribution's gap (global: its lastIndex is reset before each count) */
const GAP_WORD = /[\p{L}\p{N}]+/gu;

function startsSentence(toks: readonly Token[], qt: number): boolean {
  const prev = toks[qt - 1];
  return !prev || prev.text === ":" || prev.lower === QUOTE_TOKEN;
}

/**
 * The frames the entity registry reads: the sentences outside their quotes (a frame without quotes
 * is passed as it is). A sentence that is only quotes leaves no tokens and is left out (the
 * registry finds nothing in it): an empty array has another shape than a token list, and one
 * reaching the registry's optimised code made V8 drop and recompile it.
 */
function registryFrames(frames: readonly Token[][], sentences: readonly Sentence[]): Token[][] {
  const out: Token[][] = [];
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k] as Token[];
    const outside = (sentences[k] as Sentence).quotes.length === 0 ? f : f.filter((t) => t.lower !== QUOTE_TOKEN);
    if (outside.length > 0) out.push(outside);
  }
  return out;
}

/** tokens of the sentence with each top-level quote as one "<q>" token */
function frameTokens(text: string, s: Sentence, spans: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = s.start;
  for (const qi of s.quotes) {
    const q = spans[qi] as QuoteSpan;
    const [qs, qe] = spanBounds(q);
    if (qs > pos) tokenizeWords(text, pos, Math.min(qs, s.end), out);
    out.push({ text: "\u201c\u201d", lower: QUOTE_TOKEN, start: qs, end: qe, cap: false, word: false, bits: 0 });
    pos = Math.max(pos, qe);
  }
  if (pos < s.end) tokenizeWords(text, pos, s.end, out);
  return out;
}

/** where content may start in a sentence: after a dateline ("Moscow, Aug 15 (EFE).- ", "Islam Times - ") */
function contentFloor(text: string, s: Sentence, dateline: ExtractInput["dateline"]): number {
  if (dateline && dateline.start <= s.start + 2 && dateline.end > s.start && dateline.end < s.end) return skipSpace(text, dateline.end, s.end);
  // datelines open paragraphs: only the first sentence of a paragraph can carry one
  if (s.start > 0 && text.charCodeAt(s.start - 1) !== 10) return s.start;
  // both patterns open with a capital: an ASCII character other than A-Z rules them out
  const c0 = text.charCodeAt(s.start);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return s.start;
  const headEnd = Math.min(s.end, s.start + 160);
  // cheap necessary conditions before the regexes: "(" within 61 characters, or a dash within 43
  const withParen = hasCharWithin(text, 40, s.start + 1, Math.min(headEnd, s.start + 62));
  if (!withParen && !hasDashWithin(text, s.start + 1, Math.min(headEnd, s.start + 43))) return s.start;
  const head = text.slice(s.start, headEnd);
  const m = (withParen ? DATELINE_PAREN.exec(head) : null) ?? DATELINE_DASH.exec(head);
  if (m && m[1]) return skipSpace(text, s.start + m[0].length, s.end);
  return s.start;
}

const DATELINE_PAREN = /^(\p{Lu}[^\n()]{0,60}?\([^()\n]{1,80}\)\s*(?:\.-|\.?\s?[-—–:]|:))\s*/u;
const DATELINE_DASH = /^(\p{Lu}[\p{L} ]{0,40}?\s[-—–]\s)/u;

/** is the character `code` in text[from, to)? (bounded, unlike indexOf) */
function hasCharWithin(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** is there a - — or – in text[from, to)? */
function hasDashWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

function skipSpace(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && /\s/.test(text[j] ?? "")) j++;
  return j;
}

/** a title or teaser line: no closing punctuation and short */
function isHeadline(text: string, s: Sentence, p: Paragraph, toks: readonly Token[]): boolean {
  if (s.end < p.end - 1) return false;
  if (/[.!?”"’»:…']/.test(lastChar(text, s.start, s.end))) return false;
  let words = 0;
  for (const x of toks) if (x.word && ++words >= 30) return false;
  return true;
}

/** the last character of text[start, end) that is not white space ("" when none) */
function lastChar(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e > start ? (text[e - 1] as string) : "";
}

/**
 * The pieces of a quote's content range [start, end) that begins in paragraph `first`: one per
 * paragraph it covers, each without the paragraph's opening mark, trimmed as trimQuote does.
 * A quote inside one paragraph is one piece.
 */
function paragraphPieces(text: string, paragraphs: readonly Paragraph[], first: number, range: [number, number]): [number, number][] {
  const [start, end] = range;
  const p0 = paragraphs[first];
  if (!p0 || p0.end >= end) return [range];
  const out: [number, number][] = [];
  for (let k = first; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph;
    if (p.start >= end) break;
    let a = Math.max(start, p.start);
    // a continuing paragraph opens with its own mark ('' is two characters)
    if (a === p.start && a > start) while (a < end && a < p.start + 2 && PARAGRAPH_OPENERS.has(text.charCodeAt(a))) a++;
    const piece = trimQuote(text, a, Math.min(end, p.end));
    if (piece) out.push(piece);
  }
  return out.length > 0 ? out : [range];
}

/** “ " « „ and ' (two of them open a paragraph as ''): the marks a continuing paragraph opens with */
const PARAGRAPH_OPENERS = new Set([0x201c, 0x22, 0xab, 0x201e, 0x27]);

function trimQuote(text: string, s: number, e: number): [number, number] | null {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  const last = text[b - 1];
  if ((last === "," || last === ".") && text[b - 2] !== ".") b--;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  return b > a ? [a, b] : null;
}

function trimIndirect(text: string, s: number, e: number, minChars = 8): [number, number] | null {
  let a = s;
  let b = e;
  while (a < b && /[\s,:]/.test(text[a] ?? "")) a++;
  while (b > a && /[\s,.;:]/.test(text[b - 1] ?? "")) b--;
  return b - a >= minChars ? [a, b] : null;
}

/** Is every word of text[s, e) capitalised, short function words aside ("Orange Is the New Black")? */
function isTitleCase(text: string, s: number, e: number): boolean {
  let capitals = 0;
  for (const m of text.slice(s, e).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0];
    if (/^\p{Lu}|^\p{N}/u.test(w)) capitals++;
    else if (!TITLE_SMALL_WORDS.has(w)) return false;
  }
  return capitals >= 2;
}

/** words a title leaves in lower case */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "vs"]);

function countWords(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
