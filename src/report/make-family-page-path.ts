/**
 * Relative path of a family's page: "families/<id>.<ext>". Family ids are makeStableId output
 * ([a-z0-9-]); anything else is replaced so a hostile id can never leave the report directory.
 */
export function makeFamilyPagePath(familyId: string, ext: "md" | "html"): string {
  const safe = familyId.replace(/[^A-Za-z0-9_-]/g, "_") || "_";
  return `families/${safe}.${ext}`;
}
