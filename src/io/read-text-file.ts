import { decodeInputBytes } from "./decode-input-bytes.ts";
import { readFileBytes } from "./read-file-bytes.ts";

/** A whole file read and decoded as text (bounded by `maxBytes`), with its bytes; or why not. */
export function readTextFile(absolute: string, maxBytes: number): { text: string; bytes: Buffer } | { reason: string } {
  const read = readFileBytes(absolute, maxBytes);
  if ("reason" in read) return read;
  const decoded = decodeInputBytes(read.bytes, { maxBytes });
  if ("reason" in decoded) return decoded;
  return { text: decoded.text, bytes: read.bytes };
}
