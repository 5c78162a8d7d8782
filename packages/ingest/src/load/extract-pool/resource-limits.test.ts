import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import {
  EXTRACTION_RESOURCE_LIMITS,
  EXTRACTION_SEMI_SPACE_MB,
  fixExtractionYoungGeneration,
} from "./resource-limits.js";

/** The young generation (new space) of a thread with the extraction limits after some short-lived garbage, in MB. */
async function freshNewSpaceMb(): Promise<number> {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     const { getHeapSpaceStatistics } = require("node:v8");
     let kept = [];
     for (let i = 0; i < 2e6; i++) { kept.push({ i }); if (kept.length > 1000) kept = []; }
     parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size);`,
    { eval: true, resourceLimits: EXTRACTION_RESOURCE_LIMITS },
  );
  const [bytes] = (await once(worker, "message")) as [number];
  await worker.terminate();
  return bytes / 2 ** 20;
}

describe("extraction threads' young generation", () => {
  it("is at its fixed size (two semi-spaces), where V8 alone starts it small and lets it swing", async () => {
    fixExtractionYoungGeneration();
    expect(await freshNewSpaceMb()).toBe(2 * EXTRACTION_SEMI_SPACE_MB);
  });
});
