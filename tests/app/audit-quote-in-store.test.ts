import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditQuoteInStore } from "../../src/app/audit-quote-in-store.ts";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

const root = path.resolve(import.meta.dirname, "../..");
let t: TestStore;

beforeAll(async () => {
  t = await openTestStore();
  await ingestFiles(t.store, { paths: ["seeds"], cwd: root });
  await updateMatches(t.store, { rebuild: false });
});
afterAll(async () => {
  await t.cleanup();
});

describe("auditQuoteInStore", () => {
  it("traces a quote from the stored corpus and families: by a variant fragment, then by its id", async () => {
    const byText = await auditQuoteInStore(t.store, { query: { text: "find a larger space to hold drills" } });
    expect(byText.family?.speaker).toEqual({ name: "Li Shangfu" });
    expect(byText.family?.origin).toEqual({ name: "TASS" });
    expect(byText.family?.occurrences.length).toBeGreaterThan(1);
    const id = byText.family?.id ?? "";
    const byId = await auditQuoteInStore(t.store, { query: { familyId: id } });
    expect(byId.family).toEqual(byText.family);
  });

  it("passes the audit options on: nothing counts as found above a score of 1", async () => {
    const miss = await auditQuoteInStore(t.store, {
      query: { text: "find a larger space to hold drills" },
      minScore: 1.01,
      maxCandidates: 2,
    });
    expect(miss.family).toBeNull();
    expect(miss.candidates).toHaveLength(2);
  });
});
