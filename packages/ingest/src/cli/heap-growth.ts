import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets a heap grow past what the last full collection found alive, in percent. Left to
 * itself V8 picks a factor up to 4× for a heap that collects fast, so a long ingest's resident
 * memory was mostly garbage waiting: over 10,000 articles the main thread's heap ran to 1.1 GiB
 * around 356 MiB alive (six full collections in the whole run), and the process's peak RSS followed
 * it. 50 % (factor 1.5): peak RSS 1,899 → 1,402 MiB at 10,000 articles, time within noise
 * (`--trace-gc`, 2026-12-03; ingest README, "Memory: the entity index halved, the heap bounded").
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets the heap growth for this process and the extraction threads it starts (V8 flags are
 * process-wide). Call first thing in a long-running command: the factor is read at every full
 * collection, so setting it at start is the same as passing `--heap-growing-percent` to node.
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
