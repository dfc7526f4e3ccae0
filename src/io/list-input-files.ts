import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { findInputFormat } from "./formats/index.ts";

const MANIFEST_NAME = "manifest.json";

/**
 * The files that `readInputs` would read for `paths`, each named as it would name it (the given
 * path, joined with the entries below a folder), in the same order: folders walked recursively,
 * entries sorted by name, hidden entries, manifests and files of no input type left out (readInputs
 * skips them too; a binary file among them is then not reported). A path that cannot be listed (it
 * does not exist, an unreadable folder, a dangling link) is returned as given, so that reading it
 * reports why. Used to split a folder into jobs for several workers.
 */
export async function listInputFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (shown: string, absolute: string, walked: boolean): Promise<void> => {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(absolute)).isDirectory();
    } catch {
      files.push(shown);
      return;
    }
    if (!isDirectory) {
      if (!walked || findInputFormat(extname(absolute).toLowerCase())) files.push(shown);
      return;
    }
    let real: string;
    let names: string[];
    try {
      real = await realpath(absolute);
      names = (await readdir(absolute)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch {
      files.push(shown);
      return;
    }
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    for (const name of names) {
      if (name.startsWith(".") || name === MANIFEST_NAME) continue;
      await visit(join(shown, name), join(absolute, name), true);
    }
  };
  for (const given of paths) await visit(given, resolve(cwd, given), false);
  return files;
}
