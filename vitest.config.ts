import { defineConfig } from "vitest/config";
import { sourceResolution } from "./vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  test: {
    projects: ["packages/*", "scripts"],
    // Database tests share one Neo4j (Community has a single user database): run files one at a time.
    fileParallelism: false,
    globalSetup: ["./scripts/test-neo4j.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
  },
});
