import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { Change, FamilySpeakerVote, LinkType, QuoteFamily } from "../model/family.ts";
import type { FamilyProvenance, OccurrenceFlag } from "../model/provenance.ts";
import type { QuoteKind } from "../model/quote.ts";
import { buildFamilyView, type ViewInput } from "../view/build-family-view.ts";
import { makeVerdict } from "./make-verdict.ts";
import { scoreFragment } from "./score-fragment.ts";
import { tokenizeSearchWords } from "../text/tokenize-search-words.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { nameArticleFile } from "../provenance/name-article-file.ts";

/** Families re-scored with sliding windows after the cheap first pass. */
const WINDOW_POOL = 50;

export interface AuditQuery {
  /** a fragment of the wording, any variant, typos tolerated */
  text?: string;
  /** a family id; wins over text when both are given */
  familyId?: string;
}

export interface AuditQuoteOptions {
  /** minimum score (0..1) for the best candidate to count as found (default 0.5) */
  minScore?: number;
  /** how many candidates to list (default 5) */
  maxCandidates?: number;
}

/**
 * The `quotetrail audit --json` document (issues 5 and 14), field for field; its JSON Schema is
 * schemas/audit.schema.json (tests/audit/audit-schema.test.ts validates against it).
 */
export interface AuditResult {
  query: string;
  /** how the family was looked up: by `--id`, or by a text fragment */
  lookup: "id" | "text";
  /** how many families the corpus holds (an unknown id is told apart from an empty corpus) */
  familyCount: number;
  /** the score the best candidate needed to be chosen */
  minScore: number;
  family: AuditFamily | null;
  /** the best-scoring families, best first, the chosen one included: the runners-up of a found answer too */
  candidates: AuditCandidate[];
}

export interface AuditFamily {
  id: string;
  /** the reference wording every change is measured from, and why it is the reference */
  canonical: { text: string; outlet: string | null; publishedAt: string | null; reason: string };
  speaker: { name: string } | null;
  /** every distinct speaker the members name, with who disagrees (shown, not hidden) */
  speakers: FamilySpeakerVote[];
  origin: { name: string } | null;
  chain: { from: string; to: string; evidence: string }[];
  occurrences: AuditOccurrence[];
  verdict: string;
}

export interface AuditOccurrence {
  mentionId: string;
  articleId: string;
  outlet: string | null;
  /** the article's title, when known */
  title: string | null;
  url: string | null;
  /** the article's file relative to the corpus root, never an absolute path (nameArticleFile, as the reports show it) */
  file: string;
  /** page date */
  publishedAt: string | null;
  text: string;
  kind: QuoteKind;
  link: LinkType;
  source: { name: string; mention: string } | null;
  similarity: number;
  fidelity: number;
  changes: Change[];
  flags: OccurrenceFlag[];
}

export interface AuditCandidate {
  id: string;
  text: string;
  /** 0..1 (scoreFragment); 1 for a family found by its id, 0 for an id that only begins alike */
  score: number;
}

/**
 * Finds the family a query means — by id, or by fuzzy match of the fragment against every
 * variant's and mention's wording (see scoreFragment) — and returns its audit: speaker, origin,
 * chain, every occurrence with its changes and flags, and a one-line verdict. When nothing scores
 * `minScore`, `family` is null and `candidates` lists the nearest families (the CLI exits 3).
 * Candidates are always the best-scoring families, best first, ties by id, the chosen one first
 * when one is chosen, so a fragment that fits several families shows the others beside it.
 */
export function auditQuote(query: AuditQuery, input: ViewInput, options: AuditQuoteOptions = {}): AuditResult {
  const minScore = options.minScore ?? 0.5;
  const maxCandidates = options.maxCandidates ?? 5;
  const families = input.match.families;
  const mentionText = new Map(input.corpus.mentions.map((m) => [m.id, m.text]));
  const about = { familyCount: families.length, minScore };

  if (query.familyId !== undefined && query.familyId !== "") {
    const id = query.familyId.trim();
    const family = families.find((f) => f.id === id);
    const candidates = family
      ? [{ id: family.id, text: canonicalText(family, mentionText), score: 1 }]
      : families
          .filter((f) => f.id.startsWith(id) || id.startsWith(f.id))
          .sort((a, b) => compareStrings(a.id, b.id))
          .slice(0, maxCandidates)
          .map((f) => ({ id: f.id, text: canonicalText(f, mentionText), score: 0 }));
    return { query: id, lookup: "id", ...about, family: family ? auditFamily(family, input) : null, candidates };
  }

  const text = query.text ?? "";
  const words = tokenizeSearchWords(text);
  // Two passes: a cheap score (whole-text Dice and word containment) over every family, then the
  // full score, windows included, for the best WINDOW_POOL only — a window can only score high
  // where the words are there, so the pool loses nothing that matters and the search stays fast.
  const pool: { family: QuoteFamily; texts: string[][]; score: number }[] = [];
  for (const family of families) {
    const texts = new Set<string>(family.variants.map((v) => v.text));
    for (const member of family.members) {
      const t = mentionText.get(member.mentionId);
      if (t !== undefined) texts.add(t);
    }
    const tokenised = [...texts].map((t) => tokenizeSearchWords(t));
    let score = 0;
    for (const t of tokenised) score = Math.max(score, scoreFragment(words, t, { windows: false }));
    pool.push({ family, texts: tokenised, score });
  }
  pool.sort((a, b) => b.score - a.score || compareStrings(a.family.id, b.family.id));
  const scored: AuditCandidate[] = [];
  pool.forEach((entry, index) => {
    let score = entry.score;
    if (index < WINDOW_POOL) {
      for (const t of entry.texts) {
        if (score >= 1) break;
        score = Math.max(score, scoreFragment(words, t));
      }
    }
    if (score > 0) scored.push({ id: entry.family.id, text: canonicalText(entry.family, mentionText), score: Math.round(score * 1000) / 1000 });
  });
  scored.sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
  const candidates = scored.slice(0, maxCandidates);
  const best = candidates[0];
  const family = best && best.score >= minScore ? families.find((f) => f.id === best.id) : undefined;
  return { query: text, lookup: "text", ...about, family: family ? auditFamily(family, input) : null, candidates };
}

function auditFamily(family: QuoteFamily, input: ViewInput): AuditFamily {
  // The family's view, as the reports show it, so the audit and the reports can never disagree.
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));
  let provenance: FamilyProvenance | undefined;
  for (const p of input.provenance) if (p.familyId === family.id) provenance = p; // the last, as the report's map keeps
  const report = buildFamilyView(family, provenance, articles, mentions);
  const occurrences: AuditOccurrence[] = report.occurrences.map((o) => ({
    mentionId: o.mentionId,
    articleId: o.articleId,
    outlet: o.outlet,
    title: o.title,
    url: o.url,
    file: nameOccurrenceFile(articles.get(o.articleId)),
    publishedAt: o.publishedAt,
    text: o.text,
    kind: o.kind,
    link: o.link,
    source: o.source ? { name: o.source.name, mention: o.source.mention } : null,
    similarity: o.similarity,
    fidelity: o.fidelity,
    changes: o.changes.map((c) => ({ type: c.type, from: c.from, to: c.to, severity: c.severity })),
    flags: [...o.flags],
  }));
  return {
    id: report.id,
    canonical: { text: report.canonical.text, outlet: report.canonical.outlet, publishedAt: report.canonical.publishedAt, reason: report.canonical.reason },
    speaker: report.speaker === null ? null : { name: report.speaker },
    speakers: report.speakers.map((v) => ({ ...v, outlets: [...v.outlets] })),
    origin: report.origin === null ? null : { name: report.origin },
    chain: report.chain.map((link) => ({ from: link.from, to: link.to, evidence: link.evidence })),
    occurrences,
    verdict: makeVerdict(occurrences),
  };
}

/** The article's file relative to the corpus (nameArticleFile, as the reports show it); "" when the corpus lacks the article. */
function nameOccurrenceFile(article: CorpusArticle | undefined): string {
  return article ? nameArticleFile(article) : "";
}

function canonicalText(family: QuoteFamily, mentionText: ReadonlyMap<string, string>): string {
  return mentionText.get(family.canonicalMentionId)
    ?? family.variants.find((v) => v.id === family.canonicalVariantId)?.text
    ?? family.variants[0]?.text
    ?? "";
}

