/**
 * Real text for the benchmarks: `--data <path>` names a .jsonl file or a directory of them (PolNeAR's
 * polnear_*.jsonl, BASIL's basil_dev_articles.jsonl; in a directory, the *articles*.jsonl files when
 * there are any, so BASIL's pairs and speakers files are left out). Each line is read as ingest reads a JSON
 * record (src/io/parse-json-record.ts: text, url, outlet, title, date); lines without a text (BASIL's
 * pairs and speakers files) are skipped, and an article annotated twice (same text) is kept once.
 * The data stays where it is: nothing is copied into the project.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseJsonRecord } from "../src/io/parse-json-record.ts";
import type { SourceDocument } from "../src/model/article.ts";

export interface BenchData {
  label: string;
  documents: SourceDocument[];
  /** UTF-8 bytes of the documents' texts */
  bytes: number;
}

export function readBenchData(dataPath: string): BenchData {
  let files = [dataPath];
  if (statSync(dataPath).isDirectory()) {
    const jsonl = readdirSync(dataPath).filter((name) => name.endsWith(".jsonl")).sort();
    const articles = jsonl.filter((name) => name.includes("articles"));
    files = (articles.length > 0 ? articles : jsonl).map((name) => path.join(dataPath, name));
  }
  const documents: SourceDocument[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      const record = parseJsonRecord(JSON.parse(line) as unknown);
      if ("reason" in record || seen.has(record.text)) return;
      seen.add(record.text);
      bytes += Buffer.byteLength(record.text, "utf8");
      const rawHash = createHash("sha256").update(line).digest("hex");
      documents.push({ file: `${file}#L${index + 1}`, format: "jsonl", text: record.text, given: record.given, rawHash, raw: line });
    });
  }
  if (documents.length === 0) throw new Error(`--data ${dataPath}: no JSON lines with a "text" field`);
  return { label: dataPath, documents, bytes };
}
