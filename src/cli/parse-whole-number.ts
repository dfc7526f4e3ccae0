import { CliError, ExitCode } from "./cli-error.ts";

/** The value of a whole-number option such as `--jobs 8` (undefined when not given), or a usage error naming the option. */
export function parseWholeNumber(value: unknown, option: string, least: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= least)) {
    throw new CliError(`${option} must be a whole number of at least ${least}, got "${String(value)}"`, ExitCode.usage);
  }
  return n;
}
