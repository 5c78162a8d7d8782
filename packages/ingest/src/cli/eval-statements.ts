#!/usr/bin/env node
/**
 * pnpm eval:statements [--json] [--editions N] [--show n] — statement grouping and disputes against
 * their gold (packages/ingest/gold/statements/):
 * - grouping: every PolNeAR train + dev attribution is fingerprinted with its gold text and a speaker
 *   key as the loader would store it (the articles extracted and resolved across articles by the
 *   loader's own resolution: the speaker of the claim our extractor finds over the same words, else the
 *   entity mentioned at the gold speaker span), grouped by the same StatementIndex the loader uses, and
 *   scored on the hand-checked pairs (pairwise precision and recall over attributions of six words or more);
 * - editions: PolNeAR train is extracted, copied N times (text varied as the bench does), and every
 *   claim's N reports must be in one statement;
 * - disputes: the seed and the short articles in gold/statements/disputes/ are extracted and their
 *   disputes scored against disputes-gold.json.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { nameKey, words } from "@claimgraph/schema";
import { type GoldDispute, scoreDisputes } from "../eval/statements.js";
import { extractDocument } from "../extract/index.js";
import { collect, extractSafely } from "../load/ingest.js";
import { type DisputeClaim, findDisputes } from "../statements/disputes.js";
import { fingerprint } from "../statements/fingerprint.js";
import { DEFAULT_INDEX_OPTIONS, StatementIndex } from "../statements/statement-index.js";
import { UsageError } from "./args.js";
import { GOLD_DIR, POLNEAR_TRAIN } from "./repo-paths.js";
import { extractedSpeakers, groupingScore, polnearQuotes } from "./statement-gold.js";

export const DISPUTES_GOLD = `${GOLD_DIR}statements/disputes/disputes-gold.json`;

import { runMain } from "./run-main.js";

async function editionsCheck(editions: number) {
  const items = await collect([POLNEAR_TRAIN]);
  const claims: { article: string; text: string; speaker: string }[][] = [];
  for (const item of items) {
    if (!item.ok) continue;
    const extracted = extractSafely(extractDocument, item.doc);
    if (!("graph" in extracted)) continue;
    claims.push(
      extracted.graph.claims.map((c) => ({
        article: item.doc.id ?? item.doc.origin,
        text: c.text,
        speaker: c.speaker ? `${c.anonymous ? "anon" : "entity"}:${nameKey(c.speaker)}` : "none",
      })),
    );
  }
  const index = new StatementIndex();
  const statementOf = new Map<string, string>();
  const started = performance.now();
  for (let k = 0; k < editions; k++)
    for (const [a, article] of claims.entries())
      for (const [c, claim] of article.entries()) {
        const key = `${a}:${c}@${k}`;
        const placed = index.add(fingerprint(claim.text, claim.speaker), key);
        statementOf.set(key, placed.statement);
        for (const merged of placed.merged)
          for (const [other, s] of statementOf) if (s === merged) statementOf.set(other, placed.statement);
      }
  const ms = performance.now() - started;
  let split = 0;
  let total = 0;
  for (const [a, article] of claims.entries())
    for (const [c, claim] of article.entries()) {
      if (words(claim.text).length === 0) continue;
      total++;
      const ids = new Set(Array.from({ length: editions }, (_, k) => statementOf.get(`${a}:${c}@${k}`)));
      if (ids.size !== 1) split++;
    }
  return { editions, articles: claims.length, claims: total, claimsSplit: split, groupingMs: Math.round(ms) };
}

async function disputesScore() {
  const gold = JSON.parse(readFileSync(DISPUTES_GOLD, "utf8")) as {
    documents: { file: string; disputes: { from: string[]; to: string }[] }[];
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const details: string[] = [];
  for (const doc of gold.documents) {
    const file = path.resolve(path.dirname(DISPUTES_GOLD), doc.file);
    const [item] = await collect([file]);
    if (!item?.ok)
      throw Object.assign(new Error(`cannot read ${file}`), { hint: "restore the dispute gold's articles" });
    const text = item.doc.text;
    const spanOf = (piece: string) => {
      const start = text.indexOf(piece);
      if (start < 0)
        throw Object.assign(new Error(`${doc.file}: "${piece}" is not in the article`), {
          hint: "fix disputes-gold.json so each piece is copied from its article",
        });
      return { start, end: start + piece.length };
    };
    const goldPairs: GoldDispute[] = doc.disputes.map((d) => ({ from: d.from.map(spanOf), to: spanOf(d.to) }));
    const extracted = extractSafely(extractDocument, item.doc);
    if (!("graph" in extracted)) throw new Error(`${doc.file}: ${extracted.error}`);
    const graph = extracted.graph;
    const media = new Set(graph.entities.filter((e) => e.kind === "media").map((e) => e.name));
    // Speaker ids as the loader makes them (person: / org:), so a person is also named by surname.
    const typeOf = new Map(graph.entities.map((e) => [e.name, e.type]));
    const idOf = (name: string | null) =>
      name === null ? null : `${typeOf.get(name) === "Organization" ? "org" : "person"}:${name}`;
    const claims: DisputeClaim[] = graph.claims.map((c, i) => ({
      id: String(i),
      articleId: doc.file,
      text: c.text,
      cue: c.cue ?? null,
      speaker: c.anonymous ? `anon:${c.speaker}` : idOf(c.speaker),
      speakerName: c.speaker,
      speakerIsMedia: c.speaker !== null && media.has(c.speaker),
      context: text.slice(Math.min(c.start, c.cue_start ?? c.start), Math.max(c.end, c.cue_end ?? c.end)),
      publishedAt: null,
      outlet: null,
    }));
    const predicted = findDisputes(claims).map((d) => {
      const from = graph.claims[Number(d.from)];
      const to = graph.claims[Number(d.to)];
      details.push(
        `${doc.file}: ${from?.speaker} "${from?.text.slice(0, 40)}" → ${to?.speaker} "${to?.text.slice(0, 40)}" (${d.evidence})`,
      );
      return {
        from: { start: from?.start ?? 0, end: from?.end ?? 0 },
        to: { start: to?.start ?? 0, end: to?.end ?? 0 },
      };
    });
    const s = scoreDisputes(predicted, goldPairs);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { documents: gold.documents.length, tp, fp, fn, precision, recall, predicted: details };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: "boolean", short: "h" },
      json: { type: "boolean" },
      editions: { type: "string", default: "25" },
      show: { type: "string", default: "10" },
    },
  });
  if (values.help) {
    console.log(
      "pnpm eval:statements [--json] [--editions N (default 25; 0 skips)] [--show n (false positives and misses listed)]",
    );
    return 0;
  }
  const editions = Number(values.editions);
  const show = Number(values.show);
  if (!Number.isInteger(editions) || editions < 0)
    throw new UsageError(`--editions must be a whole number ≥ 0, got "${values.editions}"`);
  if (!Number.isInteger(show) || show < 0)
    throw new UsageError(`--show must be a whole number ≥ 0, got "${values.show}"`);
  const grouping = groupingScore(show, DEFAULT_INDEX_OPTIONS, polnearQuotes(await extractedSpeakers()));
  const disputes = await disputesScore();
  const copies = editions > 0 ? await editionsCheck(editions) : undefined;
  if (values.json) {
    console.log(JSON.stringify({ grouping, disputes, editions: copies }, null, 2));
    return 0;
  }
  const pct = (x: number) => x.toFixed(3);
  console.log(
    `grouping (PolNeAR train+dev, ${grouping.quotes} attributions, ${grouping.scoredQuotes} scored, ${grouping.statements} statements, ${grouping.groupingMs} ms):`,
  );
  console.log(
    `  pairwise precision ${pct(grouping.precision)}  recall ${pct(grouping.recall)}  F1 ${pct(grouping.f1)}  (tp ${grouping.tp}, fp ${grouping.fp}, fn ${grouping.fn})`,
  );
  const by = grouping.missedBy;
  console.log(
    `  misses: ${by.speaker} with other speaker keys, ${by.wording} with wordings the rule rejects, ${by.apart} alike yet grouped apart`,
  );
  for (const [a, b, ta, tb] of grouping.falsePositives) console.log(`  fp ${a} ~ ${b}\n     ${ta}\n     ${tb}`);
  for (const [a, b, ta, tb] of grouping.missed) console.log(`  missed ${a} ~ ${b}\n     ${ta}\n     ${tb}`);
  console.log(
    `disputes (${disputes.documents} articles): precision ${pct(disputes.precision)}  recall ${pct(disputes.recall)}  (tp ${disputes.tp}, fp ${disputes.fp}, fn ${disputes.fn})`,
  );
  for (const line of disputes.predicted) console.log(`  ${line}`);
  if (copies)
    console.log(
      `editions: ${copies.editions} copies of ${copies.articles} PolNeAR train articles, ${copies.claims} claims: ${copies.claimsSplit} split over more than one statement (${copies.groupingMs} ms grouping)`,
    );
  return 0;
}

runMain("eval:statements", main);
