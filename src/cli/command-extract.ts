import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { extractFiles } from "../app/extract-files.ts";
import { formatExtraction } from "./format-extraction.ts";

export const extractCommand = defineCommand({
  name: "extract",
  help: `Usage: quotetrail extract <files or directories...> [--json] [--manifest FILE]

Finds direct, partial and indirect quotes with their speaker, cue and credited source.
Needs no database. Directories are walked recursively, in path order.

Options:
  --json            print one JSON document on stdout (the extraction contract, see README)
  --manifest FILE   metadata for the files (default: manifest.json inside each directory)
  -h, --help        show this help

Exit codes: 0 ok, 2 usage error, 3 no article found, 4 some inputs rejected.
`,
  options: {
    json: { type: "boolean" },
    manifest: { type: "string" },
  },
  async run(context, args) {
    if (args.positionals.length === 0) throw new CliError("give at least one file or directory", ExitCode.usage);
    const result = await extractFiles({
      paths: args.positionals,
      manifestPath: typeof args.values.manifest === "string" ? args.values.manifest : undefined,
      cwd: context.cwd,
    });
    for (const rejected of result.errors) context.stderr(`rejected ${rejected.file}: ${rejected.reason}\n`);
    for (const line of result.messages) context.stderr(`${line}\n`);
    if (args.values.json) context.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
    else context.stdout(formatExtraction(result.document, { color: context.color }));
    if (result.document.articles.length === 0) return result.errors.length > 0 ? ExitCode.someInputsRejected : ExitCode.nothingFound;
    return result.errors.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
  },
});
