import { auditQuote, type AuditQuery, type AuditQuoteOptions, type AuditResult } from "../audit/audit-quote.ts";
import type { Store } from "../store/open-store.ts";

export interface AuditQuoteInStoreOptions extends AuditQuoteOptions {
  /** the quote to trace: a family id, or a fragment of any of its wordings */
  query: AuditQuery;
}

/**
 * The `audit` use case: loads the families the query may mean (Store.loadAuditScope: by id, or the
 * nearest wordings through the trigram index; never the whole store, so memory does not grow with
 * it) with their mentions and articles, and traces one quote through them (speaker, origin chain,
 * every occurrence with its changes, verdict). `family` is null when nothing matches well enough;
 * `candidates` then lists the nearest families.
 */
export async function auditQuoteInStore(store: Store, options: AuditQuoteInStoreOptions): Promise<AuditResult> {
  const { query, ...auditOptions } = options;
  const { corpus, result, provenance } = await store.loadAuditScope({
    ...(query.familyId === undefined ? {} : { familyId: query.familyId }),
    ...(query.text === undefined ? {} : { text: query.text }),
    least: auditOptions.maxCandidates ?? 5,
  });
  return auditQuote(query, { corpus, match: result, provenance }, auditOptions);
}
