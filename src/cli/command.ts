import type { ParseArgsConfig } from "node:util";

/** What a command may touch: injected so tests can run commands in-process. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** true when stdout is a terminal (progress bars, colours) */
  isTTY: boolean;
  /** false when NO_COLOR is set or stdout is not a terminal */
  color: boolean;
  /** injected clock (ISO string), so reports are reproducible: QUOTETRAIL_NOW overrides it */
  now: () => string;
}

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** full help text (usage, options, examples) */
  help: string;
  options: OptionsConfig;
  run: (context: CliContext, args: ParsedCommandArgs) => Promise<number>;
}

/** Identity helper that types a command definition. */
export function defineCommand(command: Command): Command {
  return command;
}
