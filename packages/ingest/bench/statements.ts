// pnpm bench:statements — the choices behind statement grouping, measured on the PolNeAR statement
// gold (packages/ingest/gold/statements/polnear-pairs.json; PolNeAR itself in ../shared): shingle
// size, LSH banding, the same-utterance thresholds and the link rule. For each: pairwise precision
// and recall, grouping time for all 22,024 attributions, and the candidate statements compared
// (the work LSH saves). The defaults (src/statements/*) are the first row.
import { extractedSpeakers, groupingScore, polnearQuotes, readPairs } from "../src/cli/statement-gold.js";
import { DEFAULT_INDEX_OPTIONS, type IndexOptions } from "../src/statements/statement-index.js";

const quotes = polnearQuotes(await extractedSpeakers());
const gold = readPairs();
const base = DEFAULT_INDEX_OPTIONS;
const variants: [string, IndexOptions][] = [
  ["default", base],
  ["single link", { ...base, link: "single" }],
  ["any variant matches (before 2026-12-04)", { ...base, match: "any" }],
  ["3-word shingles", { ...base, shape: { ...base.shape, shingleSize: 3 } }],
  ["32 bands × 2 rows (before 2026-12-02)", { ...base, shape: { ...base.shape, banding: { bands: 32, rows: 2 } } }],
  ["12 bands × 2 rows", { ...base, shape: { ...base.shape, banding: { bands: 12, rows: 2 } } }],
  ["8 bands × 2 rows", { ...base, shape: { ...base.shape, banding: { bands: 8, rows: 2 } } }],
  ["16 bands × 1 row", { ...base, shape: { ...base.shape, banding: { bands: 16, rows: 1 } } }],
  ["8 bands × 1 row", { ...base, shape: { ...base.shape, banding: { bands: 8, rows: 1 } } }],
  ["16 bands × 4 rows", { ...base, shape: { ...base.shape, banding: { bands: 16, rows: 4 } } }],
  ["21 bands × 3 rows", { ...base, shape: { ...base.shape, banding: { bands: 21, rows: 3 } } }],
  ["Jaccard ≥ 0.4", { ...base, rule: { ...base.rule, minJaccard: 0.4 } }],
  ["Jaccard ≥ 0.6", { ...base, rule: { ...base.rule, minJaccard: 0.6 } }],
  ["no fragments", { ...base, rule: { ...base.rule, minContainment: 2 } }],
  ["fragments ≥ 8 bigrams", { ...base, rule: { ...base.rule, minFragmentShingles: 8 } }],
  ["containment ≥ 0.9", { ...base, rule: { ...base.rule, minContainment: 0.9 } }],
  ["containment ≥ 0.9 over ≥ 8", { ...base, rule: { ...base.rule, minContainment: 0.9, minFragmentShingles: 8 } }],
];
console.log("| choice | precision | recall | F1 | tp | fp | fn | statements | candidates compared | grouping ms |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const [name, options] of variants) {
  const s = groupingScore(0, options, quotes, gold);
  console.log(
    `| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.statements} | ${s.candidatesSeen} | ${s.groupingMs} |`,
  );
}
