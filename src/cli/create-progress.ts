import cliProgress from "cli-progress";
import type { CliContext } from "./command.ts";

export interface Progress {
  update: (read: number, rejected: number, file: string) => void;
  stop: () => void;
}

export interface CreateProgressOptions {
  quiet: boolean;
  /** print a plain progress line every second even when stderr is not a terminal (logs, scripts) */
  always?: boolean;
  label: string;
}

/** A progress line on a terminal; silent when not a TTY (unless `always`) or with --quiet. */
export function createProgress(context: CliContext, options: CreateProgressOptions): Progress {
  const always = options.always === true;
  if (options.quiet || (!context.isTTY && !always)) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${options.label} {value} read, {rejected} rejected | {file}`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 10,
      noTTYOutput: always,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rejected: 0, file: "" });
  return {
    update: (read, rejected, file) => bar.update(read, { rejected, file: file.length > 50 ? `…${file.slice(-49)}` : file }),
    stop: () => bar.stop(),
  };
}
