import type { ExtractionDocument } from "../app/extract-files.ts";

export interface FormatExtractionOptions {
  color: boolean;
}

/** Readable listing of `extract` results (the non --json output). */
export function formatExtraction(document: ExtractionDocument, options: FormatExtractionOptions): string {
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (options.color ? `\u001b[2m${s}\u001b[22m` : s);
  const lines: string[] = [];
  for (const article of document.articles) {
    const meta = [article.outlet ?? "unknown outlet", article.publishedAt ?? "no date"];
    if (article.eventDate && article.eventDate !== article.publishedAt) meta.push(`event ${article.eventDate}`);
    lines.push(bold(`${article.file}`) + `  ${meta.join(" · ")}`);
    if (article.title) lines.push(`  ${article.title}`);
    for (const credit of article.credits) lines.push(dim(`  credit: ${credit.name} (${credit.kind}) "${credit.mention}"`));
    if (article.quotes.length === 0) lines.push(dim("  no quotes found"));
    for (const q of article.quotes) {
      const who = q.speaker ? (q.speaker.mention !== q.speaker.name ? `${q.speaker.name} ("${q.speaker.mention}")` : q.speaker.name) : "unknown speaker";
      const via = q.source ? ` via ${q.source.name}${q.source.scope === "sentence" ? "" : ` (${q.source.scope})`}` : "";
      const repeat = q.repeatOf ? ` repeats ${q.repeatOf}` : "";
      lines.push(`  ${q.id} [${q.kind}] ${who}${q.cue ? ` ${q.cue.text}` : ""}${via}${repeat}`);
      const text = q.text.length > 160 ? `${q.text.slice(0, 157)}...` : q.text;
      lines.push(`     “${text.replace(/\s+/g, " ")}”  ${dim(`${q.start}-${q.end} ${q.rule} ${q.confidence.toFixed(2)}`)}`);
    }
    lines.push("");
  }
  lines.push(`${document.articles.length} article(s), ${document.articles.reduce((n, a) => n + a.quotes.length, 0)} quote(s), ${document.errors.length} rejected`);
  return `${lines.join("\n")}\n`;
}
