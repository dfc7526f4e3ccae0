import { makeSourceDocument } from "../make-source-document.ts";
import { readTextFile } from "../read-text-file.ts";
import type { InputFormat } from "./input-format.ts";

/** `.html`/`.htm`: the page's main text (Readability) and the metadata in its head. */
export const htmlFormat: InputFormat = {
  name: "html",
  extensions: [".html", ".htm"],
  async *read(source) {
    const read = readTextFile(source.path, source.maxBytes);
    if ("reason" in read) {
      yield { rejected: { file: source.file, reason: read.reason } };
      return;
    }
    // Loaded on first use, not at the top: the format registry stays light for help texts.
    const { extractHtmlDocument } = await import("../extract-html-document.ts");
    const html = extractHtmlDocument(read.text);
    if (html.refused !== undefined) {
      yield { rejected: { file: source.file, reason: html.refused } };
      return;
    }
    if (html.text.trim() === "") {
      yield { rejected: { file: source.file, reason: "no readable text in the HTML page (only markup, scripts or styles)" } };
      return;
    }
    const document = makeSourceDocument({ file: source.file, format: "html", text: html.text, given: html.given, raw: read.text, bytes: read.bytes });
    yield source.manifest ? { document, manifest: source.manifest } : { document };
  },
};
