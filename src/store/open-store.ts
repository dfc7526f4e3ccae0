import pg from "pg";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { applyMigrations } from "./apply-migrations.ts";
import { loadCorpus } from "./load-corpus.ts";
import { loadMatch } from "./load-match.ts";
import { loadMatchScope } from "./load-match-scope.ts";
import { findCollidingFamilies } from "./find-colliding-families.ts";
import { writeCandidateIndex } from "./write-candidate-index.ts";
import { loadAuditScope } from "./load-audit-scope.ts";
import { listFamilyIds } from "./list-family-ids.ts";
import { loadFamilies } from "./load-families.ts";
import { loadArticleHeads } from "./load-article-heads.ts";
import { loadReportWindow } from "./load-report-window.ts";
import { saveArticles } from "./save-articles.ts";
import { saveMatch } from "./save-match.ts";
import { runMatch } from "./run-match.ts";
import { isMatchRunning } from "./is-match-running.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./start-embedded-postgres.ts";
import { STORE_INTERNALS, type StoreInternals } from "./store-internals.ts";
import type { LockWaits, OpenStoreOptions, Store } from "./store.ts";
import { summariseStore } from "./summarise-store.ts";

export type {
  ArticleBundle, LoadMatchScopeOptions, LockWaits, MatchScope, OpenStoreOptions, SaveMatchOptions, SaveArticleResult, SaveArticleStatus, SaveArticlesOptions, Store, StoredMatch, StoreSummary,
} from "./store.ts";

/**
 * Opens the store: the server at `databaseUrl`, or else an embedded PGlite database under
 * `dataDir` (locked against other processes). Applies pending migrations unless `migrate: false`.
 * Every operation runs on one pooled connection; on the embedded database the pool holds exactly
 * one, because its socket server is a single shared session.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { embedded, url } = await startDatabase(options);
  const pool = new pg.Pool({ connectionString: withoutParam(url, "max"), max: embedded ? 1 : 4, idleTimeoutMillis: 0 });
  pool.on("error", () => undefined); // an idle connection dropped by the server: the next query reconnects
  const connections = manageConnections(pool, embedded);
  const { withClient, close, prisma } = connections;
  const internals: StoreInternals = {
    url,
    dataDir: embedded?.dataDir ?? null,
    query: async <T extends object>(sql: string, params: readonly unknown[] = []) =>
      withClient(async (c) => (await c.query(sql, params as unknown[])).rows as T[]),
    withClient,
    prisma,
  };
  const waits: LockWaits = { matchWaitMs: 0, matchHeldMs: 0, matches: 0, articleWaitMs: 0, articleBatches: 0 };
  const migrationOptions = options.migrationsDir === undefined ? {} : { migrationsDir: options.migrationsDir };
  const store: Store & { [STORE_INTERNALS]: StoreInternals } = {
    kind: embedded ? "embedded" : "server",
    migrate: () => withClient((c) => applyMigrations(c, migrationOptions)),
    saveArticles: (bundles, saveOptions) => withClient((c) => saveArticles(c, bundles, saveOptions, waits)),
    loadCorpus: () => withClient((c) => loadCorpus(c)),
    saveMatch: (result, provenance, saveOptions) => withClient((c) => saveMatch(c, result, provenance, saveOptions)),
    loadMatch: () => withClient((c) => loadMatch(c)),
    loadMatchScope: (scopeOptions) => withClient((c) => loadMatchScope(c, scopeOptions)),
    findCollidingFamilies: (families, scope) => withClient((c) => findCollidingFamilies(c, families, scope)),
    completeCandidateIndex: (indexOptions) => withClient((c) => writeCandidateIndex(c, indexOptions)),
    loadAuditScope: (auditOptions) => withClient((c) => loadAuditScope(c, auditOptions)),
    listFamilyIds: (after, limit) => withClient((c) => listFamilyIds(c, after, limit)),
    loadFamilies: (familyIds) => withClient((c) => loadFamilies(c, familyIds)),
    loadArticleHeads: (after, limit, since) => withClient((c) => loadArticleHeads(c, after, limit, since ?? null)),
    loadReportWindow: (since) => withClient((c) => loadReportWindow(c, since)),
    countMultiOutletFamilies: async () => Number((await internals.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "quote_family" WHERE "outlet_count" > 1`))[0]?.n ?? 0),
    runMatch: (match) => embedded
      ? runMatch({ lockClient: null, query: internals.query }, match)
      : withClient((lockClient) => runMatch({ lockClient, query: internals.query, waits }, match)),
    matchRunning: async () => !embedded && (await isMatchRunning(internals.query)),
    matchPending: async () => (await internals.query<{ pending: boolean }>(
      `SELECT "matched_revision" < "corpus_revision" AS pending FROM "store_state" WHERE "id" = 1`))[0]?.pending ?? false,
    summary: () => withClient(summariseStore),
    lockWaits: () => ({ ...waits }),
    studioUrl: () => url,
    close,
    [STORE_INTERNALS]: internals,
  };
  await checkConnection(connections, embedded, url);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}

/** The server at `databaseUrl`, or else an embedded database started under `dataDir`. */
async function startDatabase(options: OpenStoreOptions): Promise<{ embedded: EmbeddedPostgres | null; url: string }> {
  if (options.databaseUrl) return { embedded: null, url: options.databaseUrl };
  const embedded = await startEmbeddedPostgres(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  return { embedded, url: embedded.url };
}

interface Connections extends Pick<StoreInternals, "withClient" | "prisma"> {
  /** ends the Prisma client, the pool and the embedded database; later calls do nothing */
  close(): Promise<void>;
}

/** Lends the pool's connections one call at a time until the store is closed. */
function manageConnections(pool: pg.Pool, embedded: EmbeddedPostgres | null): Connections {
  let prisma: PrismaClient | null = null;
  let closed = false;
  return {
    async withClient<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
      if (closed) throw new Error("the store is closed");
      const client = await pool.connect();
      try {
        return await fn(client);
      } finally {
        client.release();
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      try {
        await prisma?.$disconnect();
        await pool.end();
      } finally {
        await embedded?.stop();
      }
    },
    async prisma() {
      if (!prisma) {
        const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
          import("../generated/prisma/client.ts"),
          import("@prisma/adapter-pg"),
        ]);
        prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
      }
      return prisma;
    },
  };
}

/**
 * Runs one query, so that a wrong URL or a damaged data directory fails at open with what to do
 * (the store is closed first).
 */
async function checkConnection(connections: Connections, embedded: EmbeddedPostgres | null, url: string): Promise<void> {
  try {
    await connections.withClient((c) => c.query("SELECT 1"));
  } catch (error) {
    await connections.close().catch(() => undefined);
    const where = embedded ? `the embedded database in ${embedded.dataDir}` : redact(url);
    throw new Error(`cannot connect to ${where}: ${error instanceof Error ? error.message : String(error)}. ` +
      (embedded ? "Delete the directory to start afresh if it is damaged." : "Check DATABASE_URL and that the server runs."));
  }
}

function withoutParam(url: string, name: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete(name);
    return parsed.toString();
  } catch {
    return url;
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "DATABASE_URL";
  }
}
