import { createReadStream } from "node:fs";
import { formatOfPath } from "./formats.js";
import { resolveSources } from "./sources.js";

/**
 * About how many items readInputs(specs) will yield, for a progress bar: one per file or
 * problem, one per non-blank line of a JSON Lines file (counted by a fast byte scan, no
 * parsing). Undefined when stdin is among the inputs (it cannot be read twice).
 */
export async function countItems(specs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for await (const source of resolveSources(specs)) {
    if (source.kind === "stdin") return undefined;
    if (source.kind === "file" && formatOfPath(source.path) === "jsonl") {
      total += Math.max(1, await countNonBlankLines(source.path).catch(() => 1));
    } else total += 1;
  }
  return total;
}

async function countNonBlankLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (!blank) lines++;
        blank = true;
      } else if (byte !== 13 && byte !== 32 && byte !== 9) blank = false;
    }
  }
  return blank ? lines : lines + 1;
}
