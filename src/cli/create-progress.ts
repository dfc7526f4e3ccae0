import cliProgress from "cli-progress";
import type { CliContext } from "./command.ts";

export interface Progress {
  update: (read: number, rejected: number, file: string) => void;
  stop: () => void;
}

export interface CreateProgressOptions {
  quiet: boolean;
  label: string;
}

/** A progress line on a terminal; silent when not a TTY or with --quiet. */
export function createProgress(context: CliContext, options: CreateProgressOptions): Progress {
  if (options.quiet || !context.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${options.label} {value} read, {rejected} rejected | {file}`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rejected: 0, file: "" });
  return {
    update: (read, rejected, file) => bar.update(read, { rejected, file: file.length > 50 ? `…${file.slice(-49)}` : file }),
    stop: () => bar.stop(),
  };
}
