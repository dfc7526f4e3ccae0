import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findInputFormat, INPUT_FORMATS, listInputExtensions } from "../../src/io/formats/index.ts";

const schema = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");

describe("input format registry (src/io/formats)", () => {
  it("names exactly the values of the InputFormat enum of prisma/schema.prisma, in its order", () => {
    const body = /^enum InputFormat \{([^}]*)\}/m.exec(schema)?.[1];
    expect(body, "enum InputFormat in prisma/schema.prisma").toBeDefined();
    const values = body!.split("\n").map((line) => line.replace(/\/\/.*$/, "").trim()).filter((line) => line !== "");
    expect(INPUT_FORMATS.map((format) => format.name)).toEqual(values);
  });

  it("gives every extension to one format, lower-case with its dot", () => {
    const extensions = INPUT_FORMATS.flatMap((format) => format.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const ext of extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
    for (const format of INPUT_FORMATS) for (const ext of format.extensions) expect(findInputFormat(ext.toUpperCase())).toBe(format);
    expect(findInputFormat(".md")).toBeUndefined();
  });

  it("lists the extensions for messages and help texts from the registry", () => {
    expect(listInputExtensions()).toBe(".txt, .html, .htm, .json or .jsonl");
  });
});
