import { createHash } from "node:crypto";
import type { GivenMetadata, SourceDocument } from "../model/article.ts";

export interface MakeSourceDocumentOptions {
  file: string;
  format: SourceDocument["format"];
  text: string;
  given: GivenMetadata;
  /** the input as text, kept for storage */
  raw: string;
  /** the input's bytes, hashed into rawHash */
  bytes: Uint8Array;
}

/** A SourceDocument with the sha256 of its raw bytes. */
export function makeSourceDocument(options: MakeSourceDocumentOptions): SourceDocument {
  const { file, format, text, given, raw, bytes } = options;
  return { file, format, text, given, rawHash: createHash("sha256").update(bytes).digest("hex"), raw };
}
