#!/usr/bin/env node
/** pnpm extract <files|dirs|globs|-> — articles in, document graphs (JSON Lines) out. See extract-command.ts. */
import { extractCommand } from "./extract-command.js";
import { runMain } from "./run-main.js";

runMain("extract", (argv) => extractCommand(argv, { stdout: process.stdout, stderr: process.stderr }));
