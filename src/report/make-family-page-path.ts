import { makeEntityPagePath } from "./make-entity-page-path.ts";

/** Relative path of a family's page: "families/<id>.<ext>" (see makeEntityPagePath). */
export function makeFamilyPagePath(familyId: string, ext: "md" | "html"): string {
  return makeEntityPagePath("families", familyId, ext);
}
