// The kill -9 suite, run once per database by crash-recovery-embedded.test.ts and
// crash-recovery-server.test.ts. Each command is killed at a named point (QUOTETRAIL_FAULT_POINT,
// see src/store/reach-fault-point.ts: the process sends itself SIGKILL there, so the point is
// reached deterministically), the same command is re-run, and the store and the report files are
// compared with an uninterrupted run's.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";
import { snapshotStore, type StoreSnapshot } from "../helpers/snapshot-store.ts";
import { spawnQuotetrail, type QuotetrailExit } from "../helpers/spawn-quotetrail.ts";
import { writeFaultCorpus } from "../helpers/write-fault-corpus.ts";

interface Place {
  cwd: string;
  databaseUrl: string | undefined;
  snapshot(): Promise<StoreSnapshot>;
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split("\\").join("/"))
    .sort();
}

function expectKilled(exit: QuotetrailExit, point: string): void {
  expect(exit.signal, `expected the process to die at ${point}; it exited ${exit.code}:\n${exit.stdout}\n${exit.stderr}`).toBe("SIGKILL");
}

function expectOk(exit: QuotetrailExit): void {
  expect(exit.code, `${exit.stdout}\n${exit.stderr}`).toBe(0);
}

export function defineCrashSuite(kind: "embedded" | "server"): void {
  const skip = kind === "server" && !process.env.TEST_DATABASE_URL;
  // Every process on the embedded database starts PGlite (seconds of CPU): there, to keep CI's
  // time modest, the points that do not depend on the database (the report's) and match's own kill
  // (the same save as ingest's match) run on the server only.
  const full = kind === "server" || !process.env.TEST_DATABASE_URL;
  describe.skipIf(skip)(`kill -9 at named points, then the same command again (${kind} database)`, () => {
    let root: string;
    let corpus: string;
    const databases: TestDatabase[] = [];
    let reference: StoreSnapshot;
    let referenceReport: string;
    let place: Place;

    const makePlace = async (name: string): Promise<Place> => {
      const cwd = join(root, name);
      mkdirSync(cwd);
      let databaseUrl: string | undefined;
      if (kind === "server") {
        const db = await createTestDatabase();
        databases.push(db);
        databaseUrl = db.url;
      }
      return {
        cwd,
        databaseUrl,
        snapshot: () => snapshotStore(databaseUrl ? { databaseUrl } : { dataDir: join(cwd, ".quotetrail", "pgdata") }),
      };
    };
    const run = (p: Place, args: string[], faultPoint?: string) =>
      spawnQuotetrail(args, { cwd: p.cwd, databaseUrl: p.databaseUrl, ...(faultPoint ? { faultPoint } : {}) });

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), `qt-crash-${kind}-`));
      corpus = join(root, "corpus");
      writeFaultCorpus(corpus, { articles: 40 });
      const ref = await makePlace("reference");
      expectOk(await run(ref, ["ingest", corpus, "--quiet"]));
      referenceReport = join(root, "reference-report");
      expectOk(await run(ref, ["report", "--out", referenceReport]));
      reference = await ref.snapshot();
      expect(reference.families.length).toBeGreaterThan(5);
      expect(reference.matchPending).toBe(false);
      place = await makePlace("crashed");
    }, 180_000);
    afterAll(async () => {
      for (const db of databases) await db.drop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    // Regression (issue 9 #4): an ingest killed in its match phase left every quote out of every
    // family for good; the re-run said "0 new, N unchanged", exited 0 and did not match.
    it("ingest killed before its batch commits, inside its match save, and after it: each re-run completes the work", async () => {
      expectKilled(await run(place, ["ingest", corpus, "--quiet"], "ingest-commit"), "ingest-commit");
      const nothing = await place.snapshot();
      expect(nothing.articles).toEqual([]); // the batch's transaction died with the process

      expectKilled(await run(place, ["ingest", corpus, "--quiet"], "match-commit"), "match-commit");
      const unmatched = await place.snapshot();
      expect(unmatched.articles).toEqual(reference.articles);
      expect(unmatched.mentions).toEqual(reference.mentions);
      expect(unmatched.families).toEqual([]); // the match's transaction died with it
      expect(unmatched.matchPending).toBe(true);

      // the re-run reads nothing new, yet must match: it reaches the point after the match's save
      expectKilled(await run(place, ["ingest", corpus, "--quiet"], "match-before-mark"), "match-before-mark");
      const saved = await place.snapshot();
      expect(saved.families).toEqual(reference.families);
      expect(saved.matchPending).toBe(true); // saved but not yet recorded as done: matched again

      const last = await run(place, ["ingest", corpus, "--quiet"]);
      expectOk(last);
      expect(last.stdout).toContain(`0 new, 0 new version(s), ${reference.articles.length} unchanged`);
      expect(await place.snapshot()).toEqual(reference);
    }, 180_000);

    it.skipIf(!full)("match --rebuild killed inside its save keeps the previous families whole; the re-run equals the uninterrupted one", async () => {
      expectKilled(await run(place, ["match", "--rebuild"], "match-commit"), "match-commit");
      expect(await place.snapshot()).toEqual(reference);
      expectOk(await run(place, ["match", "--rebuild"]));
      expect(await place.snapshot()).toEqual(reference);
    }, 120_000);

    // Regression (issue 9 #7): report deleted unrelated files under DIR/families/, and a kill left
    // 0-byte pages and an index pointing at old pages.
    it("report killed while writing and while swapping files in: no partial file, the user's files kept, the re-run byte-identical", async () => {
      const out = join(place.cwd, "out");
      const referenceFiles = listFiles(referenceReport);
      // an older report in place (one page of a family that no longer exists, an outdated index)
      // next to the user's own files
      mkdirSync(join(out, "families"), { recursive: true });
      writeFileSync(join(out, "index.md"), "# an older report\n");
      writeFileSync(join(out, "families", "qf-gone.md"), "a family that no longer exists\n");
      writeFileSync(join(out, ".quotetrail-report.json"), JSON.stringify({ files: ["families/qf-gone.md", "index.md"] }));
      writeFileSync(join(out, "families", "notes.txt"), "mine\n");
      writeFileSync(join(out, "README.txt"), "also mine\n");
      const userFiles = { "README.txt": "also mine\n", "families/notes.txt": "mine\n" };
      const checkNoPartialFile = () => {
        for (const file of listFiles(out)) {
          if (file.startsWith(".quotetrail-report-tmp-")) continue;
          const text = readFileSync(join(out, file), "utf8");
          if (file in userFiles) expect(text).toBe(userFiles[file as keyof typeof userFiles]);
          else if (file === "index.md" && text === "# an older report\n") continue;
          else if (file === "families/qf-gone.md" || file === ".quotetrail-report.json") continue;
          else expect(text, file).toBe(readFileSync(join(referenceReport, file), "utf8"));
        }
      };

      if (full) {
        expectKilled(await run(place, ["report", "--out", out], "report-file:5"), "report-file:5");
        checkNoPartialFile();
        expect(readFileSync(join(out, "index.md"), "utf8")).toBe("# an older report\n");
      }

      const pages = referenceFiles.filter((f) => f.startsWith("families/")).length;
      expectKilled(await run(place, ["report", "--out", out], `report-swap:${Math.floor(pages / 2)}`), "report-swap");
      checkNoPartialFile();
      // the indexes go in last: still the old one, which links to no page that is missing
      expect(readFileSync(join(out, "index.md"), "utf8")).toBe("# an older report\n");

      expectOk(await run(place, ["report", "--out", out]));
      const files = listFiles(out).filter((f) => !(f in userFiles));
      expect(files).toEqual(referenceFiles);
      for (const f of files) expect(readFileSync(join(out, f), "utf8"), f).toBe(readFileSync(join(referenceReport, f), "utf8"));
      for (const [f, text] of Object.entries(userFiles)) expect(readFileSync(join(out, f), "utf8")).toBe(text);
    }, 180_000);
  });
}
