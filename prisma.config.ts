// Prisma CLI configuration. Works offline: Prisma 7's CLI refuses to run `generate` unless a
// schema-engine binary path exists, and that binary is downloaded from Prisma's servers (which a
// user's machine may not reach). `generate` only checks that the file exists, so we point it at
// this file itself. Migrations are applied by our own applier (src/store/apply-migrations.ts),
// never by the native engine. See README "Known limits".
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
