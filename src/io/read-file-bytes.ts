import { closeSync, readSync } from "node:fs";
import { describeFsError } from "./describe-fs-error.ts";
import { openRegularFile } from "./open-regular-file.ts";

/**
 * A regular file's bytes, or why not (not found, not a regular file, over `maxBytes`...). The size
 * is checked before anything is read, so an oversized file costs one stat, not its size in memory.
 * Synchronous on purpose: a news article is a few kB, and the four system calls (open, fstat,
 * read, close) take microseconds, while each promise-based call costs a thread-pool round trip
 * (measured: 3,000 articles read in 0.6-1.2 s that way, most of it waiting).
 */
export function readFileBytes(absolute: string, maxBytes: number): { bytes: Buffer } | { reason: string } {
  const opened = openRegularFile(absolute);
  if ("reason" in opened) return opened;
  const { fd, size } = opened;
  try {
    if (size > maxBytes) return { reason: `too large: ${size} bytes (limit ${maxBytes})` };
    // one byte more than the stat said, to notice a file that grew meanwhile
    let bytes = Buffer.allocUnsafe(size + 1);
    let filled = 0;
    for (;;) {
      const bytesRead = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (bytesRead === 0) return { bytes: bytes.subarray(0, filled) };
      filled += bytesRead;
      if (filled === bytes.length) {
        if (filled > maxBytes) return { reason: `too large: over ${maxBytes} bytes (limit ${maxBytes})` };
        const grown = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
        bytes.copy(grown, 0, 0, filled);
        bytes = grown;
      }
    }
  } catch (error) {
    return { reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}
