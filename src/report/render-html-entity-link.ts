import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { makeEntityPagePath } from "./make-entity-page-path.ts";

/**
 * An outlet's or a speaker's name linked to its page (`root` is "" from the index, "../" from a
 * page one folder down); the bare name when it has no page, "—" when there is no name.
 */
export function renderHtmlEntityLink(kind: "outlets" | "speakers", name: string | null, context: PageContext, root: string): string {
  if (name === null || name === "") return '<span class="muted">—</span>';
  const slug = kind === "outlets" ? context.outletSlug(name) : context.speakerSlug(name);
  return slug === null ? escapeHtml(name) : `<a href="${escapeHtml(root + makeEntityPagePath(kind, slug, "html"))}">${escapeHtml(name)}</a>`;
}
