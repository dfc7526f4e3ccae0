// One contender of the stale-lock race (tests/faults/lock-race.test.ts), run as its own process:
// `node --import tsx lock-race-worker.ts <lockPath> <signalDir> <rounds>`. In round r it waits for
// <signalDir>/go-r, tries acquireStoreLock once, writes result-r-<pid> ("held" or "refused"), and
// a holder keeps the lock until <signalDir>/release-r exists, then writes released-r-<pid>.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { acquireStoreLock } from "../../src/store/acquire-store-lock.ts";

const [lockPath, signalDir, roundsText] = process.argv.slice(2);
if (!lockPath || !signalDir || !roundsText) throw new Error("usage: lock-race-worker <lockPath> <signalDir> <rounds>");

const waitFor = async (file: string): Promise<void> => {
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 1));
};

// a signal file appears whole (written aside, then renamed): the test reads a result as soon as it
// exists, and once read "" for "held" (a flake of the race test, seen in CI at 739c7c7)
const signal = (name: string, text: string): void => {
  const aside = join(signalDir, `.${name}.tmp`);
  writeFileSync(aside, text);
  renameSync(aside, join(signalDir, name));
};

signal(`ready-${process.pid}`, "");
for (let round = 0; round < Number(roundsText); round++) {
  await waitFor(join(signalDir, `go-${round}`));
  let lock: { release(): void } | null = null;
  try {
    lock = await acquireStoreLock(lockPath);
  } catch {
    lock = null;
  }
  signal(`result-${round}-${process.pid}`, lock ? "held" : "refused");
  if (lock) {
    await waitFor(join(signalDir, `release-${round}`));
    lock.release();
    // the socket's name is freed when the event loop closes its handle, after release() returns:
    // signal only then, or the next round starts while the name is still bound and nobody wins
    await new Promise((resolve) => setTimeout(resolve, 20));
    signal(`released-${round}-${process.pid}`, "");
  }
}
