import type { OutletRef } from "../model/article.ts";
import type { Corpus, CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { MatchResult, QuoteFamily } from "../model/family.ts";
import type { FamilyProvenance, MentionClues } from "../model/provenance.ts";
import { buildChain } from "./build-chain.ts";
import { chooseSetting } from "./choose-setting.ts";
import { findProvenanceClues } from "./find-provenance-clues.ts";
import { flagOccurrences } from "./flag-occurrences.ts";
import { pickMostCommonName } from "../text/pick-most-common-name.ts";
import { pickFirstAppearance } from "./pick-first-appearance.ts";
import { listOutlets } from "../lexicon/outlets.ts";

export interface TraceProvenanceOptions {
  /**
   * Outlets known beyond the corpus (e.g. the lexicon's), used to name a link-preview domain
   * ("laprensalatina.com" -> "La Prensa Latina"). Defaults to the outlet lexicon
   * (src/lexicon/outlets.ts). Corpus outlets are always used and win over these.
   */
  knownOutlets?: readonly OutletRef[];
  /**
   * Outlets of stored articles that `corpus` does not hold (a corpus loaded in part, for an
   * incremental match), in the order of their first article id: named like corpus outlets, before
   * `knownOutlets`.
   */
  corpusOutlets?: readonly OutletRef[];
  /** page date may trail the event date by this many days before `page-date-mismatch` (default 7) */
  pageDateToleranceDays?: number;
  /** characters before a quote searched for a link-preview domain line (default 600) */
  previewWindow?: number;
}

/**
 * Provenance of every family (pure): speaker, setting, first appearance, attributed origin, relay
 * chain and per-occurrence flags. Sorted by family id. Mentions missing from the corpus are
 * ignored rather than thrown on: the match result may be newer than a partial corpus load.
 */
export function traceProvenance(
  corpus: Corpus,
  match: MatchResult,
  options: TraceProvenanceOptions = {},
): FamilyProvenance[] {
  const articles = new Map<string, CorpusArticle>(corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(corpus.mentions.map((m) => [m.id, m]));
  const outletsByDomain = new Map<string, OutletRef>();
  for (const article of corpus.articles) if (article.outlet) addDomain(outletsByDomain, article.outlet);
  for (const outlet of options.corpusOutlets ?? []) addDomain(outletsByDomain, outlet);
  for (const outlet of options.knownOutlets ?? lexiconOutlets()) addDomain(outletsByDomain, outlet);

  const cluesOf = makeCluesLookup(corpus, articles, options.previewWindow);

  const families = [...match.families].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return families.map((family) => {
    const origin = pickOrigin(family, mentions);
    const flagOptions = {
      articles, mentions, origin,
      ...(options.pageDateToleranceDays === undefined ? {} : { pageDateToleranceDays: options.pageDateToleranceDays }),
    };
    const chainOptions = {
      articles, mentions, outletsByDomain, previewsOf: (m: CorpusMention) => cluesOf(m).previews,
    };
    return {
      familyId: family.id,
      speaker: pickSpeaker(family, mentions),
      setting: pickSetting(family, articles, mentions, cluesOf),
      firstAppearance: pickFirstAppearance(family, { articles, mentions }),
      origin,
      chain: buildChain(family, chainOptions),
      flags: flagOccurrences(family, flagOptions),
    };
  });
}

function addDomain(map: Map<string, OutletRef>, outlet: OutletRef): void {
  if (!outlet.domain) return;
  const domain = outlet.domain.toLowerCase().replace(/^www\./, "");
  if (!map.has(domain)) map.set(domain, outlet);
}

/** Most credited quote-level source; ties go to the one credited earliest in member order. */
function pickOrigin(family: QuoteFamily, mentions: ReadonlyMap<string, CorpusMention>): string | null {
  return pickMostCommonName(family.members.map((m) => mentions.get(m.mentionId)?.source?.name))?.name ?? null;
}

function pickSpeaker(family: QuoteFamily, mentions: ReadonlyMap<string, CorpusMention>): string | null {
  if (family.speaker) return family.speaker;
  return pickMostCommonName(family.members.map((m) => mentions.get(m.mentionId)?.speaker?.name))?.name ?? null;
}

/** The setting found around the canonical mention, else around each other member in order. */
function pickSetting(
  family: QuoteFamily,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
  cluesOf: (mention: CorpusMention) => MentionClues,
): string | null {
  const order = [
    family.canonicalMentionId,
    ...family.members.map((m) => m.mentionId).filter((id) => id !== family.canonicalMentionId),
  ];
  for (const id of order) {
    const mention = mentions.get(id);
    const article = mention ? articles.get(mention.articleId) : undefined;
    if (!mention || !article) continue;
    const speaker = family.speaker ?? mention.speaker?.name ?? null;
    const setting = chooseSetting(article.text, cluesOf(mention).setting, speaker);
    if (setting) return setting;
  }
  return null;
}

/**
 * A mention's provenance clues: as stored with it (computed once when its article version was
 * stored), else computed for all mentions of its article at once, once per call (linear in the
 * article's text), e.g. for rows stored before clues were, or for another preview window.
 */
function makeCluesLookup(
  corpus: Corpus,
  articles: ReadonlyMap<string, CorpusArticle>,
  previewWindow: number | undefined,
): (mention: CorpusMention) => MentionClues {
  const storedUsable = previewWindow === undefined || previewWindow === DEFAULT_PREVIEW_WINDOW;
  let byArticle: Map<string, CorpusMention[]> | null = null;
  const computed = new Map<string, MentionClues>();
  const none: MentionClues = { setting: [], previews: [] };
  return (mention) => {
    if (storedUsable && mention.clues) return mention.clues;
    const known = computed.get(mention.id);
    if (known) return known;
    const article = articles.get(mention.articleId);
    if (!article) return none;
    if (!byArticle) {
      byArticle = new Map();
      for (const m of corpus.mentions) {
        const list = byArticle.get(m.articleId);
        if (list) list.push(m);
        else byArticle.set(m.articleId, [m]);
      }
    }
    const siblings = byArticle.get(mention.articleId) ?? [mention];
    const clues = findProvenanceClues(article.text, siblings, previewWindow);
    siblings.forEach((m, i) => computed.set(m.id, clues[i] ?? none));
    return computed.get(mention.id) ?? none;
  };
}

const DEFAULT_PREVIEW_WINDOW = 600;

function lexiconOutlets(): OutletRef[] {
  return listOutlets().flatMap((entry) =>
    entry.domains.map((domain) => ({ name: entry.name, domain, kind: entry.kind, country: entry.country })));
}
