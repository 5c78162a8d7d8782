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

/** Resident set size in MiB, or null when it cannot be read. */
export function residentMemoryMb(pid: number): number | null {
  const result = spawnSync("ps", ["-p", String(pid), "-o", "rss="], { encoding: "utf8" });
  const kb = Number(result.stdout?.trim());
  return result.status === 0 && Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : null;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
