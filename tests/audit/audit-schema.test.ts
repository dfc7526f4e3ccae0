/**
 * schemas/audit.schema.json is the `audit --json` contract: every shape auditQuote returns (found,
 * found with runners-up, not found, unknown id, empty corpus, hostile text) validates against it,
 * a document with a missing or extra field does not, its vocabularies are the source tables, and
 * `audit --help` and the README point at it.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { auditQuote, type AuditResult } from "../../src/audit/audit-quote.ts";
import { CHANGE_CLASSES } from "../../src/drift/change-classes.ts";
import { OCCURRENCE_FLAGS } from "../../src/provenance/occurrence-flags.ts";
import { auditCommand } from "../../src/cli/command-audit.ts";
import { makeHostileReportInput, makeSeedLikeReportInput } from "../view/report-test-input.ts";

const root = new URL("../../", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("schemas/audit.schema.json", root), "utf8")) as {
  definitions: Record<string, { enum?: string[] }>;
};
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const input = makeSeedLikeReportInput();
const hostile = makeHostileReportInput();

function check(result: AuditResult): void {
  // through JSON, as the CLI prints it
  const valid = validate(JSON.parse(JSON.stringify(result)));
  expect(valid, JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe("schemas/audit.schema.json", () => {
  it("validates every shape of the audit: found (with runners-up), by id, no match, unknown id, empty corpus, hostile text", () => {
    const found = auditQuote({ text: "find a larger space to hold drills" }, input);
    expect(found.family).not.toBeNull();
    expect(found.candidates.length).toBeGreaterThan(1);
    check(found);
    check(auditQuote({ familyId: input.ids.jalali }, input));
    check(auditQuote({ text: "the weather in Paris is nice today" }, input));
    check(auditQuote({ familyId: "qf-" }, input));
    check(auditQuote({ familyId: "qf-doesnotexist" }, input));
    check(auditQuote({ text: "anything" }, { ...input, match: { ...input.match, families: [] } }));
    const evil = auditQuote({ familyId: hostile.familyId }, hostile);
    expect(evil.family).not.toBeNull();
    check(evil);
  });

  it("rejects a document with a field missing, a field added or a wrong vocabulary", () => {
    const found = JSON.parse(JSON.stringify(auditQuote({ text: "find a larger space to hold drills" }, input))) as Record<string, unknown>;
    const { familyCount: _dropped, ...missing } = found;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...found, extra: 1 })).toBe(false);
    const family = found.family as { occurrences: { file: string; link: string }[] };
    const occurrence = family.occurrences[0]!;
    occurrence.link = "copied";
    expect(validate(found)).toBe(false);
  });

  it("its vocabularies are the source tables (change classes, flags)", () => {
    expect(schema.definitions.changeType?.enum).toEqual(CHANGE_CLASSES.map((row) => row.class));
    expect(schema.definitions.flag?.enum).toEqual(OCCURRENCE_FLAGS.map((row) => row.flag));
  });

  it("`audit --help` names the schema file, and the README describes it (regression: --help pointed to a schema \"in the README\" that did not exist)", () => {
    expect(auditCommand.help).toContain("schemas/audit.schema.json");
    const readme = readFileSync(new URL("README.md", root), "utf8");
    expect(readme).toContain("### `audit --json` contract");
    expect(readme).toContain("schemas/audit.schema.json");
    // every top-level and occurrence field of the schema is named in the README's section
    const start = readme.indexOf("### `audit --json` contract");
    const end = readme.slice(start + 4).search(/\n##/);
    const section = readme.slice(start, end < 0 ? undefined : start + 4 + end);
    const top = schema as unknown as { properties: Record<string, unknown>; definitions: { occurrence: { properties: Record<string, unknown> } } };
    for (const key of [...Object.keys(top.properties), ...Object.keys(top.definitions.occurrence.properties)]) {
      expect(section.includes(`"${key}"`) || section.includes(`\`${key}\``), `README's audit section names ${key}`).toBe(true);
    }
  });
});
