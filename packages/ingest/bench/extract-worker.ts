// Worker for pnpm bench:extract: holds a copy of the corpus, extracts the index ranges it is
// sent, and answers with counts and its own V8 heap use (a worker's heap is not the main one's).
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { type ClaimUnit, extractDocument } from "../src/extract/index.js";
import type { InputDocument } from "../src/input/types.js";

export type WorkerRequest =
  | { type: "corpus"; docs: InputDocument[]; unit: ClaimUnit }
  | { type: "run"; from: number; to: number };
export interface WorkerReply {
  articles: number;
  claims: number;
  heapUsed: number;
}

let docs: InputDocument[] = [];
let claimUnit: ClaimUnit = "quotation";

parentPort?.on("message", (message: WorkerRequest) => {
  let claims = 0;
  let articles = 0;
  if (message.type === "corpus") {
    docs = message.docs;
    claimUnit = message.unit;
  } else {
    for (let i = message.from; i < message.to; i++) {
      const doc = docs[i];
      if (!doc) continue;
      claims += extractDocument(doc, { claimUnit }).claims.length;
      articles++;
    }
  }
  const reply: WorkerReply = { articles, claims, heapUsed: getHeapStatistics().used_heap_size };
  parentPort?.postMessage(reply);
});
