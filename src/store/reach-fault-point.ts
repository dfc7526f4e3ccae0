const counts = new Map<string, number>();

/**
 * Fault injection for the crash tests (tests/faults/): when QUOTETRAIL_FAULT_POINT names this
 * point (`name`, or `name:N` for its N-th passage), the process kills itself with SIGKILL right
 * here, as a power cut or `kill -9` would, so tests reach each crash point deterministically.
 * Unset (always, outside tests), it costs one environment lookup.
 */
export function reachFaultPoint(name: string): void {
  const wanted = process.env.QUOTETRAIL_FAULT_POINT;
  if (wanted === undefined || wanted === "") return;
  const [point, nth] = wanted.split(":");
  if (point !== name) return;
  const count = (counts.get(name) ?? 0) + 1;
  counts.set(name, count);
  if (count >= Number(nth ?? 1)) process.kill(process.pid, "SIGKILL");
}
