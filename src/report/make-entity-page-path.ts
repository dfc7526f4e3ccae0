/**
 * Relative path of a page of the report: "families/<id>.<ext>", "outlets/<slug>.<ext>",
 * "speakers/<slug>.<ext>". Ids and slugs are makeStableId / makeSlugs output ([a-z0-9-]); anything
 * else is replaced so a hostile name can never leave the report directory.
 */
export function makeEntityPagePath(kind: "families" | "outlets" | "speakers", slug: string, ext: "md" | "html"): string {
  const safe = slug.replace(/[^A-Za-z0-9_-]/g, "_") || "_";
  return `${kind}/${safe}.${ext}`;
}
