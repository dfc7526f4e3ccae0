import { closeSync, createReadStream } from "node:fs";
import { decodeInputBytes } from "../decode-input-bytes.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { describeRepair } from "../describe-repair.ts";
import { makeSourceDocument } from "../make-source-document.ts";
import { openRegularFile } from "../open-regular-file.ts";
import { parseJsonRecord } from "../parse-json-record.ts";
import { parseJsonText } from "../parse-json-text.ts";
import type { FormatSource, InputFormat, ReadInputsItem } from "./input-format.ts";

/**
 * `.jsonl`: one article object per line ("<file>#L<n>"), streamed, so the file may be of any size;
 * `maxBytes` limits each line. A bad line is rejected on its own and the other lines go on.
 */
export const jsonlFormat: InputFormat = {
  name: "jsonl",
  extensions: [".jsonl"],
  read: readJsonLines,
};

async function* readJsonLines(source: FormatSource): AsyncGenerator<ReadInputsItem> {
  const { file: shown, maxBytes } = source;
  const opened = openRegularFile(source.path);
  if ("reason" in opened) {
    yield { rejected: { file: shown, reason: opened.reason } };
    return;
  }
  if (opened.size === 0) {
    closeSync(opened.fd);
    yield { rejected: { file: shown, reason: "empty file" } };
    return;
  }
  const stream = createReadStream("", { fd: opened.fd });
  let lineNumber = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let records = 0;
  let first = true;
  const finishLine = function* (): Generator<ReadInputsItem> {
    lineNumber++;
    const file = `${shown}#L${lineNumber}`;
    if (tooLong) {
      yield { rejected: { file, reason: `line too large: over ${maxBytes} bytes` } };
      return;
    }
    let bytes: Buffer = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (isBlank(bytes)) return;
    records++;
    const decoded = decodeInputBytes(bytes, { maxBytes });
    if ("reason" in decoded) {
      yield { rejected: { file, reason: decoded.reason } };
      return;
    }
    const parsed = parseJsonText(decoded.text, "JSON line");
    if ("reason" in parsed) {
      yield { rejected: { file, reason: parsed.reason } };
      return;
    }
    if (parsed.repaired > 0) yield { warning: { file, message: describeRepair(parsed.repaired) } };
    const record = parseJsonRecord(parsed.value);
    if ("reason" in record) {
      yield { rejected: { file, reason: record.reason } };
      return;
    }
    yield { document: makeSourceDocument({ file, format: "jsonl", text: record.text, given: record.given, raw: decoded.text, bytes }) };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        const probe = decodeInputBytes(chunk.subarray(0, 512), { maxBytes: Number.MAX_SAFE_INTEGER });
        if ("reason" in probe && /^(?:binary|UTF-16|looks like UTF-16)/.test(probe.reason)) {
          yield { rejected: { file: shown, reason: probe.reason } };
          stream.destroy();
          return;
        }
      }
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, start);
        const end = newline < 0 ? chunk.length : newline;
        if (!tooLong) {
          if (pendingBytes + (end - start) > maxBytes) {
            tooLong = true;
            pending = [];
            pendingBytes = 0;
          } else if (end > start) {
            pending.push(chunk.subarray(start, end));
            pendingBytes += end - start;
          }
        }
        if (newline < 0) break;
        yield* finishLine();
        pending = [];
        pendingBytes = 0;
        tooLong = false;
        start = newline + 1;
      }
    }
  } catch (error) {
    stream.destroy();
    yield { rejected: { file: shown, reason: describeFsError(error) } };
    return;
  }
  if (pendingBytes > 0 || tooLong) yield* finishLine();
  if (records === 0) yield { rejected: { file: shown, reason: "empty file (no records)" } };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  return true;
}
