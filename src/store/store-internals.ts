import type pg from "pg";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** Key of the internals attached to a Store (tests and other store files only). */
export const STORE_INTERNALS: unique symbol = Symbol("quotetrail.storeInternals");

/** Raw access to a store's database, for tests and code inside src/store only. */
export interface StoreInternals {
  /** the URL pg connects with (embedded: the socket server's) */
  url: string;
  /** the embedded data directory, or null for a server */
  dataDir: string | null;
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** runs `fn` on the store's (single, for embedded) connection; never nest calls */
  withClient<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T>;
  /** the generated Prisma client over the same pool (created on first use) */
  prisma(): Promise<PrismaClient>;
}
