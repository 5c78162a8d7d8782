// A pool of worker threads running extractDocument. Each worker holds at most DEPTH documents
// (so it never idles between messages), further documents wait in the pool's queue, and every
// caller gets its own document's answer. A worker that dies fails its documents and is replaced.
// An idle worker does not keep the process alive (it is unref'd until it has work again), so one
// pool can serve every ingest of a process (`sharedPool`): its threads start, and load the
// tagger model, once.
//
// Gotcha (Node 20): `--import tsx` in a worker's execArgv does not make the worker's *entry*
// loadable as .ts ("Unknown file extension"). Running from sources, a worker therefore starts
// from a two-line bootstrap that registers tsx's ESM hooks in that thread, then imports the .ts.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentGraph } from "@claimgraph/schema";
import type { InputDocument } from "../../input/types.js";
import type { ExtractReply, ExtractRequest } from "./messages.js";
import { EXTRACTION_RESOURCE_LIMITS, fixExtractionYoungGeneration } from "./resource-limits.js";

const DEPTH = 2;
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(`./worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);

/** The graph of one document, or why extraction failed. */
export type ExtractOutcome = { graph: DocumentGraph } | { error: string };

/** One thread per core the machine offers (os.availableParallelism). */
export const defaultPoolSize = (): number => Math.max(1, os.availableParallelism());

interface Job {
  id: number;
  doc: InputDocument;
  resolve: (outcome: ExtractOutcome) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

function startWorker(): Worker {
  fixExtractionYoungGeneration();
  // the conditions the parent resolves packages with (e.g. --conditions=source) apply in the worker too
  const execArgv = conditionsOf(process.execArgv).map((c) => `--conditions=${c}`);
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { execArgv, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
}

/** The values of --conditions / -C in a node command line (`--conditions=x`, `--conditions x`, `-C x`). */
export function conditionsOf(argv: readonly string[]): string[] {
  const out: string[] = [];
  argv.forEach((arg, i) => {
    const inline = /^--conditions=(.+)$/.exec(arg);
    if (inline?.[1]) out.push(inline[1]);
    else if ((arg === "--conditions" || arg === "-C") && argv[i + 1]) out.push(argv[i + 1] as string);
  });
  return out;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = defaultPoolSize()) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`ExtractPool: size must be 1 or more, not ${size}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extracts one document on a worker thread; never rejects (a failure is an `error` outcome). */
  extract(doc: InputDocument): Promise<ExtractOutcome> {
    if (this.closed) return Promise.resolve({ error: "the extraction pool is closed" });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, doc, resolve });
      this.dispatch();
    });
  }

  /** Documents handed to workers or waiting for one. */
  get isClosed(): boolean {
    return this.closed;
  }

  get backlog(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ error: "the extraction pool was closed" });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), jobs: new Map() };
    slot.worker.on("message", (reply: ExtractReply) => {
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (slot.jobs.size === 0) slot.worker.unref();
      job.resolve("graph" in reply ? { graph: reply.graph } : { error: reply.error });
      this.dispatch();
    });
    slot.worker.on("error", (error) => this.replace(slot, error));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.replace(slot, new Error(`extraction worker exited with code ${code}`));
    });
    slot.worker.unref();
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    for (const job of slot.jobs.values()) job.resolve({ error: `extraction worker failed: ${error.message}` });
    slot.jobs.clear();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots)
        if (slot.jobs.size < DEPTH && (!best || slot.jobs.size < best.jobs.size)) best = slot;
      if (!best) return;
      const job = this.queue.shift() as Job;
      best.jobs.set(job.id, job);
      best.worker.ref();
      const request: ExtractRequest = { id: job.id, doc: job.doc };
      best.worker.postMessage(request);
    }
  }
}

let shared: ExtractPool | undefined;

/** The process's pool of `size` threads, started on first use (a pool of another size replaces it). */
export function sharedPool(size: number = defaultPoolSize()): ExtractPool {
  if (!shared || shared.isClosed || shared.size !== size) {
    const old = shared;
    shared = new ExtractPool(size);
    // the old pool finishes what it holds first: another ingest may still be waiting for it
    if (old && !old.isClosed) void whenIdle(old).then(() => old.close());
  }
  return shared;
}

async function whenIdle(pool: ExtractPool): Promise<void> {
  while (pool.backlog > 0) await new Promise((resolve) => setTimeout(resolve, 100));
}
