/**
 * One row as a line of PostgreSQL's COPY text format (tab-separated, `\N` for null, backslash,
 * tab, newline and carriage return escaped), with the values written as the store's bulk insert
 * sends them (src/store/insert-rows.ts): booleans t/f, dates as ISO text, objects (jsonb) as
 * their JSON text, strings as they are.
 */
export function toCopyLine(row: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += "\t";
    line += copyField(row[i]);
  }
  return `${line}\n`;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "bigint") return String(value);
  else if (typeof value === "boolean") return value ? "t" : "f";
  else if (value instanceof Date) return value.toISOString();
  else text = JSON.stringify(value);
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? c) : text;
}
