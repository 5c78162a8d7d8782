import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeRanker, type RankerModel } from "./model.js";

/** The committed weights (packages/ingest/models/), trained by `pnpm train:attribution`. */
export const SPEAKER_RANKER_PATH = fileURLToPath(new URL("../../../../models/speaker-ranker.bin.gz", import.meta.url));

let loaded: RankerModel | undefined;

/** The shipped speaker ranker, read once per process. */
export function speakerRanker(): RankerModel {
  loaded ??= decodeRanker(readFileSync(SPEAKER_RANKER_PATH), SPEAKER_RANKER_PATH);
  return loaded;
}
