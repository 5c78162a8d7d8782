import { words } from "@claimgraph/schema";
import { type Banding, bandKeys, DEFAULT_BANDING, minhash } from "./minhash.js";
import { SHINGLE_SIZE, shingleHashes } from "./shingles.js";

/** How a text becomes a fingerprint: shingle size and LSH banding (the defaults are what the loader stores). */
export interface FingerprintShape {
  shingleSize: number;
  banding: Banding;
}

export const DEFAULT_SHAPE: FingerprintShape = { shingleSize: SHINGLE_SIZE, banding: DEFAULT_BANDING };

/** What near-duplicate detection keeps of one claim: its speaker key, its words, shingles and LSH band keys. */
export interface Fingerprint {
  speakerKey: string;
  /** The normalised words joined by one space: the claim's "variant" of the statement's wording. */
  variant: string;
  /** Word shingles as 32-bit hashes, sorted, without repeats. */
  shingles: Uint32Array;
  /** One LSH band key per band (empty for an empty text): what the graph stores and seeks. */
  keys: string[];
}

export function fingerprint(text: string, speakerKey: string, shape = DEFAULT_SHAPE): Fingerprint {
  return fromWords(words(text), speakerKey, shape);
}

/** A stored variant (normalised words joined by spaces) back to a fingerprint. */
export function fromVariant(variant: string, speakerKey: string, shape = DEFAULT_SHAPE): Fingerprint {
  return fromWords(variant === "" ? [] : variant.split(" "), speakerKey, shape);
}

function fromWords(list: string[], speakerKey: string, shape: FingerprintShape): Fingerprint {
  const set = shingleHashes(list, shape.shingleSize);
  return {
    speakerKey,
    variant: list.join(" "),
    shingles: set,
    keys: bandKeys(minhash(set, shape.banding.bands * shape.banding.rows), speakerKey, shape.banding),
  };
}
