import type { ManifestEntry, SourceDocument } from "../../model/article.ts";
import type { RejectedInput } from "../../model/message.ts";

/** A problem with an input that does not stop it being read (a repaired character, a manifest entry without its file). */
export interface InputWarning {
  file: string;
  message: string;
}

/** An input file found but not read (readInputs' `listOnly`): its name as shown and the given path it was found under. */
export interface ListedInput {
  file: string;
  /** the path, as given, that the file is (or lies below) */
  root: string;
}

/** What reading inputs yields: an article, a whole input rejected with its reason, a warning, or (listing only) a file. */
export type ReadInputsItem =
  | { document: SourceDocument; manifest?: ManifestEntry }
  | { rejected: RejectedInput }
  | { warning: InputWarning }
  | { listed: ListedInput };

/** One input file handed to a format's reader. */
export interface FormatSource {
  /** the path as shown to the user (as given, or joined below a given folder) */
  file: string;
  /** the absolute path to read */
  path: string;
  /** per-document size limit in bytes (per line for line-based formats) */
  maxBytes: number;
  /** the manifest entry for this file, if any (a format that yields several articles per file ignores it) */
  manifest?: ManifestEntry | undefined;
}

/**
 * One input format: the file extensions it claims and how a file of it becomes articles. A reader
 * never throws for a bad file: it yields `{ rejected }` with the reason and the run goes on.
 * Register a new format in `./index.ts` (and add its name to the `InputFormat` enum of
 * prisma/schema.prisma and to `model/article.ts`; a test checks the three agree).
 */
export interface InputFormat {
  name: SourceDocument["format"];
  /** lower-case, with the dot: ".html" */
  extensions: readonly string[];
  read(source: FormatSource): AsyncIterable<ReadInputsItem>;
}
