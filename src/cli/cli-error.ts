/** Exit codes shared by every command (see README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  nothingFound: 3,
  someInputsRejected: 4,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error that stops a command with a message for the user and a specific exit code.
 * Only src/cli/main.ts turns it into an exit; everything else throws or returns.
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(message: string, exitCode: ExitCodeValue = ExitCode.failure) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
