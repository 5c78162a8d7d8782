#!/usr/bin/env node
/** pnpm ingest <files|dirs|globs|urls|-> — articles into Neo4j. See ingest-command.ts. */
import { limitHeapGrowth } from "./heap-growth.js";
import { ingestCommand } from "./ingest-command.js";
import { runMain } from "./run-main.js";

limitHeapGrowth();
runMain("ingest", ingestCommand);
