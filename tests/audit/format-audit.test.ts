import { describe, expect, it } from "vitest";
import { auditQuote } from "../../src/audit/audit-quote.ts";
import { formatAudit } from "../../src/audit/format-audit.ts";
import { makeSeedLikeReportInput } from "../view/report-test-input.ts";

const input = makeSeedLikeReportInput();

describe("formatAudit", () => {
  it("without colour: speaker, chain, verdict, occurrences with [-…-]{+…+} diffs from the reference, the reason for the reference and the flags' definitions", () => {
    const text = formatAudit(auditQuote({ text: "find a larger space to hold drills" }, input), { color: false });
    expect(text).toContain("Speaker:   Li Shangfu");
    expect(text).toContain("Origin:    TASS");
    expect(text).toContain('Middle East Monitor -> TASS  evidence: "according to the state-run Russian Tass agency"');
    expect(text).toContain("Verdict:   altered in 1 of 2 outlets — Middle East Monitor: substitution wider -> larger, editorial insertion");
    expect(text).toMatch(/Reference: "Beijing is ready[^\n]*\n {11}Persian News, 2023-09-25\n {11}why: \S/);
    expect(text).toContain("Flags:\n  altered-under-same-source: credits the family's origin");
    expect(text).toContain("[-wider-]{+larger+}");
    expect(text).toContain("non-proliferation [-[of nuclear weapons]-]");
    expect(text).toContain("[altered-under-same-source]");
    expect(text).not.toContain("\u001b[");
  });

  it("with colour: ANSI strike-through / underline marks, not colour alone", () => {
    const text = formatAudit(auditQuote({ text: "find a larger space to hold drills" }, input), { color: true });
    expect(text).toContain("\u001b[31;9mwider\u001b[0m");
    expect(text).toContain("\u001b[32;4mlarger\u001b[0m");
  });

  it("no match: says so, the best score against the one needed, and lists the candidates", () => {
    const text = formatAudit(auditQuote({ text: "the weather in Paris" }, input), { color: false });
    expect(text.split("\n")[0]).toBe('No quote family matches "the weather in Paris".');
    expect(text).toMatch(/Best score 0\.\d\d; 0\.50 is needed to choose one of the corpus's \d+ families\./);
    expect(text).toContain("Nearest candidates:");
  });

  it("regression (issue 14): an unknown id says the id is unknown and how many families exist, not that the corpus is empty", () => {
    const text = formatAudit(auditQuote({ familyId: "qf-doesnotexist" }, input), { color: false });
    expect(text).toContain('No quote family has the id "qf-doesnotexist".');
    expect(text).toContain(`The corpus holds ${input.match.families.length} families`);
    expect(text).not.toContain("no family yet");
    const empty = formatAudit(auditQuote({ familyId: "qf-x" }, { ...input, match: { ...input.match, families: [] } }), { color: false });
    expect(empty).toContain("The corpus holds no family yet");
  });

  it("a found answer shows the other candidates with their scores, and each occurrence's article title and file or url", () => {
    const result = auditQuote({ text: "find a larger space to hold drills" }, input);
    const text = formatAudit(result, { color: false });
    expect(text).toMatch(/Score: {5}0\.\d{3} for "find a larger space to hold drills"; other candidates:\n {11}qf-\S+ {2}0\.\d{3} {2}\S/);
    for (const o of result.family?.occurrences ?? []) {
      expect(text).toContain(`article: ${o.title ? `"${o.title}"` : "untitled"}`);
      expect(text).toContain(o.url ?? `file: ${o.file}`);
    }
  });

  it("terminal escapes in article text are neutralised", () => {
    const result = auditQuote({ text: "weighty exhibition" }, input);
    if (!result.family) throw new Error("fixture family not found");
    const occurrence = result.family.occurrences[0];
    if (!occurrence) throw new Error("no occurrence");
    occurrence.text = "evil \u001b]0;pwned\u0007 text\nnext line";
    const text = formatAudit(result, { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\u0007");
    expect(text).toContain('"evil \ufffd]0;pwned\ufffd text next line"');
  });
});
