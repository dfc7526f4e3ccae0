import { readInputs } from "../io/read-inputs.ts";
import type { RejectedInput } from "../model/message.ts";
import type { EnqueueOptions, IngestJobData, WorkQueue } from "../store/open-work-queue.ts";

export interface EnqueueFilesOptions extends EnqueueOptions {
  paths: string[];
  /** the folder paths are named from; workers read them from the same folder (a shared file system) */
  cwd: string;
  /** files per job (default 50): a worker takes several jobs at a time and matches once for them */
  filesPerJob?: number;
  manifestPath?: string;
  force?: boolean;
  maxBytes?: number;
}

export interface EnqueueFilesResult {
  files: number;
  jobIds: string[];
  /** inputs that no worker could read (missing, unreadable folder, binary, malformed manifest): reported now, not queued */
  rejected: RejectedInput[];
  /** "<file>: warning: <message>" lines (a manifest entry without its file) */
  messages: string[];
}

/**
 * The `enqueue` use case: lists the files under the given paths (the walk of `ingest`, readInputs
 * with `listOnly`) and puts them on the work queue in jobs of `filesPerJob`, for `quotetrail
 * worker`s to ingest. A job names its files and the given paths they lie under (`roots`): the
 * worker walks those again with `select`, so each file keeps its path below the folder given and the
 * manifests of the folders above it, as in one `ingest` of everything.
 */
export async function enqueueFiles(queue: WorkQueue, options: EnqueueFilesOptions): Promise<EnqueueFilesResult> {
  const perJob = options.filesPerJob ?? 50;
  if (!(Number.isInteger(perJob) && perJob > 0)) throw new RangeError(`files per job must be a positive whole number, got ${perJob}`);
  const listed: { file: string; root: string }[] = [];
  const rejected: RejectedInput[] = [];
  const messages: string[] = [];
  const reading = readInputs(options.paths, {
    cwd: options.cwd,
    listOnly: true,
    ...(options.manifestPath !== undefined ? { manifestPath: options.manifestPath } : {}),
  });
  for await (const item of reading) {
    if ("listed" in item) listed.push(item.listed);
    else if ("rejected" in item) rejected.push(item.rejected);
    else if ("warning" in item) messages.push(`${item.warning.file}: warning: ${item.warning.message}`);
  }
  const jobs: IngestJobData[] = [];
  for (let i = 0; i < listed.length; i += perJob) {
    const slice = listed.slice(i, i + perJob);
    jobs.push({
      files: slice.map((entry) => entry.file),
      roots: [...new Set(slice.map((entry) => entry.root))],
      cwd: options.cwd,
      ...(options.manifestPath !== undefined ? { manifestPath: options.manifestPath } : {}),
      ...(options.force ? { force: true } : {}),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    });
  }
  const retry: EnqueueOptions = {
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.retryDelaySeconds !== undefined ? { retryDelaySeconds: options.retryDelaySeconds } : {}),
  };
  const jobIds = await queue.enqueue(jobs, retry);
  return { files: listed.length, jobIds, rejected, messages };
}
