import { UsageError } from "./args.js";

/**
 * Runs a command's main(argv) → exit status, and turns what it throws into a message:
 * a UsageError prints "pnpm <name>: <message>" and a pointer to --help (exit 2); an error with a
 * `hint` (a known failure: database down, unreadable gold) prints both lines (exit 1); anything
 * else is a bug: its message, and its stack only with CLAIMGRAPH_DEBUG=1 (exit 1).
 * A closed stdout (`pnpm extract … | head`) ends the command quietly.
 */
export function runMain(name: string, main: (argv: string[]) => Promise<number>): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportFailure(name, error);
    },
  );
}

export function reportFailure(name: string, error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof UsageError) {
    stderr.write(`pnpm ${name}: ${error.message}\nRun pnpm ${name} --help for usage.\n`);
    return 2;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const hint = (err as { hint?: unknown }).hint;
  if (typeof hint === "string") {
    stderr.write(`✗ ${err.message}\n  → ${hint}\n`);
    return 1;
  }
  const debug = process.env.CLAIMGRAPH_DEBUG === "1";
  stderr.write(
    `pnpm ${name} failed: ${err.message}\n${debug ? `${err.stack}\n` : "  → this is a bug; run again with CLAIMGRAPH_DEBUG=1 to see where, and report it\n"}`,
  );
  return 1;
}

/** A failure the user can act on: printed as message + hint, no stack trace. */
export class CommandError extends Error {
  override name = "CommandError";
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Writes to a stream, waiting when its buffer is full so memory stays flat on big outputs. */
export async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}
