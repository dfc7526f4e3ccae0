import { describeRepair } from "../describe-repair.ts";
import { makeSourceDocument } from "../make-source-document.ts";
import { parseJsonRecord } from "../parse-json-record.ts";
import { parseJsonText } from "../parse-json-text.ts";
import { readTextFile } from "../read-text-file.ts";
import type { InputFormat } from "./input-format.ts";

/** `.json`: one article object, or an array of them (each record "<file>#<n>", without the file's manifest entry). */
export const jsonFormat: InputFormat = {
  name: "json",
  extensions: [".json"],
  async *read(source) {
    const { file } = source;
    const read = readTextFile(source.path, source.maxBytes);
    if ("reason" in read) {
      yield { rejected: { file, reason: read.reason } };
      return;
    }
    const parsed = parseJsonText(read.text, "JSON");
    if ("reason" in parsed) {
      yield { rejected: { file, reason: parsed.reason } };
      return;
    }
    if (parsed.repaired > 0) yield { warning: { file, message: describeRepair(parsed.repaired) } };
    const value = parsed.value;
    if (!Array.isArray(value)) {
      const record = parseJsonRecord(value);
      if ("reason" in record) {
        yield { rejected: { file, reason: record.reason } };
        return;
      }
      const document = makeSourceDocument({ file, format: "json", text: record.text, given: record.given, raw: read.text, bytes: read.bytes });
      yield source.manifest ? { document, manifest: source.manifest } : { document };
      return;
    }
    if (value.length === 0) yield { rejected: { file, reason: "JSON array holds no records" } };
    for (let i = 0; i < value.length; i++) {
      const recordFile = `${file}#${i + 1}`;
      const record = parseJsonRecord(value[i]);
      if ("reason" in record) {
        yield { rejected: { file: recordFile, reason: record.reason } };
        continue;
      }
      const raw = JSON.stringify(value[i]);
      yield { document: makeSourceDocument({ file: recordFile, format: "json", text: record.text, given: record.given, raw, bytes: Buffer.from(raw, "utf8") }) };
    }
  },
};
