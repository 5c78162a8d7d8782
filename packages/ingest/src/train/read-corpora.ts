import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type AuthoredGold, authoredDocument } from "./authored.js";
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
  /** The project's own authored news golds that have been read (CC BY 4.0): people, organizations, countries. */
  authoredTrain: AnnotatedDocument[];
}

/** The authored gold files of `dir` (`<id>.gold.json` beside `texts/<id>.txt`) as tagger training documents. */
export function readAuthored(dir: string): AnnotatedDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold\.json$/, "");
      const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as AuthoredGold;
      return authoredDocument(id, gold, readFileSync(join(dir, "texts", `${id}.txt`), "utf8"));
    });
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

export function readCorpora(
  sharedDir: string,
  options: { polnear: boolean; authoredDirs?: readonly string[] },
): Corpora {
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
    authoredTrain: (options.authoredDirs ?? []).flatMap(readAuthored),
  };
}
