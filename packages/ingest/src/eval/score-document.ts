import type { Claim, DocumentGraph, Span } from "@claimgraph/schema";
import { type EntityScores, scoreEntities } from "./entities.js";
import { maximumMatching } from "./matching.js";
import type { Counts } from "./metrics.js";
import { nameKey } from "./names.js";
import { isInside, overlap, spansMatch } from "./spans.js";

/** The rows of an evaluation table, in display order. */
export const SCORE_ROWS = ["person", "org", "claim", "claim+speaker", "about", "affiliation"] as const;
export type ScoreRow = (typeof SCORE_ROWS)[number];

/** Counts per row for one document; `null` where the gold does not annotate that row ("n/a"). */
export type RowCounts = Record<ScoreRow, Counts | null>;

export interface DocumentScore {
  document: string;
  counts: RowCounts;
}

/** A gold document graph without entities (PolNeAR) only annotates claims and speaker spans. */
export function annotatesEntities(gold: DocumentGraph): boolean {
  return gold.entities.length > 0;
}

/** Predicted claims that count: those not inside the gold's ignored spans. */
export function countedClaims(predicted: DocumentGraph, gold: DocumentGraph): Claim[] {
  const ignored = gold.ignored_spans ?? [];
  return predicted.claims.filter((claim) => !isInside(claim, ignored));
}

/** Pairs of (predicted index, gold index), one-to-one, trying the largest overlaps first. */
export function matchClaims(predicted: readonly Span[], gold: readonly Span[]): Map<number, number> {
  const candidates = predicted.map((p) =>
    gold
      .map((g, index) => ({ index, shared: overlap(p, g), match: spansMatch(p, g) }))
      .filter((c) => c.match)
      .sort((a, b) => b.shared - a.shared || a.index - b.index)
      .map((c) => c.index),
  );
  return maximumMatching(candidates, gold.length);
}

/** Unnamed sources ("intelligence officials") agree when one description contains the other's words. */
function descriptionsAgree(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return false;
  return ` ${ka} `.includes(` ${kb} `) || ` ${kb} `.includes(` ${ka} `);
}

/**
 * Whether a matched claim's speaker is right: the same speaker span (gold without entities) or the
 * same gold entity, or two unnamed-source descriptions that agree.
 */
export function speakerIsRight(p: Claim, g: Claim, spanGold: boolean, entities: EntityScores): boolean {
  if (g.speaker === null) return p.speaker === null;
  if (p.speaker === null) return false;
  if (spanGold && g.speaker_start != null && g.speaker_end != null) {
    if (p.speaker_start == null || p.speaker_end == null) return false;
    return overlap({ start: p.speaker_start, end: p.speaker_end }, { start: g.speaker_start, end: g.speaker_end }) > 0;
  }
  const goldRef = entities.resolveGold(g.speaker);
  const predictedRef = entities.resolvePredicted(p.speaker);
  if (predictedRef === goldRef) return true;
  return !goldRef.startsWith("gold:") && !predictedRef.startsWith("gold:") && descriptionsAgree(p.speaker, g.speaker);
}

function setCounts(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Counts {
  let tp = 0;
  for (const item of predicted) if (gold.has(item)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

/**
 * Scores one predicted document graph against its gold, following packages/ingest/gold/README.md:
 * person/org entity matching, claims (one-to-one, overlap ≥ half of the shorter span, predicted
 * claims inside ignored spans dropped first), claim+speaker, about (over matched claims) and
 * affiliation pairs. Pure: no I/O.
 */
export function scoreDocument(predicted: DocumentGraph, gold: DocumentGraph): DocumentScore {
  const withEntities = annotatesEntities(gold);
  const entities = scoreEntities(predicted.entities, gold.entities);
  const claims = countedClaims(predicted, gold);
  const pairs = matchClaims(claims, gold.claims);

  let speakerTp = 0;
  const about: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [pi, gi] of pairs) {
    const p = claims[pi];
    const g = gold.claims[gi];
    if (!p || !g) continue;
    if (speakerIsRight(p, g, !withEntities, entities)) speakerTp++;
    const counts = setCounts(
      new Set(p.about.map(entities.resolvePredicted)),
      new Set(g.about.map(entities.resolveGold)),
    );
    about.tp += counts.tp;
    about.fp += counts.fp;
    about.fn += counts.fn;
  }

  const pairKeys = (list: DocumentGraph["affiliations"], resolve: (name: string) => string) =>
    new Set(list.map((a) => `${resolve(a.person)}|${resolve(a.organization)}`));

  return {
    document: gold.document,
    counts: {
      person: withEntities ? entities.person : null,
      org: withEntities ? entities.org : null,
      claim: { tp: pairs.size, fp: claims.length - pairs.size, fn: gold.claims.length - pairs.size },
      "claim+speaker": { tp: speakerTp, fp: claims.length - speakerTp, fn: gold.claims.length - speakerTp },
      about: withEntities ? about : null,
      affiliation: withEntities
        ? setCounts(
            pairKeys(predicted.affiliations, entities.resolvePredicted),
            pairKeys(gold.affiliations, entities.resolveGold),
          )
        : null,
    },
  };
}
