import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { formatOfPath, SUPPORTED_EXTENSIONS } from "./formats.js";

/**
 * Input specs → the sources to read: "-" is stdin; a file is itself; a directory is every file
 * with a supported extension below it (recursive, sorted by path, hidden files and folders
 * skipped); anything else is tried as a glob ("articles/**\/*.md"). What cannot be resolved
 * becomes a problem naming the spec.
 */
export type Source =
  | { kind: "stdin" }
  | { kind: "file"; path: string }
  | { kind: "problem"; origin: string; error: string; hint: string };

const isHidden = (name: string) => name.startsWith(".");
/** `<name>.meta.json` is an article's sidecar metadata (see front-matter.ts), read with the article, not as one. */
export const isSidecar = (path: string) => path.toLowerCase().endsWith(".meta.json");
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, found: string[], skipped: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byPath(a.name, b.name));
  for (const entry of entries) {
    if (isHidden(entry.name) || isSidecar(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found, skipped);
    else if (entry.isFile() && formatOfPath(entry.name)) found.push(path);
    else if (entry.isFile()) skipped.push(entry.name);
  }
}

async function directorySources(dir: string): Promise<Source[]> {
  const found: string[] = [];
  const skipped: string[] = [];
  await walk(dir, found, skipped);
  if (found.length > 0) return found.map((path) => ({ kind: "file", path }));
  const skippedNote = skipped.length > 0 ? ` (skipped ${skipped.length}: ${skipped.slice(0, 3).join(", ")}…)` : "";
  return [
    {
      kind: "problem",
      origin: dir,
      error: `the directory has no readable articles${skippedNote}`,
      hint: `put articles in it as ${SUPPORTED_EXTENSIONS.join(", ")} files (hidden files are ignored)`,
    },
  ];
}

async function sourcesOf(spec: string): Promise<Source[]> {
  if (spec === "-") return [{ kind: "stdin" }];
  const info = await stat(spec).catch(() => undefined);
  if (info?.isDirectory()) return directorySources(spec);
  if (info) return [{ kind: "file", path: spec }];
  if (isDynamicPattern(spec)) {
    const paths = (await glob([spec], { dot: false, onlyFiles: true, expandDirectories: false }))
      .filter((path) => !isSidecar(path))
      .sort(byPath);
    if (paths.length > 0) return paths.map((path) => ({ kind: "file", path }));
    return [
      {
        kind: "problem",
        origin: spec,
        error: "no files match this pattern",
        hint: "check the pattern; quote it so the shell does not expand it",
      },
    ];
  }
  return [{ kind: "problem", origin: spec, error: "no such file or directory", hint: "check the path" }];
}

export async function* resolveSources(specs: readonly string[]): AsyncGenerator<Source> {
  for (const spec of specs) {
    try {
      yield* await sourcesOf(spec);
    } catch (error) {
      yield {
        kind: "problem",
        origin: spec,
        error: `cannot be listed: ${(error as Error).message}`,
        hint: "check its permissions",
      };
    }
  }
}
