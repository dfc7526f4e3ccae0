import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BULK_COLUMNS } from "../../src/store/bulk-columns.ts";

// prisma/schema.prisma is the single source of the schema (issue 10 #8). The migration SQL is
// checked against it by schema-matches-migration.test.ts; the bulk inserts' hand-written column
// lists (src/store/bulk-columns.ts) are checked here: every listed column exists in the model with
// the same type, and every column the model has is either written or named below with the reason.

interface SchemaColumn { sqlType: string; optional: boolean }

const schema = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]!));
const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));

function tablesOfSchema(): Map<string, Map<string, SchemaColumn>> {
  const tables = new Map<string, Map<string, SchemaColumn>>();
  for (const block of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const columns = new Map<string, SchemaColumn>();
    let table = block[1]!;
    for (const raw of block[2]!.split("\n")) {
      const line = raw.trim();
      const tableMap = /^@@map\("(\w+)"\)/.exec(line);
      if (tableMap) table = tableMap[1]!;
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field || line.startsWith("//") || line.startsWith("@@")) continue;
      const [, name, type, list, optional, rest] = field as unknown as [string, string, string, string | undefined, string | undefined, string];
      if (models.has(type) || list) continue; // a relation, not a column
      const column = /@map\("(\w+)"\)/.exec(rest)?.[1] ?? name;
      const sqlType = enums.has(type) ? `"${type}"` : ({
        String: "text", Int: "int4", BigInt: "int8", Float: "float8", Boolean: "bool", Json: "jsonb",
        DateTime: rest.includes("@db.Date") ? "date" : "timestamptz",
      } as Record<string, string>)[type];
      if (!sqlType) throw new Error(`schema type ${type} of ${table}.${column} has no SQL type here`);
      columns.set(column, { sqlType, optional: optional === "?" });
    }
    tables.set(table, columns);
  }
  return tables;
}

/** columns a bulk insert leaves out on purpose */
const notWritten: Record<string, Record<string, string>> = {
  article: { latest_version_id: "set by an UPDATE once the versions are in", created_at: "default now()", updated_at: "default now(); set on conflict" },
  article_version: { ingested_at: "default now()" },
  ingest_message: { id: "serial" },
  article_credit: { id: "serial" },
  speaker_alias: { id: "serial" },
  mention: { repeat_of_id: "set by an UPDATE once every mention of the batch is in" },
};

describe("bulk insert column lists against prisma/schema.prisma", () => {
  const tables = tablesOfSchema();
  for (const [table, columns] of Object.entries(BULK_COLUMNS)) {
    it(table, () => {
      const model = tables.get(table);
      expect(model, `no model maps to table ${table}`).toBeDefined();
      for (const c of columns) expect([c.name, model!.get(c.name)?.sqlType]).toEqual([c.name, c.type]);
      const written = new Set(columns.map((c) => c.name));
      const missing = [...model!.keys()].filter((c) => !written.has(c) && !(c in (notWritten[table] ?? {})));
      expect(missing, `columns of ${table} that no insert writes`).toEqual([]);
    });
  }

  it("fails on a list that disagrees with the schema (the check itself can fail)", () => {
    const mention = tablesOfSchema().get("mention")!;
    expect(mention.get("start")?.sqlType).toBe("int4");
    expect(mention.get("confidence")?.sqlType).toBe("float8");
    expect(mention.has("no_such_column")).toBe(false);
    expect(tablesOfSchema().get("article")?.get("published_at")?.sqlType).toBe("date");
  });
});
