import { readFileSync } from "node:fs";
import type { AnnotatedDocument } from "./examples.js";
import { type GumRecord, gumDocument } from "./gum.js";
import { type CoreNlpRecord, polnearDocument } from "./polnear-silver.js";

/** The training and development data of shared/train/ (README there), read into memory. */
export interface Corpora {
  /** GUM academic, bio, court, voyage: human Person/Organization names. */
  gumTrain: AnnotatedDocument[];
  /** GUM interview: the development set. */
  gumDev: AnnotatedDocument[];
  gumDevRecords: GumRecord[];
  /** CoreNLP silver of PolNeAR train (texts from shared/dev/polnear-train.jsonl, never copied). */
  polnearTrain: AnnotatedDocument[];
  /** CoreNLP silver of PolNeAR dev: agreement check only, never trained on. */
  polnearDev: AnnotatedDocument[];
}

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

export function readGum(path: string): GumRecord[] {
  return jsonLines<GumRecord>(path);
}

export const DEV_GENRE = "interview";

function readPolnear(silverPath: string, textsPath: string): AnnotatedDocument[] {
  const texts = new Map<string, string>();
  for (const record of jsonLines<{ id: string; text: string }>(textsPath)) texts.set(record.id, record.text);
  const docs: AnnotatedDocument[] = [];
  for (const record of jsonLines<CoreNlpRecord>(silverPath)) {
    const text = texts.get(record.id);
    if (text !== undefined) docs.push(polnearDocument(record, text));
  }
  return docs;
}

export function readCorpora(sharedDir: string, options: { polnear: boolean }): Corpora {
  const gum = readGum(`${sharedDir}train/gum-entities.jsonl`);
  const gumDevRecords = gum.filter((r) => r.genre === DEV_GENRE);
  return {
    gumTrain: gum.filter((r) => r.genre !== DEV_GENRE).map(gumDocument),
    gumDev: gumDevRecords.map(gumDocument),
    gumDevRecords,
    polnearTrain: options.polnear
      ? readPolnear(`${sharedDir}train/polnear-corenlp-train.jsonl`, `${sharedDir}dev/polnear-train.jsonl`)
      : [],
    polnearDev: readPolnear(`${sharedDir}train/polnear-corenlp-dev.jsonl`, `${sharedDir}dev/polnear-dev.jsonl`),
  };
}
