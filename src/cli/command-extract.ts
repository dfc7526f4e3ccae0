import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { formatExtraction } from "./format-extraction.ts";
import { parseMaxBytes } from "./parse-max-bytes.ts";
import { DEFAULT_MAX_BYTES, MAX_DOCUMENT_BYTES } from "../model/input-limits.ts";

export const extractCommand = defineCommand({
  name: "extract",
  help: `Usage: quotetrail extract <files or directories...> [--json] [--manifest FILE] [--max-bytes N]

Finds direct, partial and indirect quotes with their speaker, cue and credited source.
Needs no database. Directories are walked recursively, in path order.

Options:
  --json            print one JSON document on stdout (the extraction contract, see README)
  --manifest FILE   metadata for the files (default: manifest.json inside each directory)
  --max-bytes N     reject articles larger than N bytes (default ${DEFAULT_MAX_BYTES}, at most
                    ${MAX_DOCUMENT_BYTES}; a .jsonl file is limited per line)
  -h, --help        show this help

Exit codes: 0 ok, 2 usage error, 3 no article found, 4 some inputs rejected.
`,
  options: {
    json: { type: "boolean" },
    manifest: { type: "string" },
    "max-bytes": { type: "string" },
  },
  async run(context, args) {
    if (args.positionals.length === 0) throw new CliError("give at least one file or directory", ExitCode.usage);
    const maxBytes = parseMaxBytes(args.values["max-bytes"]);
    // Loaded here, not at the top: `quotetrail extract --help` then loads no pipeline code.
    const { extractFiles } = await import("../app/extract-files.ts");
    const result = await extractFiles({
      paths: args.positionals,
      manifestPath: typeof args.values.manifest === "string" ? args.values.manifest : undefined,
      cwd: context.cwd,
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    });
    for (const rejected of result.errors) context.stderr(`rejected ${rejected.file}: ${rejected.reason}\n`);
    for (const line of result.messages) context.stderr(`${line}\n`);
    if (args.values.json) context.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
    else context.stdout(formatExtraction(result.document, { color: context.color }));
    if (result.document.articles.length === 0) return result.errors.length > 0 ? ExitCode.someInputsRejected : ExitCode.nothingFound;
    return result.errors.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
  },
});
