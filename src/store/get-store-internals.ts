import type { Store } from "./store.ts";
import { STORE_INTERNALS, type StoreInternals } from "./store-internals.ts";

/** Raw access to a store opened by openStore (tests and src/store only; never from stages). */
export function getStoreInternals(store: Store): StoreInternals {
  const internals = (store as Store & { [STORE_INTERNALS]?: StoreInternals })[STORE_INTERNALS];
  if (!internals) throw new Error("getStoreInternals: not a store opened by openStore()");
  return internals;
}
