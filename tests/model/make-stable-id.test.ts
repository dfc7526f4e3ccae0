import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeStableId } from "../../src/model/make-stable-id.ts";

describe("makeStableId", () => {
  it("is 12 base32 characters of the SHA-256 of the parts (the one-shot hash gives createHash's ids)", () => {
    const reference = (prefix: string, ...parts: (string | number | null)[]): string => {
      const digest = createHash("sha256").update(parts.map((p) => (p === null ? "\u0001null" : String(p))).join("\u0000")).digest();
      return `${prefix}-${Array.from(digest.subarray(0, 12), (b) => "0123456789abcdefghjkmnpqrstvwxyz"[b % 32]).join("")}`;
    };
    const cases: [string, ...(string | number | null)[]][] = [["qf", "Ann Lee", "we will build it"], ["qv", null, "Łódź “quoted” — 2024"], ["m", "v1", 0, 17], ["x"]];
    for (const [prefix, ...parts] of cases) expect(makeStableId(prefix, ...parts)).toBe(reference(prefix, ...parts));
    expect(makeStableId("qf", "Ann Lee", "we will build it")).toMatch(/^qf-[0-9a-hjkmnp-tv-z]{12}$/);
  });
});
