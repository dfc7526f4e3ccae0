import type { SourceDocument } from "../../model/article.ts";
import { htmlFormat } from "./html.ts";
import type { InputFormat } from "./input-format.ts";
import { jsonFormat } from "./json.ts";
import { jsonlFormat } from "./jsonl.ts";
import { txtFormat } from "./txt.ts";

export type { FormatSource, InputFormat, InputWarning, ReadInputsItem } from "./input-format.ts";

/**
 * The registry of input formats: the one list that file walking, help texts and the schema check
 * derive from. To add a format, add a file beside these and list it here.
 */
const FORMATS_BY_NAME = {
  txt: txtFormat,
  html: htmlFormat,
  json: jsonFormat,
  jsonl: jsonlFormat,
} satisfies Record<SourceDocument["format"], InputFormat>; // the compiler checks it against the model's format names

export const INPUT_FORMATS: readonly InputFormat[] = Object.values(FORMATS_BY_NAME);

const BY_EXTENSION = new Map(INPUT_FORMATS.flatMap((format) => format.extensions.map((ext) => [ext, format] as const)));

/** The format that reads files with this extension (".HTM" -> html), or undefined. */
export function findInputFormat(extension: string): InputFormat | undefined {
  return BY_EXTENSION.get(extension.toLowerCase());
}

/** ".txt, .html, .htm, .json or .jsonl": the extensions read, for messages and help texts. */
export function listInputExtensions(): string {
  const all = INPUT_FORMATS.flatMap((format) => format.extensions);
  return all.length <= 1 ? all.join("") : `${all.slice(0, -1).join(", ")} or ${all.at(-1)}`;
}
