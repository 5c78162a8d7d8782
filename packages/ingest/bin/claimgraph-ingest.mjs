#!/usr/bin/env node
// The installed command: runs the built CLI. It lives outside dist/ so that pnpm can link it on a
// fresh clone, before anything is built.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli/ingest.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("claimgraph-ingest is not built yet: run `pnpm build` (or `pnpm ingest …` from the repository).");
  process.exit(1);
}
await import(cli.href);
