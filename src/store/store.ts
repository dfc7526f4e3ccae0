/**
 * The store's public shapes. The store is the only code that talks to the database; everything it
 * returns is plain data from src/model. Each operation is implemented in its own file in this
 * folder; open-store.ts wires them to one connection pool.
 */
import type { ParsedArticle } from "../model/article.ts";
import type { Corpus } from "../model/corpus.ts";
import type { WriteCandidateIndexOptions } from "./write-candidate-index.ts";
import type { ArticleHead } from "./load-article-heads.ts";
import type { ReportWindow } from "./load-report-window.ts";
import type { MatchResult } from "../model/family.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import type { ExtractionResult } from "../model/quote.ts";
import type { MentionClues } from "../model/provenance.ts";
import type { QuoteFamily } from "../model/family.ts";
import type { LoadMatchScopeOptions, MatchScope } from "./load-match-scope.ts";
import type { SaveMatchOptions } from "./save-match.ts";
import type { LoadAuditScopeOptions } from "./load-audit-scope.ts";

export type { LoadMatchScopeOptions, MatchScope } from "./load-match-scope.ts";
export type { SaveMatchOptions } from "./save-match.ts";
export type { LoadAuditScopeOptions } from "./load-audit-scope.ts";
export type { WriteCandidateIndexOptions } from "./write-candidate-index.ts";
export type { ArticleHead } from "./load-article-heads.ts";

export interface OpenStoreOptions {
  /** a PostgreSQL URL; without it an embedded PGlite database is started under `dataDir` */
  databaseUrl?: string;
  /** embedded database directory; default `.quotetrail/pgdata` under the current directory */
  dataDir?: string;
  /** apply pending migrations when opening (default true) */
  migrate?: boolean;
  /** directory holding `<timestamp>_<name>/migration.sql`; default the package's prisma/migrations */
  migrationsDir?: string;
}

/** One article as ingest produced it, with its extraction (null when not mined / not extracted). */
export interface ArticleBundle {
  article: ParsedArticle;
  extraction: ExtractionResult | null;
  /**
   * Provenance clues of each quote of `extraction` (same order), found once at ingest and stored
   * with the mention; missing ones (older callers) are found again by provenance at match time.
   */
  clues?: readonly (MentionClues | null)[];
}

export type SaveArticleStatus = "new" | "new-version" | "unchanged" | "reprocessed" | "failed";

export interface SaveArticleResult {
  /** ParsedArticle.file of the bundle */
  file: string;
  status: SaveArticleStatus;
  articleId: string;
  versionId: string;
  /** why it failed, or a note (e.g. a version that became the latest again) */
  reason?: string;
}

export interface SaveArticlesOptions {
  /** re-write the extraction (and text, regions, metadata) of versions already stored */
  force?: boolean;
  /**
   * false: do not write the new mentions' candidate keys (a bulk loader that writes the index
   * afterwards, faster, e.g. with COPY and the primary key built once). The store is then marked
   * as not having a complete index, so the next match completes it (completeCandidateIndex)
   * unless the loader did and marked it ready.
   */
  candidateKeys?: boolean;
}

export interface StoreSummary {
  articles: number;
  /** stored versions (every article has at least one) */
  versions: number;
  outlets: number;
  /** mentions of the latest version of each article */
  mentions: number;
  speakers: number;
  families: number;
}

/** Time this store's operations spent waiting for the advisory locks other processes held (many workers, one server). */
export interface LockWaits {
  /** waiting for the match lock (one match at a time per database), milliseconds, summed */
  matchWaitMs: number;
  /** holding it: the matches themselves, milliseconds, summed */
  matchHeldMs: number;
  matches: number;
  /** waiting for the article-write lock (one batch write at a time), milliseconds, summed */
  articleWaitMs: number;
  articleBatches: number;
}

export interface StoredMatch {
  result: MatchResult;
  provenance: FamilyProvenance[];
}

export interface Store {
  /** "embedded" (PGlite under dataDir) or "server" (databaseUrl) */
  readonly kind: "embedded" | "server";
  /** apply pending migrations; names of those applied now */
  migrate(): Promise<{ applied: string[] }>;
  /** store articles with their extraction; one result per bundle, in order */
  saveArticles(bundles: readonly ArticleBundle[], options?: SaveArticlesOptions): Promise<SaveArticleResult[]>;
  /** the latest version of every article with its mentions */
  loadCorpus(): Promise<Corpus>;
  /**
   * replace all families, variants, memberships, changes, provenance, chains and flags (or, with
   * `options.replaces`, only those families)
   */
  saveMatch(result: MatchResult, provenance: readonly FamilyProvenance[], options?: SaveMatchOptions): Promise<void>;
  loadMatch(): Promise<StoredMatch>;
  /**
   * What an incremental match of the mentions waiting for one needs, found through the candidate
   * index (see MatchScope); null when the index is not complete (a store upgraded from before it).
   */
  loadMatchScope(options: LoadMatchScopeOptions): Promise<MatchScope | null>;
  /** ids of stored families outside `scope` that share a base id with one of `families` */
  findCollidingFamilies(families: readonly QuoteFamily[], scope: readonly string[]): Promise<string[]>;
  /** writes the candidate keys of every stored mention when the index is not complete (see writeCandidateIndex) */
  completeCandidateIndex(options?: WriteCandidateIndexOptions): Promise<void>;
  /** up to `limit` family ids after `after`, in id order (keyset paging: "" for the first page) */
  listFamilyIds(after: string, limit: number): Promise<string[]>;
  /** the given families with their provenance, their members' mentions and those mentions' articles (see loadFamilies) */
  loadFamilies(familyIds: readonly string[]): Promise<{ corpus: Corpus } & StoredMatch>;
  /** up to `limit` articles after `after` in id order, without their text; `since`: only those dated on or after it (see loadArticleHeads) */
  loadArticleHeads(after: string, limit: number, since?: string | null): Promise<ArticleHead[]>;
  /** the families quoted on pages dated on or after `since` and those pages' mention count (see loadReportWindow) */
  loadReportWindow(since: string): Promise<ReportWindow>;
  /**
   * The families an audit query may mean (by id or id prefix, or nearest the fragment through the
   * trigram index), with their provenance, mentions and articles; see loadAuditScope.
   */
  loadAuditScope(options: LoadAuditScopeOptions): Promise<StoredMatch & { corpus: Corpus }>;
  /** stored families whose members come from more than one outlet */
  countMultiOutletFamilies(): Promise<number>;
  /**
   * Runs `match` (load, compute, saveMatch) alone: on a server, concurrent processes' matches run
   * one after another. When it resolves, the articles stored before it started count as matched.
   */
  runMatch<T>(match: () => Promise<T>): Promise<T>;
  /** another process is matching now (server only; a glance that may be stale at once, see isMatchRunning) */
  matchRunning(): Promise<boolean>;
  /** articles were stored (or replaced) since the last match that finished: a match is owed */
  matchPending(): Promise<boolean>;
  summary(): Promise<StoreSummary>;
  /** lock waits since the store was opened (all zero on the embedded database, which takes no locks) */
  lockWaits(): LockWaits;
  /** the URL `prisma studio --url` needs for this database */
  studioUrl(): string;
  close(): Promise<void>;
}
