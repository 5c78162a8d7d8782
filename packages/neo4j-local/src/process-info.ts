import { spawnSync } from "node:child_process";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process, or null when it is gone. */
export function commandLine(pid: number): string | null {
  const result = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
  const text = result.stdout?.trim();
  return result.status === 0 && text ? text : null;
}

/**
 * Resident set size in MiB of a process and all its descendants (the local server is a supervisor
 * JVM with the database JVM below it), or null when the process is gone or ps cannot be read.
 */
export function residentMemoryMb(pid: number): number | null {
  const result = spawnSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" });
  if (result.status !== 0 || !result.stdout) return null;
  const rows = result.stdout
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  if (!rows.some(([p]) => p === pid)) return null;
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, parent] of rows) {
      if (tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  const kb = rows.reduce((sum, [p, , rss]) => (tree.has(p) && Number.isFinite(rss) ? sum + rss : sum), 0);
  return kb > 0 ? Math.round(kb / 1024) : null;
}

/** The pids of a process's direct children (the database JVM under the supervisor). */
export function childPids(pid: number): number[] {
  const result = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return (result.stdout ?? "")
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
