import { makeNameKey } from "../text/make-name-key.ts";
import type { ReportIndex } from "../view/build-report-data.ts";

/** What every page of one report shares: its two dates and where the outlet and speaker pages are. */
export interface PageContext {
  /** when the report was made (injected clock) */
  generatedAt: string;
  /** latest page date in the corpus */
  corpusAsOf: string | null;
  /** slug of an outlet's page by name (null: the outlet has no page) */
  outletSlug: (name: string | null) => string | null;
  /** slug of a speaker's page by name (null: no page) */
  speakerSlug: (name: string | null) => string | null;
}

/** The page context of a report: its dates and the outlet and speaker slugs by name key. */
export function buildPageContext(data: ReportIndex): PageContext {
  const outlets = new Map(data.outlets.map((o) => [makeNameKey(o.name), o.slug]));
  const speakers = new Map(data.speakers.map((s) => [makeNameKey(s.name), s.slug]));
  return {
    generatedAt: data.generatedAt,
    corpusAsOf: data.corpusAsOf,
    outletSlug: (name) => (name === null ? null : outlets.get(makeNameKey(name)) ?? null),
    speakerSlug: (name) => (name === null ? null : speakers.get(makeNameKey(name)) ?? null),
  };
}
