import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { makeEntityPagePath } from "./make-entity-page-path.ts";

/** The Markdown twin of renderHtmlEntityLink: the name linked to its page, the bare name, or "—". */
export function renderMarkdownEntityLink(kind: "outlets" | "speakers", name: string | null, context: PageContext, root: string): string {
  if (name === null || name === "") return "—";
  const slug = kind === "outlets" ? context.outletSlug(name) : context.speakerSlug(name);
  return slug === null ? escapeMarkdown(name) : `[${escapeMarkdown(name)}](${root}${makeEntityPagePath(kind, slug, "md")})`;
}
