/**
 * ".txt, .html, .htm, .json or .jsonl": the extensions quotetrail reads, from the format registry
 * (src/io/formats), for help texts. The registry loads its readers lazily, so this stays light.
 */
export { listInputExtensions } from "../io/formats/index.ts";
