/** Result of decoding one input's bytes: its text, or why it is rejected. */
export type DecodeResult = { text: string } | { reason: string };

export interface DecodeInputBytesOptions {
  maxBytes: number;
}

const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: "PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive (or an Office document)" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: "RIFF media file" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "ELF executable" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "legacy Office document" },
];

/**
 * Decodes one input (a file, or one line of a .jsonl file) as strict UTF-8, dropping a BOM,
 * and rejects what is not text: binary signatures or NUL bytes, UTF-16, invalid UTF-8, empty or
 * whitespace-only input, or more than `maxBytes` bytes.
 */
export function decodeInputBytes(bytes: Uint8Array, options: DecodeInputBytesOptions): DecodeResult {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes.length > options.maxBytes) {
    return { reason: `too large: ${bytes.length} bytes (limit ${options.maxBytes})` };
  }
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) return { reason: `binary file (${signature.name})` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { reason: "UTF-16 text is not supported (save it as UTF-8)" };
  }
  if (looksLikeUtf16(bytes)) return { reason: "looks like UTF-16 text without a byte-order mark (save it as UTF-8)" };
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { reason: `binary file (NUL byte at offset ${i})` };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: `invalid UTF-8${firstInvalidOffset(bytes)}` };
  }
  if (text.includes("\u0000")) return { reason: "binary file (NUL byte)" };
  if (text.trim().length === 0) return { reason: "empty file (whitespace only)" };
  return { text };
}

/**
 * UTF-16 text without a BOM: in its first bytes, one of every two bytes is NUL (the high byte of
 * Latin letters) and the others are not. Binary data has NUL bytes without that rhythm.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (evenNul >= pairs * 0.4 && oddNul === 0) || (oddNul >= pairs * 0.4 && evenNul === 0);
}

/** " at byte N" for the first byte sequence that is not valid UTF-8 (best effort, linear). */
function firstInvalidOffset(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return ` at byte ${i}`;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return ` at byte ${i}`;
    }
    i += need + 1;
  }
  return "";
}
