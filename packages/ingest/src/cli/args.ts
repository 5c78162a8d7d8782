import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * Command-line parsing for the ingest commands: node:util parseArgs, with every mistake turned
 * into a UsageError (exit status 2, a one-line message and a pointer to --help; see run-main.ts).
 *
 *   const { values, positionals } = parseCommandLine(argv, { json: { type: "boolean" } });
 *   const jobs = positiveInt(values.jobs, "--jobs", 1);
 */

/** A mistake in how the command was called: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;
export type ParsedCommandLine<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export function parseCommandLine<O extends Options>(argv: string[], options: O): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
}

/** A whole number in [min, max] from an option value, or `fallback` when the option is absent. */
export function positiveInt(raw: unknown, name: string, fallback: number, max = 100_000): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`${name} must be a whole number from 1 to ${max} (got "${String(raw)}")`);
  }
  return value;
}
