import { CliError, ExitCode } from "./cli-error.ts";
import { MAX_DOCUMENT_BYTES } from "../model/input-limits.ts";

/** The value of `--max-bytes` (undefined when not given), or a usage error that says what is allowed. */
export function parseMaxBytes(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const maxBytes = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
    throw new CliError(`--max-bytes must be a positive whole number of bytes, got "${String(value)}"`, ExitCode.usage);
  }
  if (maxBytes > MAX_DOCUMENT_BYTES) {
    throw new CliError(
      `--max-bytes ${maxBytes} is over the most one article may have (${MAX_DOCUMENT_BYTES} bytes: larger ones take many ` +
        `minutes and gigabytes); split the text into articles, e.g. a .jsonl file with one article per line (any size)`,
      ExitCode.usage,
    );
  }
  return maxBytes;
}
