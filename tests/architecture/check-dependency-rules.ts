import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, dirname, sep } from "node:path";

/**
 * The dependency rules of README "Dependency rules", as data. A layer is a top-level folder of
 * `src/`; each may import only the layers listed here (its own folder always). Stages run in the
 * order ingest -> extract -> match -> provenance -> view -> report | audit and may import only
 * earlier stages; report and audit are siblings that both render from view.
 */
export const ALLOWED_LAYER_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  model: [],
  lexicon: ["model"],
  text: ["model", "lexicon"],
  drift: ["model", "lexicon", "text"],
  io: ["model", "lexicon", "text"],
  ingest: ["model", "lexicon", "text"],
  extract: ["model", "lexicon", "text", "ingest"],
  match: ["model", "lexicon", "text", "drift"],
  provenance: ["model", "lexicon", "text", "drift"],
  view: ["model", "lexicon", "text", "drift", "provenance"],
  report: ["model", "lexicon", "text", "drift", "provenance", "view"],
  audit: ["model", "lexicon", "text", "drift", "provenance", "view"],
  store: ["model", "lexicon", "text", "drift", "generated"],
  generated: ["generated"],
  app: ["model", "lexicon", "text", "drift", "io", "ingest", "extract", "match", "provenance", "view", "report", "audit", "store"],
  // cli parses arguments and prints: it calls app's use cases, opens the configured store, and
  // prints with the renderers' text formatters (formatAudit, the report format names).
  cli: ["model", "app", "store", "report", "audit"],
};

/**
 * Single files allowed across the layer table, each with its reason. The target must itself import
 * nothing (checked), so no cycle can pass through the exception.
 */
export const FILE_EXCEPTIONS: readonly { from: string; to: string; why: string }[] = [
  {
    from: "src/model/family.ts",
    to: "src/drift/change-classes.ts",
    why: "the change-class table is the one source of the ChangeType and Severity names that model's Change shape uses",
  },
];

/** Packages that talk to a database: only `store` (and Prisma's own generated client) may import them. */
const DATABASE_PACKAGES = [/^@prisma\//, /^prisma$/, /^pg$/, /^pg-boss$/, /^postgres$/, /^@electric-sql\//];

/** Node modules that do I/O or start processes: the pure layers must not import them. */
const IO_MODULES = [/^node:(fs|fs\/promises|child_process|net|http|https|dgram|worker_threads|cluster)$/, /^(fs|child_process|net|http|https)$/];
const PURE_LAYERS = ["model", "lexicon", "text", "drift", "ingest", "extract", "match", "provenance", "view", "report", "audit"];

export interface DependencyViolation {
  /** importing file, relative to the project root */
  file: string;
  /** the import specifier as written */
  specifier: string;
  rule: string;
}

const IMPORT_PATTERN = /(?:^|[\s;])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|(?:^|[\s;(=])import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|[\s;])import\s*["']([^"']+)["']/g;

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listSourceFiles(full));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) files.push(full);
  }
  return files;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every import specifier of one source text (static, re-export, dynamic and side-effect). */
export function findImportSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of stripComments(source).matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

/** Checks every file under `<root>/src` against the rules; returns the violations found. */
export function checkDependencyRules(root: string): DependencyViolation[] {
  const srcDir = resolve(root, "src");
  const violations: DependencyViolation[] = [];
  for (const file of listSourceFiles(srcDir)) {
    const layer = relative(srcDir, file).split(sep)[0] ?? "";
    if (layer === "generated") continue;
    const fileName = relative(root, file);
    const allowed = ALLOWED_LAYER_IMPORTS[layer];
    if (!allowed) {
      violations.push({ file: fileName, specifier: "", rule: `src/${layer}/ is not a known layer: add it to the dependency rules (README and this table)` });
      continue;
    }
    for (const specifier of findImportSpecifiers(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        const rel = relative(srcDir, target);
        if (rel.startsWith("..")) {
          violations.push({ file: fileName, specifier, rule: "imports from outside src/" });
          continue;
        }
        const targetLayer = rel.split(sep)[0] ?? "";
        const targetFile = relative(root, target).split(sep).join("/");
        const excepted = FILE_EXCEPTIONS.some((e) => e.from === fileName.split(sep).join("/") && e.to === targetFile);
        if (targetLayer !== layer && !allowed.includes(targetLayer) && !excepted) {
          violations.push({ file: fileName, specifier, rule: `${layer} may not import ${targetLayer} (allowed: ${allowed.join(", ") || "nothing"})` });
        }
        continue;
      }
      if (layer !== "store" && DATABASE_PACKAGES.some((p) => p.test(specifier))) {
        violations.push({ file: fileName, specifier, rule: "only src/store/ imports the Prisma client or a database driver" });
      }
      if (PURE_LAYERS.includes(layer) && IO_MODULES.some((p) => p.test(specifier))) {
        violations.push({ file: fileName, specifier, rule: `${layer} is a pure stage: no file, process or network I/O` });
      }
    }
  }
  for (const exception of FILE_EXCEPTIONS) {
    const target = resolve(root, exception.to);
    if (!existsSync(target)) continue;
    const imports = findImportSpecifiers(readFileSync(target, "utf8"));
    if (imports.length > 0) {
      violations.push({ file: exception.to, specifier: imports[0] ?? "", rule: `${exception.to} is a declared exception target and must import nothing` });
    }
  }
  return violations;
}
