/**
 * File extensions (lower case, without the dot) that are not top-level domains: a line such as
 * "d18f16b8...w-780x470.jpg" or "report.pdf" has the shape of a host name, but its last label is a
 * file type. Two lists, kept as each reader has always used them.
 */

/** Read by src/ingest/classify-line.ts: a "domain line" ending in one of these is not a domain line. */
export const NOT_TLD_EXTENSIONS: ReadonlySet<string> = new Set([
  "pdf", "jpg", "jpeg", "png", "gif", "html", "htm", "php", "txt", "doc", "docx", "mp4", "mp3", "js", "css", "json", "xml", "zip", "webp",
]);

/** Read by src/provenance/find-preview-lines.ts: a link-preview domain line ending in one of these is a file name. */
export const PREVIEW_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "ico", "pdf", "doc", "docx",
  "htm", "html", "php", "asp", "aspx", "jsp", "mp3", "mp4", "mov", "avi", "webm", "txt", "json", "xml", "js", "css", "zip",
]);
