/** Which columns an occurrence table has beyond the fixed ones (renderHtmlOccurrences, renderMarkdownOccurrences). */
export interface OccurrenceTableOptions {
  /** "../" from a page under families/, outlets/ or speakers/ */
  root: string;
  /** a column with the family (its opening words, linked to its page) */
  showFamily: boolean;
  /** a column with the outlet (linked to its page) */
  showOutlet: boolean;
  /** a column with the changes from the reference wording */
  showChanges: boolean;
}

/** The column headings of an occurrence table, in order, for both formats. */
export function listOccurrenceColumns(options: OccurrenceTableOptions): string[] {
  return [
    ...(options.showFamily ? ["Quote"] : []), "Page date", "Event date", ...(options.showOutlet ? ["Outlet"] : []), "Article",
    "Link", "Kind", "Credited source", ...(options.showChanges ? ["Changes"] : []), "Flags", "Wording",
  ];
}
