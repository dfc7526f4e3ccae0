import { listOutlets, type OutletEntry } from "./outlets.ts";

let byDomain: Map<string, OutletEntry> | null = null;

/**
 * The outlet for a host name or URL ("www.laprensalatina.com", "https://pdf.defence.pk/threads/..."),
 * trying the host and then each parent domain ("pdf.defence.pk" -> "defence.pk"). Null if unknown.
 */
export function findOutletByDomain(hostOrUrl: string): OutletEntry | null {
  if (byDomain === null) {
    byDomain = new Map();
    for (const entry of listOutlets()) for (const d of entry.domains) if (!byDomain.has(d)) byDomain.set(d, entry);
  }
  let host = hostOrUrl.trim().toLowerCase();
  const scheme = host.indexOf("://");
  if (scheme >= 0) host = host.slice(scheme + 3);
  const slash = host.search(/[/?#:]/);
  if (slash >= 0) host = host.slice(0, slash);
  host = host.replace(/\.$/, "");
  for (;;) {
    const hit = byDomain.get(host);
    if (hit) return hit;
    const dot = host.indexOf(".");
    if (dot < 0) return null;
    host = host.slice(dot + 1);
    if (!host.includes(".")) return null;
  }
}
