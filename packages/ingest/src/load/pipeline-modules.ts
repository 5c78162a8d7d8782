import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { DocumentGraph } from "@claimgraph/schema";
import type { InputDocument, InputItem } from "../input/types.js";

/**
 * TEMPORARY bridge to the extraction and input modules that are being written in parallel
 * (src/extract, src/input). Once `extractDocument` and `readInputs` land, ingest.ts imports
 * them directly and this file goes away.
 */

export type Extract = (doc: InputDocument) => DocumentGraph;
export type ReadInputs = (specs: readonly string[]) => AsyncIterable<InputItem>;

const EXTRACT_MODULE = "../extract/index.js";
const INPUT_MODULE = "../input/index.js";

export async function loadExtractor(): Promise<{ extract: Extract; version: string }> {
  try {
    const mod = await import(EXTRACT_MODULE);
    if (typeof mod.extractDocument === "function") {
      return { extract: mod.extractDocument, version: String(mod.EXTRACTOR_VERSION ?? "unversioned") };
    }
  } catch {
    // not there yet
  }
  return {
    extract: () => {
      throw new Error("extraction is not available yet (src/extract has no extractDocument)");
    },
    version: "unversioned",
  };
}

export async function loadInputReader(): Promise<ReadInputs> {
  try {
    const mod = await import(INPUT_MODULE);
    if (typeof mod.readInputs === "function") return mod.readInputs;
  } catch {
    // not there yet
  }
  return readPlainFiles;
}

/** Minimal stand-in: .txt/.md files and directories of them, and .jsonl files ({id, text, meta}). */
async function* readPlainFiles(specs: readonly string[]): AsyncIterable<InputItem> {
  for (const spec of specs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(spec);
    } catch {
      yield { ok: false, origin: spec, error: "no such file or directory" };
      continue;
    }
    const files = info.isDirectory() ? (await readdir(spec)).sort().map((name) => path.join(spec, name)) : [spec];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      if (file.endsWith(".jsonl")) {
        let line = 0;
        for (const raw of text.split("\n")) {
          line++;
          if (raw.trim() === "") continue;
          const value = JSON.parse(raw) as { id: string; text: string; meta?: Record<string, string> };
          yield {
            ok: true,
            doc: {
              id: value.id,
              text: value.text,
              title: value.meta?.title,
              date: value.meta?.publication_date,
              source: value.meta?.publisher,
              origin: `${file}:${line}`,
              format: "jsonl",
            },
          };
        }
      } else if (/\.(txt|md)$/.test(file)) {
        yield { ok: true, doc: { id: path.basename(file), text, origin: file, format: "text" } };
      }
    }
  }
}
