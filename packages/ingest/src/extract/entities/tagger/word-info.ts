import { detached } from "@claimgraph/schema";
import { hashString } from "../../text/hash.js";
import type { Token } from "../../text/tokens.js";
import { gazetteerBits } from "./gazetteer.js";

/** What the tagger knows about a word form, hashed once per distinct form. */
export interface WordInfo {
  lower: number;
  word: number;
  shape: number;
  shortShape: number;
  prefix3: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  gazetteer: number;
  cap: boolean;
  /** Word class in `clustersOf`'s map, + 1 (256: no class); filled by `clusterOf` (the cluster family). */
  cluster?: number;
  clustersOf?: ReadonlyMap<number, number>;
  /** Label scores of the word's own features under the weights `ownOf` (tag.ts `ownScores`). */
  own?: Float64Array;
  ownOf?: Float32Array;
}

/**
 * The word class of a word (+ 1; 256 when it has none) in a model's word classes, remembered on
 * the word's (cached) information: a word asks the map once per model, not once per occurrence.
 */
export function clusterOf(info: WordInfo, clusters: ReadonlyMap<number, number>): number {
  if (info.clustersOf === clusters) return info.cluster as number;
  const c = (clusters.get(info.lower) ?? 255) + 1;
  info.cluster = c;
  info.clustersOf = clusters;
  return c;
}

function shapeOf(text: string): { shape: string; short: string } {
  let short = "";
  let last = "";
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) short += c;
    last = c;
  }
  const n = text.length;
  const length = n <= 4 ? String(n) : n <= 7 ? "m" : "l";
  return { shape: `${short}|${length}`, short };
}

// Word information depends only on the word's text: computed once per distinct form.
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordInfo(t: Token): WordInfo {
  const cached = WORD_CACHE.get(t.text);
  if (cached) return cached;
  const lower = t.lower;
  const { shape, short } = shapeOf(t.text);
  const info: WordInfo = {
    lower: hashString(lower),
    word: hashString(t.text),
    shape: hashString(shape),
    shortShape: hashString(short),
    prefix3: hashString(lower.slice(0, 3)),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    suffix4: hashString(lower.slice(-4)),
    gazetteer: t.kind === "word" ? gazetteerBits(t.text) : 0,
    cap: t.cap,
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  // (a copy: a long word is a view of its whole article, which the cache would keep alive)
  WORD_CACHE.set(detached(t.text), info);
  return info;
}

/** The word "outside the sentence". */
export const EDGE: WordInfo = {
  lower: hashString("<edge>"),
  word: hashString("<edge>"),
  shape: hashString("<edge>"),
  shortShape: hashString("<edge>"),
  prefix3: 0,
  suffix2: 0,
  suffix3: 0,
  suffix4: 0,
  gazetteer: 1 << 20,
  cap: false,
};

/**
 * Word information of a document's tokens, looked up when first needed (the tagger reads only
 * candidate runs and their neighbours).
 */
export class DocumentWords {
  private readonly infos: (WordInfo | undefined)[];
  constructor(private readonly tokens: readonly Token[]) {
    this.infos = new Array(tokens.length);
  }
  get(i: number): WordInfo {
    let info = this.infos[i];
    if (!info) {
      info = wordInfo(this.tokens[i] as Token);
      this.infos[i] = info;
    }
    return info;
  }
}

export function wordAt(words: DocumentWords, j: number, first: number, last: number): WordInfo {
  return j < first || j >= last ? EDGE : words.get(j);
}
