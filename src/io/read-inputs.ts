import { closeSync, readSync, type Dirent } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { ManifestEntry } from "../model/article.ts";
import { decodeInputBytes } from "./decode-input-bytes.ts";
import { describeFsError } from "./describe-fs-error.ts";
import { openRegularFile } from "./open-regular-file.ts";
import { findInputFormat, listInputExtensions } from "./formats/index.ts";
import type { ReadInputsItem } from "./formats/index.ts";
import { readManifest } from "./read-manifest.ts";

export type { ReadInputsItem } from "./formats/index.ts";

export interface ReadInputsOptions {
  /** per-document size limit in bytes (a .jsonl file is limited per line); default 5 MB */
  maxBytes?: number;
  /** a manifest to use instead of the manifest.json files found next to the inputs */
  manifestPath?: string | undefined;
  /** folder that relative paths are resolved against; default process.cwd() */
  cwd?: string;
  /** told about files skipped on purpose (unknown extension or hidden inside a walked folder, manifests) */
  onSkip?: (file: string, reason: string) => void;
  /**
   * Walk as for reading, but yield `{ listed }` for each input file instead of reading it (binary
   * files of no input type, unreadable folders and manifests are still reported). Splits a corpus
   * into worker jobs, which are then read with `select`.
   */
  listOnly?: boolean;
  /**
   * Read only these files (named as readInputs names them, e.g. `listOnly`'s `file`) of the given
   * paths: the rest are passed over without a word, and folders holding none of them are not walked.
   * Each selected file is read as in a whole run (its corpus path, the manifests of the folders
   * above it); entries of a manifest without their file are not warned about (the listing run did).
   */
  select?: ReadonlySet<string>;
}

import { DEFAULT_MAX_BYTES, MAX_DOCUMENT_BYTES } from "../model/input-limits.ts";

const MANIFEST_NAME = "manifest.json";

interface ManifestScope {
  dir: string;
  /** the manifest's path as shown to the user */
  shown: string;
  entries: Map<string, ManifestEntry>;
  /** keys that matched a file read */
  used: Set<string>;
}

/**
 * Reads the given files and folders in order (folders recursively, entries sorted by name, hidden
 * entries skipped) and yields one SourceDocument per article (a .json array or a .jsonl file gives
 * several), a RejectedInput with the reason, or a warning. Each file is read by the format its
 * extension names (see ./formats/index.ts). A `manifest.json` in a folder is metadata for the files
 * beside it (never an article); `options.manifestPath` replaces those manifests. An entry of a
 * manifest that names a file that does not exist is a warning.
 * Throws only when `options.manifestPath` cannot be read or is malformed, or `maxBytes` is out of range.
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions): AsyncGenerator<ReadInputsItem> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(Number.isInteger(maxBytes) && maxBytes > 0 && maxBytes <= MAX_DOCUMENT_BYTES)) {
    throw new RangeError(`the per-article size limit must be a whole number of bytes from 1 to ${MAX_DOCUMENT_BYTES}, got ${maxBytes}`);
  }
  const skip = options.onSkip ?? (() => undefined);
  const explicitManifest: ManifestScope | null = options.manifestPath
    ? makeScope(dirname(resolve(cwd, options.manifestPath)), options.manifestPath, await readManifest(resolve(cwd, options.manifestPath)))
    : null;
  const selection = options.select ? makeSelection(options.select, cwd) : null;
  const context: ReadContext = { maxBytes, skip, explicitManifest, siblingManifests: new Map(), listOnly: options.listOnly ?? false, selection };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    if (selection && !isSelected(selection, absolute)) continue;
    context.root = given;
    yield* readGivenPath(context, given, absolute);
  }
  // A manifest beside files given one by one describes files not asked for: only a manifest of a
  // walked folder (walkFolder) or the --manifest is checked for entries without a file.
  if (explicitManifest && !selection) yield* warnMissingEntries(explicitManifest);
}

/** The selected files and every folder that holds one, as absolute paths: a walk enters only those. */
interface Selection {
  files: Set<string>;
  folders: Set<string>;
}

function makeSelection(selected: ReadonlySet<string>, cwd: string): Selection {
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const file of selected) {
    const absolute = resolve(cwd, file);
    files.add(absolute);
    for (let dir = dirname(absolute); !folders.has(dir); dir = dirname(dir)) {
      folders.add(dir);
      if (dirname(dir) === dir) break;
    }
  }
  return { files, folders };
}

function isSelected(selection: Selection, absolute: string): boolean {
  return selection.files.has(absolute) || selection.folders.has(absolute);
}

/** What every step of one readInputs call shares. */
interface ReadContext {
  maxBytes: number;
  skip: (file: string, reason: string) => void;
  /** `options.manifestPath`, which replaces every manifest.json */
  explicitManifest: ManifestScope | null;
  /** the manifest.json beside files given one by one, by folder, read once (null: none or unreadable) */
  siblingManifests: Map<string, ManifestScope | null>;
  /** see ReadInputsOptions.listOnly */
  listOnly: boolean;
  /** see ReadInputsOptions.select; null reads everything */
  selection: Selection | null;
  /** the given path being read */
  root?: string;
}

/** One path as the user gave it: a folder is walked, a file is read with the manifest beside it. */
async function* readGivenPath(context: ReadContext, given: string, absolute: string): AsyncGenerator<ReadInputsItem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (error) {
    yield { rejected: { file: given, reason: describeFsError(error) } };
    return;
  }
  if (isDirectory) {
    yield* walkFolder(context, given, absolute, "", [], new Set());
    return;
  }
  if (basename(absolute) === MANIFEST_NAME) {
    context.skip(given, "manifest (metadata, not an article)");
    return;
  }
  const ext = extname(absolute).toLowerCase();
  if (!findInputFormat(ext)) {
    yield { rejected: { file: given, reason: `unsupported file type "${ext || "(no extension)"}" (expected ${listInputExtensions()})` } };
    return;
  }
  const dir = dirname(absolute);
  if (!context.explicitManifest && !context.siblingManifests.has(dir)) {
    let loaded: ManifestScope | null = null;
    if (await exists(join(dir, MANIFEST_NAME))) loaded = yield* loadManifestScope(dir, join(dirname(given), MANIFEST_NAME));
    context.siblingManifests.set(dir, loaded);
  }
  const sibling = context.siblingManifests.get(dir);
  yield* readInputFile(context, given, absolute, basename(absolute), sibling ? [sibling] : []);
}

/**
 * Walks a folder: entries sorted by name, each read by readFolderEntry with the manifests of this
 * folder and the folders above (`scopes`). `seen` holds the real paths walked, so that a symbolic
 * link back up the tree is read once. `corpusPath` is the folder's path below the folder given
 * ("" for that folder itself).
 */
async function* walkFolder(
  context: ReadContext, shown: string, absolute: string, corpusPath: string, scopes: readonly ManifestScope[], seen: Set<string>,
): AsyncGenerator<ReadInputsItem> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(absolute);
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    yield { rejected: { file: shown, reason: `unreadable folder: ${describeFsError(error).replace(/^unreadable: /, "")}` } };
    return;
  }
  if (seen.has(real)) {
    context.skip(shown, "folder already read (symbolic link loop)");
    return;
  }
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let own: ManifestScope | null = null;
  if (!context.explicitManifest && entries.some((e) => e.name === MANIFEST_NAME && !e.isDirectory())) {
    own = yield* loadManifestScope(absolute, join(shown, MANIFEST_NAME));
  }
  const inner = own ? [...scopes, own] : scopes;
  for (const entry of entries) {
    const inside = corpusPath === "" ? entry.name : `${corpusPath}/${entry.name}`;
    yield* readFolderEntry(context, join(shown, entry.name), join(absolute, entry.name), inside, entry, inner, seen);
  }
  if (own && !context.selection) yield* warnMissingEntries(own);
}

/** One entry of a walked folder: skipped (hidden, a manifest, not an input type), walked (a folder) or read. */
async function* readFolderEntry(
  context: ReadContext, shown: string, absolute: string, corpusPath: string, entry: Dirent, scopes: readonly ManifestScope[], seen: Set<string>,
): AsyncGenerator<ReadInputsItem> {
  if (context.selection && !isSelected(context.selection, absolute)) return;
  if (entry.name.startsWith(".")) {
    context.skip(shown, "hidden");
    return;
  }
  if (entry.name === MANIFEST_NAME && !entry.isDirectory()) {
    context.skip(shown, "manifest (metadata, not an article)");
    return;
  }
  let isDirectory = entry.isDirectory();
  if (entry.isSymbolicLink()) {
    try {
      isDirectory = (await stat(absolute)).isDirectory();
    } catch (error) {
      const dangling = (error as NodeJS.ErrnoException).code === "ENOENT";
      yield { rejected: { file: shown, reason: dangling ? "dangling symbolic link (its target does not exist)" : describeFsError(error) } };
      return;
    }
  }
  if (isDirectory) {
    yield* walkFolder(context, shown, absolute, corpusPath, scopes, seen);
    return;
  }
  if (!findInputFormat(extname(entry.name))) {
    // Not an input type: skipped, unless it is a binary file (an image in a folder of articles
    // is reported, so that the user sees it was not ingested).
    const binary = sniffBinary(absolute);
    if (binary) yield { rejected: { file: shown, reason: binary } };
    else context.skip(shown, `unknown extension "${extname(entry.name) || "(none)"}"`);
    return;
  }
  yield* readInputFile(context, shown, absolute, corpusPath, scopes);
}

/**
 * Reads a file by the format its extension names, with its manifest entry; nothing for an unknown
 * extension. Each document gets its `corpusPath`: the file's path below the folder given, with the
 * record suffix the format put after `shown` in its `file` ("#L3", "#2").
 */
async function* readInputFile(
  context: ReadContext, shown: string, absolute: string, corpusPath: string, scopes: readonly ManifestScope[],
): AsyncGenerator<ReadInputsItem> {
  const format = findInputFormat(extname(absolute));
  if (!format) return;
  if (context.listOnly) {
    yield { listed: { file: shown, root: context.root ?? shown } };
    return;
  }
  const items = format.read({ file: shown, path: absolute, maxBytes: context.maxBytes, manifest: findManifestEntry(context, scopes, absolute) });
  for await (const item of items) {
    if ("document" in item && item.document.file.startsWith(shown)) {
      item.document.corpusPath = corpusPath + item.document.file.slice(shown.length);
    }
    yield item;
  }
}

/**
 * The entry describing the file: from --manifest when given, else from the nearest manifest up the
 * walked folders, by path relative to the manifest's folder (the nearest one also by bare file
 * name). Marks the entry used.
 */
function findManifestEntry(context: ReadContext, scopes: readonly ManifestScope[], absolute: string): ManifestEntry | undefined {
  if (context.explicitManifest) scopes = [context.explicitManifest];
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    let key = relative(scope.dir, absolute).split(sep).join("/");
    let hit = scope.entries.get(key);
    if (!hit && i === scopes.length - 1) {
      key = basename(absolute);
      hit = scope.entries.get(key);
    }
    if (hit) {
      scope.used.add(key);
      return hit;
    }
  }
  return undefined;
}

/** The manifest.json in `dir` as a scope; a manifest that cannot be read or is malformed is rejected (null). */
async function* loadManifestScope(dir: string, shown: string): AsyncGenerator<ReadInputsItem, ManifestScope | null> {
  try {
    return makeScope(dir, shown, await readManifest(join(dir, MANIFEST_NAME)));
  } catch (error) {
    yield { rejected: { file: shown, reason: (error as Error).message } };
    return null;
  }
}

function makeScope(dir: string, shown: string, entries: Map<string, ManifestEntry>): ManifestScope {
  return { dir, shown, entries, used: new Set() };
}

/** One warning per manifest entry that matched no file read and names a path that does not exist. */
async function* warnMissingEntries(scope: ManifestScope): AsyncGenerator<ReadInputsItem> {
  for (const key of [...scope.entries.keys()].sort()) {
    if (scope.used.has(key)) continue;
    if (await exists(resolve(scope.dir, key))) continue;
    yield { warning: { file: scope.shown, message: `entry "${key}" names a file that does not exist (its metadata is unused)` } };
  }
}

/** True when something (even a dangling link) is at the path. */
async function exists(absolute: string): Promise<boolean> {
  try {
    await lstat(absolute);
    return true;
  } catch {
    return false;
  }
}

/** "binary file (PNG image)" when the file starts like a binary file, else null (never blocks: see openRegularFile). */
function sniffBinary(absolute: string): string | null {
  const opened = openRegularFile(absolute);
  if ("reason" in opened) return null;
  try {
    const buffer = Buffer.alloc(512);
    const bytesRead = readSync(opened.fd, buffer, 0, 512, 0);
    if (bytesRead === 0) return null;
    const probe = decodeInputBytes(buffer.subarray(0, bytesRead), { maxBytes: Number.MAX_SAFE_INTEGER });
    return "reason" in probe && probe.reason.startsWith("binary") ? probe.reason : null;
  } catch {
    return null;
  } finally {
    closeSync(opened.fd);
  }
}
