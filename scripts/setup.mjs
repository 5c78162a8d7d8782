#!/usr/bin/env node
// Installs what a fresh clone lacks, and nothing when everything is already in place:
// dependencies (pnpm install), the Neo4j jars (Maven, once), the builds, and with --browser
// Debian's Chromium for the end-to-end tests. Plain Node, no dependencies: it runs before install.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const quiet = args.has("--quiet");
const say = (line) => {
  if (!quiet) console.log(`[setup] ${line}`);
};

function fail(message, hint) {
  console.error(`Error: ${message}${hint ? `\n${hint}` : ""}`);
  process.exit(1);
}

function run(command, commandArgs, what) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: process.env });
  if (result.error) fail(`${what}: could not run ${command} (${result.error.message}).`);
  if (result.status !== 0) fail(`${what} failed (exit ${result.status}).`);
}

/** Newest modification time below dir (skipping build output and dependencies). */
function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", "dist-server", "target", ".claimgraph"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`claimgraph needs Node.js 20.19 or newer; this is ${process.versions.node}.`, "Install a current Node.js LTS.");
}

// 1. Dependencies.
const modules = path.join(root, "node_modules", ".modules.yaml");
const lock = path.join(root, "pnpm-lock.yaml");
const manifests = [
  "package.json",
  ...readdirSync(path.join(root, "packages")).map((p) => `packages/${p}/package.json`),
];
const depsChanged =
  !existsSync(modules) ||
  [lock, ...manifests.map((m) => path.join(root, m))].some(
    (f) => existsSync(f) && statSync(f).mtimeMs > statSync(modules).mtimeMs,
  );
if (depsChanged) {
  say("Installing dependencies (pnpm install)…");
  run("pnpm", ["install", ...(process.env.CI ? ["--frozen-lockfile"] : []), "--reporter=append-only"], "pnpm install");
}

// 2. The local Neo4j's jars (skipped when NEO4J_URI points elsewhere and nothing local is wanted).
if (!args.has("--no-neo4j")) {
  run(
    process.execPath,
    [
      "--conditions=source",
      "--import",
      "tsx",
      "packages/neo4j-local/src/cli.ts",
      "prepare",
      ...(quiet ? ["--quiet"] : []),
    ],
    "Preparing the local Neo4j",
  );
}

// 3. Builds (libraries to dist/, the viewer app and server) when a source is newer than the last build.
const stamp = path.join(root, "node_modules", ".claimgraph-build-stamp");
const sourcesChanged = !existsSync(stamp) || newest(path.join(root, "packages")) > statSync(stamp).mtimeMs;
if (sourcesChanged && !args.has("--no-build")) {
  say("Building packages (pnpm -r build)…");
  run("pnpm", ["-r", "--reporter=append-only", "build"], "Build");
  writeFileSync(stamp, new Date().toISOString());
}

// 4. Chromium for the browser tests, from Debian (a test tool's own browser download cannot work offline).
if (args.has("--browser")) {
  const which = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" });
  if (!which.stdout.trim() && !process.env.CHROMIUM_PATH) {
    if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
      say("Installing Chromium from Debian for the browser tests (apt-get install chromium)…");
      run("apt-get", ["update", "-qq"], "apt-get update");
      run(
        "apt-get",
        ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"],
        "apt-get install chromium",
      );
    } else {
      fail(
        "The browser tests need Chromium, and it is not installed.",
        "Install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
      );
    }
  }
}
