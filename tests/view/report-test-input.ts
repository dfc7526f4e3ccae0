import type { ReportInput } from "../../src/view/build-report-data.ts";
import { traceProvenance } from "../../src/provenance/trace-provenance.ts";
import { KNOWN_OUTLETS, buildHostileFixture, buildSeedLikeFixture } from "../fixtures/seed-like-corpus.ts";

export const GENERATED_AT = "2024-01-02T03:04:05.000Z";

/** ReportInput over the seed-like fixture, provenance traced with the fixture's known outlets. */
export function makeSeedLikeReportInput(): ReportInput & { ids: ReturnType<typeof buildSeedLikeFixture>["ids"] } {
  const fixture = buildSeedLikeFixture();
  const provenance = traceProvenance(fixture.corpus, fixture.match, { knownOutlets: KNOWN_OUTLETS });
  return { corpus: fixture.corpus, match: fixture.match, provenance, generatedAt: GENERATED_AT, ids: fixture.ids };
}

/** ReportInput over the hostile one-family fixture. */
export function makeHostileReportInput(): ReportInput & { familyId: string } {
  const fixture = buildHostileFixture();
  const provenance = traceProvenance(fixture.corpus, fixture.match);
  return { corpus: fixture.corpus, match: fixture.match, provenance, generatedAt: GENERATED_AT, familyId: fixture.familyId };
}
