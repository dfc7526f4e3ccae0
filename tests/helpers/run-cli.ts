import { runMain } from "../../src/cli/main.ts";
import type { CliContext } from "../../src/cli/command.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
}

/** Runs one quotetrail command in-process with captured output (no TTY, no colour). */
export async function runCli(argv: string[], options: RunCliOptions): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const context: CliContext = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: options.env ?? {},
    cwd: options.cwd,
    isTTY: false,
    color: false,
    now: () => "2026-01-01T00:00:00.000Z",
  };
  const code = await runMain(argv, context);
  return { code, stdout, stderr };
}
