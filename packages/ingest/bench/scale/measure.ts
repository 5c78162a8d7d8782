// Measurements for pnpm bench:scale: peak resident memory of a process (polled), the size of a
// folder, and the load average.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { residentMemoryMb } from "@claimgraph/neo4j-local";

/** VmHWM (peak resident set) of a live process in MiB, or undefined once it is gone. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Polls a process's peak RSS (and a process tree's current RSS) until stopped; keeps the largest. */
export function watchMemory(ingestPid: () => number | undefined, neo4jPid: number) {
  const peak = { ingestMb: 0, neo4jMb: 0 };
  const poll = () => {
    const pid = ingestPid();
    if (pid) peak.ingestMb = Math.max(peak.ingestMb, peakRssMb(pid) ?? 0);
    peak.neo4jMb = Math.max(peak.neo4jMb, residentMemoryMb(neo4jPid) ?? 0);
  };
  const timer = setInterval(poll, 500);
  return {
    peak,
    stop() {
      poll();
      clearInterval(timer);
    },
  };
}

export function folderBytes(dir: string): number {
  const result = spawnSync("du", ["-sb", dir], { encoding: "utf8" });
  return Number(result.stdout.split(/\s+/)[0] ?? 0);
}

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
