/**
 * Text made inert for inline Markdown (CommonMark + GFM), safe inside a table cell: whitespace
 * runs (newlines included) fold to one space, so no line can start a heading, list, quote or
 * table row; every character that can start inline syntax — code spans, emphasis, links and
 * images, raw HTML, entities, strike-through, math, table pipes — is backslash-escaped; a leading
 * "#", "+", "-", "=", ">" or "1." is escaped too, for text placed at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const folded = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd")
    .replace(/\s+/g, " ");
  const escaped = folded.replace(/[\\`*_[\]<>|~&$!]/g, (c) => `\\${c}`);
  return escaped.replace(/^([#+\-=>]|\d{1,9}[.)])/, (lead) =>
    lead.length === 1 ? `\\${lead}` : `${lead.slice(0, -1)}\\${lead.slice(-1)}`);
}
