#!/usr/bin/env node
/** pnpm eval [gold...] — scores extraction against gold. See eval-command.ts. */
import { evalCommand } from "./eval-command.js";
import { runMain } from "./run-main.js";

runMain("eval", (argv) => evalCommand(argv, { stdout: process.stdout, stderr: process.stderr }));
