import { existsSync, writeFileSync } from "node:fs";
import { CommandError } from "./run-main.js";

/**
 * What the training commands (`train-entities.ts`, `train-attribution.ts`) share: their common
 * options, a log with the time since the start, the `--without` family checks, the training
 * data's presence and writing a model (or not, with --dry-run).
 */
export const TRAINING_OPTIONS = {
  epochs: { type: "string" },
  bits: { type: "string" },
  seed: { type: "string" },
  without: { type: "string", multiple: true },
  out: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** A log on `stream` (stderr) whose lines start with the seconds since it was made: "[12.3 s] done". */
export function timedLog(stream: NodeJS.WritableStream = process.stderr): (line: string) => void {
  const started = performance.now();
  return (line) => {
    stream.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  };
}

/**
 * The families of `all` left when those named by a repeatable `--without` option (`without`, as
 * parsed) are dropped, in `all`'s order; an unknown name is a CommandError listing the known ones.
 */
export function familiesWithout<F extends string>(
  all: readonly F[],
  without: readonly string[] | undefined,
  what = "feature family",
): F[] {
  for (const w of without ?? [])
    if (!all.includes(w as F)) throw new CommandError(`unknown ${what}: ${w}`, `one of ${all.join(", ")}`);
  return all.filter((f) => !(without ?? []).includes(f));
}

/** Throws a CommandError naming the first of `paths` that does not exist, with `hint` (where the data lives). */
export function requireFiles(paths: readonly string[], hint: string): void {
  for (const path of paths) if (!existsSync(path)) throw new CommandError(`${path}: no such file`, hint);
}

/** Writes the encoded model to `path` and logs where and how big; with `dryRun`, encodes and writes nothing. */
export function saveModel(path: string, encode: () => Uint8Array, dryRun: boolean, log: (line: string) => void): void {
  if (dryRun) return;
  const bytes = encode();
  writeFileSync(path, bytes);
  log(`wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}
