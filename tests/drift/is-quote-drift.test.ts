import { describe, expect, it } from "vitest";
import { isQuoteDrift } from "../../src/drift/is-quote-drift.ts";
import type { Change } from "../../src/model/family.ts";

const cut: Change = { type: "truncation", from: "the SCO, actively", to: "...", severity: "high" };
const swap: Change = { type: "substitution", from: "We will continue", to: "China is ready", severity: "high" };

describe("isQuoteDrift", () => {
  it("counts changes of quotations, not a paraphrase's own wording nor an excerpt's cut", () => {
    expect(isQuoteDrift("variant", swap)).toBe(true);
    expect(isQuoteDrift("variant", cut)).toBe(true); // a quote cut short while presented whole
    expect(isQuoteDrift("partial", cut)).toBe(false);
    expect(isQuoteDrift("split", cut)).toBe(false);
    expect(isQuoteDrift("partial", swap)).toBe(true); // words changed inside the excerpt still count
    expect(isQuoteDrift("paraphrase", swap)).toBe(false);
  });

  it("cosmetic classes count too (at their low severity), on every link but a paraphrase", () => {
    const spelling: Change = { type: "spelling", from: "organisation's", to: "organization's", severity: "low" };
    expect(isQuoteDrift("variant", spelling)).toBe(true);
    expect(isQuoteDrift("partial", spelling)).toBe(true);
    expect(isQuoteDrift("paraphrase", spelling)).toBe(false);
  });
});
