/**
 * The name each article file is shown by, relative to the corpus and never absolute: a file stored
 * as given on the command line relative to where ingest ran ("seeds/001.txt") keeps that name
 * (a leading "./" dropped); files stored by an absolute path are named from the deepest folder
 * they all share ("/home/ana/corpus/a/1.txt" and ".../corpus/b/2.txt" become "a/1.txt" and
 * "b/2.txt"; a lone one becomes its base name), and so are those that climb out with "../".
 * So a report or an audit shows the file a reader finds inside the corpus folder, and never the
 * path of the machine that ingested it. Backslashes count as separators (Windows paths).
 * Deterministic: the names depend only on the set of files given.
 */
export function nameCorpusFiles(files: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  // Absolute paths and climbs out are named apart: each group from the folders its files share.
  const outside = { absolute: [] as { file: string; parts: string[] }[], climbing: [] as { file: string; parts: string[] }[] };
  for (const file of files) {
    if (names.has(file)) continue;
    const parts = file.split(/[\\/]+/);
    const group = isAbsolute(file) ? outside.absolute : parts.includes("..") ? outside.climbing : null;
    if (group) {
      group.push({ file, parts: parts.filter((p) => p !== "" && p !== "." && p !== "..") });
      names.set(file, "");
    } else {
      names.set(file, parts.filter((p) => p !== "" && p !== ".").join("/"));
    }
  }
  for (const group of [outside.absolute, outside.climbing]) {
    // The folders every file of the group shares (a base name is never part of it).
    let shared = (group[0]?.parts ?? []).slice(0, -1);
    for (const { parts } of group) {
      const folders = parts.slice(0, -1);
      let n = 0;
      while (n < shared.length && n < folders.length && shared[n] === folders[n]) n++;
      shared = shared.slice(0, n);
    }
    for (const { file, parts } of group) names.set(file, parts.slice(shared.length).join("/"));
  }
  return names;
}

function isAbsolute(file: string): boolean {
  return file.startsWith("/") || file.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(file);
}
