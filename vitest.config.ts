import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Domain modules mark themselves server-only; tests are server code too.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          setupFiles: ["./lib/testing/integration-setup.ts"],
          env: { LOG_LEVEL: "error" },
        },
      },
    ],
  },
});
