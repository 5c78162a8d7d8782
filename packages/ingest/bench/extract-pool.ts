// A small worker_threads pool for pnpm bench:extract. Workers start with the parent's execArgv
// (`--conditions=source` and `--import tsx` apply to them too) and receive the corpus once;
// each pass then hands out ranges of CHUNK articles to whichever worker is free.
//
// Gotcha (Node 20): `--import tsx` in a worker's execArgv does not make the worker's *entry*
// loadable as .ts ("Unknown file extension"). Running from sources, the worker therefore starts
// from a two-line bootstrap that registers tsx's ESM hooks in that thread, then imports the .ts.
import { Worker } from "node:worker_threads";
import type { ClaimUnit } from "../src/extract/index.js";
import type { InputDocument } from "../src/input/types.js";
import { EXTRACTION_RESOURCE_LIMITS, fixExtractionYoungGeneration } from "../src/load/extract-pool/resource-limits.js";
import type { WorkerReply, WorkerRequest } from "./extract-worker.js";

const CHUNK = 8;
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(`./extract-worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);

function startWorker(): Worker {
  fixExtractionYoungGeneration();
  if (!FROM_SOURCE)
    return new Worker(WORKER_URL, { execArgv: process.execArgv, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: process.execArgv, resourceLimits: EXTRACTION_RESOURCE_LIMITS });
}

export interface PassResult {
  articles: number;
  claims: number;
  ms: number;
}

export class ExtractPool {
  private readonly workers: Worker[];
  /** The latest heap use each worker reported. */
  readonly workerHeaps: number[];

  constructor(size: number) {
    this.workers = Array.from({ length: size }, startWorker);
    this.workerHeaps = this.workers.map(() => 0);
  }

  private ask(index: number, request: WorkerRequest): Promise<WorkerReply> {
    const worker = this.workers[index] as Worker;
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        worker.off("error", reject);
        this.workerHeaps[index] = reply.heapUsed;
        resolve(reply);
      };
      worker.once("message", onMessage);
      worker.once("error", reject);
      worker.postMessage(request);
    });
  }

  async load(docs: InputDocument[], unit: ClaimUnit = "quotation"): Promise<void> {
    await Promise.all(this.workers.map((_, i) => this.ask(i, { type: "corpus", docs, unit })));
  }

  /** Extracts articles [0, count) once, spread over the workers; returns counts and wall time. */
  async pass(count: number): Promise<PassResult> {
    const started = performance.now();
    let next = 0;
    let articles = 0;
    let claims = 0;
    const drive = async (index: number) => {
      while (next < count) {
        const from = next;
        next = Math.min(count, next + CHUNK);
        const reply = await this.ask(index, { type: "run", from, to: next });
        articles += reply.articles;
        claims += reply.claims;
      }
    };
    await Promise.all(this.workers.map((_, i) => drive(i)));
    return { articles, claims, ms: performance.now() - started };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
