import { makeSourceDocument } from "../make-source-document.ts";
import { readTextFile } from "../read-text-file.ts";
import type { InputFormat } from "./input-format.ts";

/** `.txt`: the file's text exactly as read (UTF-8, BOM dropped); a first line " date YYYY-MM-DD" is read by ingest. */
export const txtFormat: InputFormat = {
  name: "txt",
  extensions: [".txt"],
  async *read(source) {
    const read = readTextFile(source.path, source.maxBytes);
    if ("reason" in read) {
      yield { rejected: { file: source.file, reason: read.reason } };
      return;
    }
    const document = makeSourceDocument({ file: source.file, format: "txt", text: read.text, given: {}, raw: read.text, bytes: read.bytes });
    yield source.manifest ? { document, manifest: source.manifest } : { document };
  },
};
