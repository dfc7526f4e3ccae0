import { closeSync, constants as fsConstants, fstatSync, openSync } from "node:fs";
import { describeFsError } from "./describe-fs-error.ts";

export interface OpenedFile {
  fd: number;
  size: number;
}

/**
 * Opens a file for reading without ever blocking: non-blocking, so that a named pipe (FIFO) or a
 * device with an article's or a manifest's name is refused instead of waited on, and checked to
 * be a regular file. The caller closes `fd`. Returns the reason on failure.
 */
export function openRegularFile(absolute: string): OpenedFile | { reason: string } {
  let fd: number;
  try {
    fd = openSync(absolute, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    return { reason: describeFsError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.isFile()) return { fd, size: info.size };
    closeSync(fd);
    return { reason: info.isDirectory() ? "is a folder" : `not a regular file (${describeKind(info)})` };
  } catch (error) {
    closeSync(fd);
    return { reason: describeFsError(error) };
  }
}

function describeKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}
