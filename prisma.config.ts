import { defineConfig } from "prisma/config";

// The CLI is used for `prisma generate` only; migrations are applied by lib/migrations/apply-migrations.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
