import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireStoreLock } from "../../src/store/acquire-store-lock.ts";

const root = resolve(import.meta.dirname, "../..");
const worker = join(root, "tests", "helpers", "lock-race-worker.ts");
const dir = mkdtempSync(join(tmpdir(), "qt-lock-race-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(test: () => boolean, what: string, children: readonly ChildProcess[] = []): Promise<void> {
  const deadline = Date.now() + 60_000; // generous: only catches a hang
  while (!test()) {
    const dead = children.find((c) => c.exitCode !== null && c.exitCode !== 0);
    if (dead) throw new Error(`a contender exited with ${dead.exitCode} while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((r) => child.once("exit", r));
  return child.pid!;
}

describe("acquireStoreLock under a real race (issue 9 #9)", () => {
  // Regression: contenders that found the same stale lock file (a dead pid) each deleted it and
  // created their own; a late one deleted the winner's fresh file too, so two processes held the
  // lock at once (10 of 30 tries in the report). Now the lock is a kernel-held socket name.
  it("many processes taking over a stale lock at the same moment: exactly one holds it, every round", async () => {
    const contenders = 8;
    const rounds = 8;
    const lockPath = join(dir, "race", "lock");
    const signals = join(dir, "signals");
    mkdirSync(join(dir, "race"), { recursive: true });
    mkdirSync(signals);
    const stale = await deadPid();
    const children = Array.from({ length: contenders }, () =>
      spawn(process.execPath, ["--import", "tsx", worker, lockPath, signals, String(rounds)], { cwd: root, stdio: ["ignore", "ignore", "inherit"] }));
    try {
      const count = (prefix: string) => readdirSync(signals).filter((f) => f.startsWith(prefix)).length;
      await until(() => count("ready-") === contenders, "the contenders to start", children);
      const holders: number[] = [];
      for (let round = 0; round < rounds; round++) {
        writeFileSync(lockPath, `${stale}\n`); // a lock file left by a process that died
        writeFileSync(join(signals, `go-${round}`), "");
        await until(() => count(`result-${round}-`) === contenders, `round ${round}'s results`, children);
        const held = readdirSync(signals)
          .filter((f) => f.startsWith(`result-${round}-`) && readFileSync(join(signals, f), "utf8") === "held");
        holders.push(held.length);
        writeFileSync(join(signals, `release-${round}`), "");
        await until(() => count(`released-${round}-`) === held.length, `round ${round}'s release`, children);
      }
      expect(holders).toEqual(Array.from({ length: rounds }, () => 1));
    } finally {
      for (const c of children) c.kill("SIGKILL");
    }
  }, 120_000);

  // Regression: a dead holder's pid reused by an unrelated live process blocked the lock forever.
  it("a lock file naming an unrelated live process does not block", async () => {
    const lockPath = join(dir, "reused", "lock");
    mkdirSync(join(dir, "reused"));
    const unrelated = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      writeFileSync(lockPath, `${unrelated.pid}\n`);
      const lock = await acquireStoreLock(lockPath);
      expect(readFileSync(lockPath, "utf8").trim()).toBe(String(process.pid));
      lock.release();
      expect(existsSync(lockPath)).toBe(false);
    } finally {
      unrelated.kill();
    }
  });

  it("a holder killed with SIGKILL frees the lock at once; a live holder is refused with its pid", async () => {
    const lockPath = join(dir, "killed", "lock");
    const signals = join(dir, "killed-signals");
    mkdirSync(join(dir, "killed"));
    mkdirSync(signals);
    const holder = spawn(process.execPath, ["--import", "tsx", worker, lockPath, signals, "1"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    try {
      await until(() => existsSync(join(signals, `ready-${holder.pid}`)), "the holder to start", [holder]);
      writeFileSync(join(signals, "go-0"), "");
      await until(() => existsSync(join(signals, `result-0-${holder.pid}`)), "the holder's result", [holder]);
      expect(readFileSync(join(signals, `result-0-${holder.pid}`), "utf8")).toBe("held");
      await expect(acquireStoreLock(lockPath)).rejects.toThrow(`another quotetrail process (pid ${holder.pid}) is using`);
      const exited = new Promise((r) => holder.once("exit", r));
      holder.kill("SIGKILL");
      await exited;
      const lock = await acquireStoreLock(lockPath);
      lock.release();
    } finally {
      holder.kill("SIGKILL");
    }
  }, 60_000);
});
