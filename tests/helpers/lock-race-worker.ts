// One contender of the stale-lock race (tests/faults/lock-race.test.ts), run as its own process:
// `node --import tsx lock-race-worker.ts <lockPath> <signalDir> <rounds>`. In round r it waits for
// <signalDir>/go-r, tries acquireStoreLock once, writes result-r-<pid> ("held" or "refused"), and
// a holder keeps the lock until <signalDir>/release-r exists, then writes released-r-<pid>.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { acquireStoreLock } from "../../src/store/acquire-store-lock.ts";

const [lockPath, signalDir, roundsText] = process.argv.slice(2);
if (!lockPath || !signalDir || !roundsText) throw new Error("usage: lock-race-worker <lockPath> <signalDir> <rounds>");

const waitFor = async (file: string): Promise<void> => {
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 1));
};

writeFileSync(join(signalDir, `ready-${process.pid}`), "");
for (let round = 0; round < Number(roundsText); round++) {
  await waitFor(join(signalDir, `go-${round}`));
  let lock: { release(): void } | null = null;
  try {
    lock = await acquireStoreLock(lockPath);
  } catch {
    lock = null;
  }
  writeFileSync(join(signalDir, `result-${round}-${process.pid}`), lock ? "held" : "refused");
  if (lock) {
    await waitFor(join(signalDir, `release-${round}`));
    lock.release();
    writeFileSync(join(signalDir, `released-${round}-${process.pid}`), "");
  }
}
