import { setFlagsFromString } from "node:v8";
import type { ResourceLimits } from "node:worker_threads";

/**
 * The young generation of an extraction thread (the ingest pool's and bench:extract's), in MB per
 * semi-space, and fixed at that size rather than left to V8, which starts a young generation small
 * and grows or shrinks it with the survival rate it sees.
 *
 * Extraction makes a few MB of short-lived objects per article (tokens, features, mentions,
 * candidate lists): too small a young generation and much of an article's garbage is still alive at
 * a scavenge and gets copied or promoted (8 MB semi-spaces: the worker's heap ran to 176 MB). Until
 * 2026-12-05 the limit was 64 MB semi-spaces with V8 choosing the size under it: each thread's young
 * generation swung between 32 and 128 MB over a long ingest, so the same build's peak RSS at 100,000
 * articles differed by 70 MB between two runs (the threads' heaps, traced every 30 s: 94–188 MB at
 * 10,000 articles, 205–229 MB from 70,000 on). Fixed at 16 MB (`pnpm bench:extract`, three
 * interleaved runs each, 2026-12-05, load 1–2): one thread 390 / 381 / 373 → 383 / 338 / 350
 * articles/s, two 473 / 507 / 470 → 499 / 519 / 407 (the same within this VM's ±15 %); peak RSS
 * with two threads 708 / 746 / 720 → 597 / 602 / 679 MB, and the size no longer moves.
 */
export const EXTRACTION_SEMI_SPACE_MB = 16;

/** A worker's limits: V8's young generation is three semi-spaces (two for copying, one for large objects). */
export const EXTRACTION_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 3 * EXTRACTION_SEMI_SPACE_MB };

let fixed = false;

/**
 * Fixes the young generation of the threads started after it (a V8 flag: process-wide, read when an
 * isolate is created, so the main thread keeps its own). Call before starting an extraction thread.
 */
export function fixExtractionYoungGeneration(): void {
  if (fixed) return;
  fixed = true;
  setFlagsFromString(`--min-semi-space-size=${EXTRACTION_SEMI_SPACE_MB}`);
}
