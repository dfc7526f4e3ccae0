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
  const line: LineState = { number: 0, pending: [], pendingBytes: 0, tooLong: false, records: 0 };
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        const notText = sniffNotText(chunk);
        if (notText !== null) {
          yield { rejected: { file: shown, reason: notText } };
          stream.destroy();
          return;
        }
      }
      yield* takeLines(chunk, line, shown, maxBytes);
    }
  } catch (error) {
    stream.destroy();
    yield { rejected: { file: shown, reason: describeFsError(error) } };
    return;
  }
  if (line.pendingBytes > 0 || line.tooLong) yield* finishLine(line, shown, maxBytes);
  if (line.records === 0) yield { rejected: { file: shown, reason: "empty file (no records)" } };
}

/** The line being gathered across the stream's chunks, and what is counted over the file. */
interface LineState {
  /** 1-based number of the last line finished */
  number: number;
  /** the line's bytes so far, without the newline */
  pending: Buffer[];
  pendingBytes: number;
  /** the line went over maxBytes: its bytes are dropped (never held) and it is rejected when it ends */
  tooLong: boolean;
  /** lines that were neither blank nor too long */
  records: number;
}

/**
 * The reason to reject the whole file when its first 512 bytes look binary or UTF-16 (split at
 * 0x0a, such a file would be rejected "line" by "line"), else null: any other problem of the probe
 * (an empty or whitespace start, a character cut at byte 512) is left to the line that holds it.
 */
function sniffNotText(firstChunk: Buffer): string | null {
  const probe = decodeInputBytes(firstChunk.subarray(0, 512), { maxBytes: Number.MAX_SAFE_INTEGER });
  return "reason" in probe && /^(?:binary|UTF-16|looks like UTF-16)/.test(probe.reason) ? probe.reason : null;
}

/** Adds a chunk to the current line and finishes every line that ends in it. */
function* takeLines(chunk: Buffer, line: LineState, shown: string, maxBytes: number): Generator<ReadInputsItem> {
  let start = 0;
  for (;;) {
    const newline = chunk.indexOf(0x0a, start);
    const end = newline < 0 ? chunk.length : newline;
    if (!line.tooLong) {
      if (line.pendingBytes + (end - start) > maxBytes) {
        line.tooLong = true;
        line.pending = [];
        line.pendingBytes = 0;
      } else if (end > start) {
        line.pending.push(chunk.subarray(start, end));
        line.pendingBytes += end - start;
      }
    }
    if (newline < 0) break;
    yield* finishLine(line, shown, maxBytes);
    line.pending = [];
    line.pendingBytes = 0;
    line.tooLong = false;
    start = newline + 1;
  }
}

/** Turns the gathered line into a document or a rejection ("<file>#L<n>"); a blank line gives nothing. */
function* finishLine(line: LineState, shown: string, maxBytes: number): Generator<ReadInputsItem> {
  line.number++;
  const file = `${shown}#L${line.number}`;
  if (line.tooLong) {
    yield { rejected: { file, reason: `line too large: over ${maxBytes} bytes` } };
    return;
  }
  let bytes: Buffer = line.pending.length === 1 ? line.pending[0]! : Buffer.concat(line.pending);
  if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
  if (isBlank(bytes)) return;
  line.records++;
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
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  return true;
}
