import type { CorpusArticle } from "../model/corpus.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import { compareStrings } from "../model/compare-strings.ts";
import { compareFamilies, type FamilyRankKey } from "./compare-families.ts";
import { isAlteredOccurrence } from "./is-altered-occurrence.ts";
import type { FamilyView } from "./build-family-view.ts";
import { makeSlugs } from "./make-slugs.ts";
import type { FamilySummary, OriginSummary, OutletSummary, ReportIndex, SpeakerSummary } from "./build-report-data.ts";

/** What the report's figures need of an article (no text). */
type ArticleHead = Pick<CorpusArticle, "id" | "outlet" | "url" | "file" | "corpusPath" | "publishedAt">;

/**
 * The report's index figures, gathered from articles and families given in batches (any number
 * of calls; articles in id order across calls): holds one compact summary per family and one
 * entry per outlet, origin and speaker name, never a family's occurrences.
 */
export interface ReportTally {
  addArticles(articles: readonly ArticleHead[]): void;
  /** returns the families' summaries (rank 0 until finish ranks them) */
  addFamilies(views: readonly FamilyView[]): FamilySummary[];
  /**
   * the index: families ranked (spread, drift severity, mentions, id), outlets, origins, speakers;
   * with `keepFamilies: false` its `families` is empty (the caller keeps and ranks them) and
   * `summary.families` counts them
   */
  finish(mentions: number): ReportIndex;
  /** the flags any family's occurrences carry */
  familyFlags(): Set<OccurrenceFlag>;
}

export interface ReportTallyOptions {
  /** keep every family's summary for finish to rank (default true); false: memory per family is nil */
  keepFamilies?: boolean;
}

interface OutletCounts { families: number; mentions: number; alteredMentions: number; flaggedMentions: number; flags: Map<OccurrenceFlag, number> }
/** a name seen on several families: the one the highest-ranked family gives (its rank key only) */
interface NamedEntry<T> { by: FamilyRankKey; entry: T }

/** A tally for one report (see ReportTally); buildReportData and the streamed report both use it. */
export function createReportTally(generatedAt: string, options: ReportTallyOptions = {}): ReportTally {
  const keepFamilies = options.keepFamilies ?? true;
  let articleCount = 0;
  let familyCount = 0;
  const flagsSeen = new Set<OccurrenceFlag>();
  let corpusAsOf: string | null = null;
  const outletNames = new Set<string>();
  const outlets = new Map<string, OutletSummary>();
  const outletCounts = new Map<string, OutletCounts>();
  const families: FamilySummary[] = [];
  const origins = new Map<string, NamedEntry<OriginSummary>>();
  const credits = new Map<string, number>();
  const speakers = new Map<string, NamedEntry<SpeakerSummary>>();
  const name = <T extends { name: string }>(map: Map<string, NamedEntry<T>>, key: string, summary: FamilySummary, make: () => T): T => {
    const known = map.get(key);
    const by = (): FamilyRankKey => ({ id: summary.id, spread: summary.spread, maxSeverity: summary.maxSeverity, mentionCount: summary.mentionCount });
    if (!known) {
      const entry = make();
      map.set(key, { by: by(), entry });
      return entry;
    }
    if (compareFamilies(summary, known.by) < 0) {
      known.by = by();
      known.entry.name = make().name;
    }
    return known.entry;
  };
  return {
    addArticles(articles) {
      for (const article of articles) {
        articleCount++;
        if (article.publishedAt !== null && (corpusAsOf === null || article.publishedAt > corpusAsOf)) corpusAsOf = article.publishedAt;
        const outletName = nameOutlet(article);
        outletNames.add(outletName);
        const key = makeNameKey(outletName);
        const entry = outlets.get(key) ?? {
          name: outletName, slug: "", domain: article.outlet?.domain ?? null, kind: article.outlet?.kind ?? "unknown",
          country: article.outlet?.country ?? null,
          articles: 0, families: 0, mentions: 0, alteredMentions: 0, flaggedMentions: 0, flagCounts: [],
        };
        entry.articles++;
        outlets.set(key, entry);
      }
    },
    addFamilies(views) {
      const made: FamilySummary[] = [];
      for (const view of views) {
        const summary: FamilySummary = {
          id: view.id, rank: 0, speaker: view.speaker, spread: view.spread, mentionCount: view.mentionCount,
          maxSeverity: view.maxSeverity, origin: view.origin, flagCounts: view.flagCounts, outlets: view.outlets,
          canonical: { text: view.canonical.text },
        };
        made.push(summary);
        familyCount++;
        if (keepFamilies) families.push(summary);
        for (const c of view.flagCounts) flagsSeen.add(c.flag);
        const carried = new Set<string>();
        for (const occurrence of view.occurrences) {
          if (occurrence.source) {
            const key = makeNameKey(occurrence.source.name);
            credits.set(key, (credits.get(key) ?? 0) + 1);
          }
          if (occurrence.outlet === null) continue;
          const key = makeNameKey(occurrence.outlet);
          let counts = outletCounts.get(key);
          if (!counts) outletCounts.set(key, (counts = { families: 0, mentions: 0, alteredMentions: 0, flaggedMentions: 0, flags: new Map() }));
          counts.mentions++;
          if (isAlteredOccurrence(occurrence)) counts.alteredMentions++;
          if (occurrence.flags.length > 0) counts.flaggedMentions++;
          for (const flag of occurrence.flags) counts.flags.set(flag, (counts.flags.get(flag) ?? 0) + 1);
          carried.add(key);
        }
        for (const key of carried) {
          const counts = outletCounts.get(key);
          if (counts) counts.families++;
        }
        if (view.origin !== null) {
          const origin = view.origin;
          name(origins, makeNameKey(origin), summary, () => ({ name: origin, families: 0, creditingMentions: 0 })).families++;
        }
        if (view.speaker !== null) {
          const speaker = view.speaker;
          const entry = name(speakers, makeNameKey(speaker), summary, () => ({ name: speaker, slug: "", families: 0, mentions: 0 }));
          entry.families++;
          entry.mentions += view.mentionCount;
        }
      }
      return made;
    },
    familyFlags: () => new Set(flagsSeen),
    finish(mentions) {
      families.sort(compareFamilies);
      families.forEach((family, index) => { family.rank = index + 1; });
      for (const [key, entry] of outlets) {
        const counts = outletCounts.get(key);
        if (!counts) continue;
        entry.families = counts.families;
        entry.mentions = counts.mentions;
        entry.alteredMentions = counts.alteredMentions;
        entry.flaggedMentions = counts.flaggedMentions;
        entry.flagCounts = [...counts.flags].map(([flag, count]) => ({ flag, count }));
      }
      const outletList = [...outlets.values()].sort((a, b) => b.families - a.families || b.articles - a.articles || compareStrings(a.name, b.name));
      const outletSlugs = makeSlugs(outletList.map((o) => o.name));
      for (const outlet of outletList) {
        outlet.slug = outletSlugs.get(makeNameKey(outlet.name)) ?? "";
        outlet.flagCounts.sort((a, b) => compareStrings(a.flag, b.flag));
      }
      const originList = [...origins].map(([key, { entry }]) => ({ ...entry, creditingMentions: credits.get(key) ?? 0 }))
        .sort((a, b) => b.families - a.families || b.creditingMentions - a.creditingMentions || compareStrings(a.name, b.name));
      const speakerList = [...speakers.values()].map(({ entry }) => entry)
        .sort((a, b) => b.families - a.families || b.mentions - a.mentions || compareStrings(a.name, b.name));
      const speakerSlugs = makeSlugs(speakerList.map((sp) => sp.name));
      for (const speaker of speakerList) speaker.slug = speakerSlugs.get(makeNameKey(speaker.name)) ?? "";
      return {
        schemaVersion: 1,
        generatedAt,
        corpusAsOf,
        summary: { articles: articleCount, outlets: outletNames.size, mentions, families: familyCount },
        families,
        outlets: outletList,
        origins: originList,
        speakers: speakerList,
      };
    },
  };
}
