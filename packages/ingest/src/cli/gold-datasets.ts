import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type DocumentGraph, parseDocumentGraph } from "@claimgraph/schema";
import { AUTHORED_SET_NAMES } from "../eval/floors.js";
import { gumToGold, isGumRecord } from "../eval/gum.js";
import { isPolnearRecord, polnearToGold } from "../eval/index.js";
import type { ClaimUnit } from "../extract/index.js";
import { readInputs } from "../input/index.js";
import { readJsonLines } from "../input/json-lines.js";
import { recordToDocument } from "../input/json-record.js";
import { MAX_DOCUMENT_BYTES } from "../input/limits.js";
import type { InputDocument } from "../input/types.js";
import type { Problem } from "./problems.js";

/**
 * Gold datasets for `pnpm eval`, read from disk (the I/O side of src/eval, which is pure).
 * A dataset is one gold spec: a `.gold.json` file, a directory of them, or a `.jsonl` file of
 * gold lines (PolNeAR records, or document graphs). Each gold document comes with the input to
 * extract from: PolNeAR lines carry their text; a gold file names a document found in `textsDir`.
 */
export interface GoldItem {
  gold: DocumentGraph;
  /** How the gold cuts claims: PolNeAR per attribution relation, the project's gold per quotation. */
  unit: ClaimUnit;
  /** Entity gold only (GUM): its claim, about and affiliation rows mean nothing. */
  entitiesOnly?: boolean;
  /** The article to extract, or why it cannot be read. */
  input: { ok: true; doc: InputDocument } | { ok: false; problem: Problem };
}

export type GoldEntry = GoldItem | { problem: Problem };

async function inputFromFile(textsDir: string, document: string): Promise<GoldItem["input"]> {
  const path = join(textsDir, document);
  for await (const item of readInputs([path])) {
    if (item.ok) return { ok: true, doc: item.doc };
    return { ok: false, problem: { origin: item.origin, error: item.error, hint: item.hint } };
  }
  return { ok: false, problem: { origin: path, error: "no document in it", hint: "check the texts folder" } };
}

async function* goldFile(path: string, textsDir: string): AsyncGenerator<GoldEntry> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    yield {
      problem: { origin: path, error: `unreadable gold: ${(error as Error).message}`, hint: "fix the gold file" },
    };
    return;
  }
  const parsed = parseDocumentGraph(value);
  if (!parsed.ok) {
    yield {
      problem: {
        origin: path,
        error: `not a document graph: ${parsed.error}`,
        hint: "see packages/ingest/gold/README.md",
      },
    };
    return;
  }
  // a gold folder may keep its own texts beside it, in texts/ (gold/newsdev/texts/); else the texts folder
  const beside = join(dirname(path), "texts");
  const own = await stat(join(beside, parsed.value.document)).catch(() => undefined);
  yield {
    gold: parsed.value,
    unit: "quotation",
    input: await inputFromFile(own?.isFile() ? beside : textsDir, parsed.value.document),
  };
}

async function* goldLines(path: string, textsDir: string, genre?: string): AsyncGenerator<GoldEntry> {
  for await (const line of readJsonLines(createReadStream(path), path, MAX_DOCUMENT_BYTES)) {
    const { origin } = line;
    if ("tooLong" in line) {
      yield { problem: { origin, error: "gold line over the 5 MB document limit", hint: "split the document" } };
      continue;
    }
    if ("error" in line) {
      yield { problem: { origin, error: line.error, hint: line.hint } };
      continue;
    }
    const { value } = line;
    if (isGumRecord(value)) {
      if (genre !== undefined && value.genre !== genre) continue;
      const gold = gumToGold(value);
      const input = recordToDocument({ id: value.id, text: value.text }, origin, value.id);
      yield {
        gold,
        unit: "quotation",
        entitiesOnly: true,
        input: input.ok
          ? { ok: true, doc: input.doc }
          : { ok: false, problem: { origin, error: input.error, hint: input.hint } },
      };
      continue;
    }
    const polnear = isPolnearRecord(value);
    const parsed = polnear ? polnearToGold(value) : parseDocumentGraph(value);
    if (!parsed.ok) {
      yield {
        problem: { origin, error: `not a gold document: ${parsed.error}`, hint: "see packages/ingest/gold/README.md" },
      };
      continue;
    }
    const hasText = typeof (value as { text?: unknown }).text === "string";
    const input = hasText
      ? recordToDocument({ ...(value as object), id: parsed.value.document }, origin, parsed.value.document)
      : undefined;
    yield {
      gold: parsed.value,
      unit: polnear ? "attribution" : "quotation",
      input: !input
        ? await inputFromFile(textsDir, parsed.value.document)
        : input.ok
          ? { ok: true, doc: input.doc }
          : { ok: false, problem: { origin, error: input.error, hint: input.hint } },
    };
  }
}

async function goldFilesIn(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".gold.json") && !name.startsWith(".")).sort();
  return names.map((name) => join(dir, name));
}

/** A spec "file.jsonl#genre" keeps only the GUM documents of that genre. */
function splitSpec(spec: string): { path: string; genre?: string } {
  const match = spec.match(/^(.*\.jsonl)#([a-z]+)$/);
  return match ? { path: match[1] as string, genre: match[2] as string } : { path: spec };
}

/**
 * Every gold document of a spec, in order; problems (unreadable gold, missing texts) as entries.
 * A spec is a .gold.json file, a folder of them, or a .jsonl file (PolNeAR records, document
 * graphs, or GUM entity records; "gum-entities.jsonl#interview" keeps one genre).
 */
export async function* readGold(fullSpec: string, textsDir: string): AsyncGenerator<GoldEntry> {
  const { path: spec, genre } = splitSpec(fullSpec);
  const info = await stat(spec).catch(() => undefined);
  if (!info) {
    yield {
      problem: {
        origin: spec,
        error: "no such gold file or directory",
        hint: "give .gold.json files, a folder of them, or a .jsonl file",
      },
    };
    return;
  }
  if (info.isDirectory()) {
    const files = await goldFilesIn(spec);
    if (files.length === 0) {
      yield {
        problem: {
          origin: spec,
          error: "no *.gold.json files in this folder",
          hint: "give .gold.json files or a .jsonl file",
        },
      };
    }
    for (const file of files) yield* goldFile(file, textsDir);
  } else if (spec.endsWith(".jsonl") || spec.endsWith(".ndjson")) yield* goldLines(spec, textsDir, genre);
  else yield* goldFile(spec, textsDir);
}

/** A short name for a dataset in the report. */
export function datasetName(spec: string): string {
  const { genre } = splitSpec(spec);
  if (genre) return `GUM ${genre}`;
  const name = basename(spec.replace(/\/+$/, ""));
  if (name === "polnear-dev.jsonl") return "PolNeAR dev";
  if (name === "polnear-train.jsonl") return "PolNeAR train";
  if (name === "gold") return "seed gold";
  return AUTHORED_SET_NAMES.get(name) ?? name;
}
