/**
 * The built app the browser tests and benchmarks serve. It is rebuilt whenever a source file is
 * newer than the bundle: a test that drives yesterday's dist/ passes or fails for the wrong reasons.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(PACKAGE_DIR, "dist");

/** Newest modification time (ms) of the files under the given paths (0 when none exist). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestMtime(readdirSync(p).map((name) => path.join(p, name))));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** True when `output` is missing or older than any of `inputs`. */
export function isStale(output: string, inputs: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestMtime(inputs);
}

function run(args: string[], why: string): void {
  const result = spawnSync("pnpm", ["exec", "vite", ...args], { cwd: PACKAGE_DIR, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`vite ${args.join(" ")} failed: ${why} needs the built app in dist/.`);
}

/** Builds dist/ (and, when asked, dist/export-viewer.js) if missing or older than their sources. */
export function ensureBuiltApp(why: string, options: { exportViewer?: boolean } = {}): void {
  const src = path.join(PACKAGE_DIR, "src");
  // shared/ (the contract) is bundled into the app too: a changed schema must rebuild it.
  const shared = path.join(PACKAGE_DIR, "shared");
  const appInputs = [src, shared, path.join(PACKAGE_DIR, "index.html"), path.join(PACKAGE_DIR, "vite.config.ts")];
  let rebuilt = false;
  if (isStale(path.join(DIST, "index.html"), appInputs)) {
    run(["build"], why); // empties dist/, the export viewer included
    rebuilt = true;
  }
  if (!options.exportViewer) return;
  const exportInputs = [src, shared, path.join(PACKAGE_DIR, "export-viewer")];
  if (rebuilt || isStale(path.join(DIST, "export-viewer.js"), exportInputs)) {
    run(["build", "-c", "export-viewer/vite.config.ts"], why);
  }
}
