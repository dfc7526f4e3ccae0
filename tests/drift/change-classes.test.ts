import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHANGE_CLASSES, getChangeClass, type ChangeType } from "../../src/drift/change-classes.ts";
import { KEPT_TOKEN_DETECTORS, STRETCH_DETECTORS } from "../../src/drift/change-detectors.ts";
import { classifyChanges } from "../../src/drift/classify-changes.ts";
import { isQuoteDrift } from "../../src/drift/is-quote-drift.ts";
import { rateChangeSeverity } from "../../src/drift/rate-change-severity.ts";
import { scoreFidelity } from "../../src/drift/score-fidelity.ts";
import { tokenizeQuote } from "../../src/text/tokenize-quote.ts";
import { makeVerdict } from "../../src/audit/make-verdict.ts";

const root = new URL("../../", import.meta.url);
const names = CHANGE_CLASSES.map((row) => row.class);

/** One pair of wordings per class whose changes include that class: a new class brings one. */
const EXAMPLES: Record<ChangeType, [string, string]> = {
  typography: ["a “weighty” exhibition", "a \"weighty\" exhibition"],
  punctuation: ["a weighty exhibition, and a fine one", "a weighty exhibition and a fine one"],
  case: ["We will hold THE DRILLS soon", "We will hold the drills soon"],
  spelling: ["We must modernise the army", "We must modernize the army"],
  contraction: ["We will not go there", "We won't go there"],
  "article-form": ["Belarus will soon become a SCO member", "Belarus will soon become an SCO member"],
  "editorial-insertion": ["The field of non-proliferation", "The field of non-proliferation [of nuclear weapons]"],
  truncation: ["We will continue to strengthen the mechanism", "We will continue…"],
  substitution: ["find a wider space", "find a larger space"],
  insertion: ["We will hold drills with partners", "We will hold joint drills with partners"],
  deletion: ["We will hold joint drills with partners", "We will hold drills with partners"],
  reordering: ["security and defense cooperation with Iran", "defense and security cooperation with Iran"],
};

describe("the change-class table is the one vocabulary", () => {
  it("schemas/report.schema.json's changeType enum lists the table's classes, in its order", () => {
    const schema = JSON.parse(readFileSync(new URL("schemas/report.schema.json", root), "utf8")) as { definitions: { changeType: { enum: string[] } } };
    expect(schema.definitions.changeType.enum).toEqual(names);
  });

  it("the Prisma enum ChangeType (prisma/schema.prisma) stores the table's classes, in its order", () => {
    const prisma = readFileSync(new URL("prisma/schema.prisma", root), "utf8");
    const body = /^enum ChangeType \{([^}]*)\}/m.exec(prisma)?.[1];
    expect(body, "prisma/schema.prisma has an enum ChangeType").toBeDefined();
    const stored = (body ?? "").split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("//"))
      .map((line) => /@map\("([^"]+)"\)/.exec(line)?.[1] ?? line.split(/\s+/)[0]);
    expect(stored).toEqual(names);
  });

  it("the migrations create the database type \"ChangeType\" with the table's classes", () => {
    const values: string[] = [];
    const dir = new URL("prisma/migrations/", root);
    for (const migration of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const sql = readFileSync(new URL(`${migration}/migration.sql`, dir), "utf8");
      const created = /CREATE TYPE "ChangeType" AS ENUM \(([^)]*)\)/.exec(sql)?.[1];
      if (created !== undefined) values.push(...[...created.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ""));
      for (const added of sql.matchAll(/ALTER TYPE "ChangeType" ADD VALUE (?:IF NOT EXISTS )?'([^']+)'/g)) values.push(added[1] ?? "");
    }
    expect([...values].sort()).toEqual([...names].sort());
  });

  it("every class has a row with a label and a one-line definition, and is found by classifyChanges", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const row of CHANGE_CLASSES) {
      expect(row.label, row.class).toMatch(/^[a-z][a-z /]*$/);
      expect(row.definition, row.class).not.toMatch(/\n/);
      const [from, to] = EXAMPLES[row.class];
      expect(classifyChanges(from, to).map((c) => c.type), row.class).toContain(row.class);
    }
  });

  it("the last detector of each ordered list matches anything, so every change gets a class", () => {
    const anyToken = tokenizeQuote("x")[0]!;
    expect(KEPT_TOKEN_DETECTORS.at(-1)?.detects({ from: anyToken, to: anyToken })).toBe(true);
    expect(STRETCH_DETECTORS.at(-1)?.detects({ from: [], to: [], fromWords: [], toWords: [], ellipsis: false, atEnd: false })).toBe(true);
  });
});

describe("severity, fidelity, the drift rule and the verdict read the table", () => {
  const not = tokenizeQuote("We will not go");
  const plain = tokenizeQuote("We will go");

  it("rateChangeSeverity: the class's severity, raised to high by content only where the table says so", () => {
    for (const row of CHANGE_CLASSES) {
      expect(rateChangeSeverity(row.class, plain, plain), row.class).toBe(row.severity);
      expect(rateChangeSeverity(row.class, not, plain), row.class).toBe((row.raisedBy as readonly string[]).includes("negation") ? "high" : row.severity);
    }
  });

  it("low classes are never drift and drift classes are never low: the severity and the drift rule agree", () => {
    for (const row of CHANGE_CLASSES) expect(row.isDrift, row.class).toBe(row.severity !== "low");
  });

  it("scoreFidelity: one word touched costs the class's fidelity weight", () => {
    for (const row of CHANGE_CLASSES) {
      const fidelity = scoreFidelity([{ type: row.class, from: "wider", to: "larger", severity: "medium" }], 10, 10);
      expect(fidelity, row.class).toBe(Math.round((1 - row.fidelityWeight / 10) * 10_000) / 10_000);
    }
  });

  it("isQuoteDrift: on a partial quote, only the classes that are an excerpt's cut are set apart", () => {
    for (const row of CHANGE_CLASSES) {
      expect(isQuoteDrift("partial", { type: row.class, from: "a", to: "b", severity: "medium" }), row.class).toBe(!row.isExcerptCut);
    }
  });

  it("makeVerdict: an outlet is altered by the classes that are drift, named by their labels", () => {
    for (const row of CHANGE_CLASSES) {
      const verdict = makeVerdict([
        { outlet: "A", link: "canonical", changes: [], flags: [] },
        { outlet: "B", link: "variant", changes: [{ type: row.class, from: "wider", to: "larger", severity: getChangeClass(row.class).severity }], flags: [] },
      ]);
      expect(verdict.startsWith(row.isDrift ? "altered in 1 of 2 outlets — B: " : "wording unaltered"), `${row.class}: ${verdict}`).toBe(true);
      expect(verdict, row.class).toContain(row.label);
    }
  });
});

describe("the README's severity table is the table", () => {
  it("lists every class with its severity, drift, raising rules and rationale", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    for (const row of CHANGE_CLASSES) {
      const raised = row.raisedBy.length > 0 ? row.raisedBy.join(", ") : "—";
      expect(readme, row.class).toContain(`| \`${row.class}\` | ${row.severity} | ${row.isDrift ? "yes" : "no"} | ${raised} | ${row.rationale} |`);
    }
  });
});
