import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeModel, type TaggerModel } from "./model.js";

/** The committed weights (packages/ingest/models/), trained by `pnpm train:entities`. */
export const ENTITY_MODEL_PATH = fileURLToPath(new URL("../../../../models/entity-tagger.bin.gz", import.meta.url));

let loaded: TaggerModel | undefined;

/** The shipped entity tagger, read once per process (the only I/O of extraction). */
export function entityTagger(): TaggerModel {
  loaded ??= decodeModel(readFileSync(ENTITY_MODEL_PATH), ENTITY_MODEL_PATH);
  return loaded;
}
