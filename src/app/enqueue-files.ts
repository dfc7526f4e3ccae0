import { listInputFiles } from "../io/list-input-files.ts";
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
}

/**
 * The `enqueue` use case: lists the files under the given paths (folders walked as `ingest` walks
 * them) and puts them on the work queue in jobs of `filesPerJob`, for `quotetrail worker`s to ingest.
 */
export async function enqueueFiles(queue: WorkQueue, options: EnqueueFilesOptions): Promise<EnqueueFilesResult> {
  const perJob = options.filesPerJob ?? 50;
  if (!(Number.isInteger(perJob) && perJob > 0)) throw new RangeError(`files per job must be a positive whole number, got ${perJob}`);
  const files = await listInputFiles(options.paths, options.cwd);
  const jobs: IngestJobData[] = [];
  for (let i = 0; i < files.length; i += perJob) {
    jobs.push({
      files: files.slice(i, i + perJob),
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
  return { files: files.length, jobIds };
}
