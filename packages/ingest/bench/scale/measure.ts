// Measurements for pnpm bench:scale: peak resident memory of a process (polled), the size of a
// folder, and the load average.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { residentMemoryMb } from "@claimgraph/neo4j-local";

/** A memory field of a live process's /proc status (VmHWM, VmRSS) in MiB, or undefined once it is gone. */
function statusMb(pid: number, field: "VmHWM" | "VmRSS"): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** VmHWM (peak resident set) of a live process in MiB, or undefined once it is gone. */
export const peakRssMb = (pid: number) => statusMb(pid, "VmHWM");

/** VmRSS (current resident set) of a live process in MiB, or undefined once it is gone. */
export const currentRssMb = (pid: number) => statusMb(pid, "VmRSS");

/** One point of the memory timeline: seconds since the watch began, the ingest's and Neo4j's RSS in MiB. */
export type MemorySample = [seconds: number, ingestMb: number, neo4jMb: number];

/**
 * Polls a process's peak RSS (and a process tree's current RSS) until stopped; keeps the largest,
 * and every `sampleSeconds` the current figures (where in the run the peak comes: a steady growth
 * and an end-of-run spike call for different fixes).
 */
export function watchMemory(ingestPid: () => number | undefined, neo4jPid: number, sampleSeconds = 30) {
  const peak = { ingestMb: 0, neo4jMb: 0 };
  const timeline: MemorySample[] = [];
  const began = performance.now();
  let nextSample = 0;
  const poll = () => {
    const pid = ingestPid();
    if (pid) peak.ingestMb = Math.max(peak.ingestMb, peakRssMb(pid) ?? 0);
    const neo4jMb = residentMemoryMb(neo4jPid) ?? 0;
    peak.neo4jMb = Math.max(peak.neo4jMb, neo4jMb);
    const seconds = (performance.now() - began) / 1000;
    if (pid && seconds >= nextSample) {
      timeline.push([Math.round(seconds), currentRssMb(pid) ?? 0, neo4jMb]);
      nextSample += sampleSeconds;
    }
  };
  const timer = setInterval(poll, 500);
  return {
    peak,
    timeline,
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
