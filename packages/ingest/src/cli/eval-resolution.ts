#!/usr/bin/env node
/**
 * pnpm eval:resolution [--json] [--train] [--dump file] — cross-document entity resolution scored
 * against the PolNeAR dev identity gold (gold/resolution/polnear-dev.identities.jsonl): the
 * extracted entities of the 84 dev articles go through the loader's own resolution
 * (resolve/clusters.ts, no database) in file order; B-cubed and pairwise F1 of the node ids against
 * the gold identities. --train also counts the Person nodes the 20 most-quoted people of PolNeAR
 * train map to. --dump writes the resolved entities (article, type, name, node id, how) as JSON Lines.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type IdentityItem, itemKey, scoreClusters } from "../eval/resolution.js";
import { extractDocument } from "../extract/index.js";
import type { LoadableArticle } from "../load/article.js";
import { collect, extractSafely, toLoadable } from "../load/ingest.js";
import { type ResolvedEntity, resolveCorpus } from "../load/resolve/clusters.js";
import { DEFAULT_POLICY, type ResolvePolicy } from "../load/resolve/decide.js";
import { isFullName, personName } from "../load/resolve/evidence.js";
import { GOLD_DIR, POLNEAR_DEV, POLNEAR_TRAIN } from "./repo-paths.js";
import { runMain } from "./run-main.js";

export const RESOLUTION_GOLD = `${GOLD_DIR}resolution/polnear-dev.identities.jsonl`;

async function articlesOf(file: string): Promise<LoadableArticle[]> {
  const out: LoadableArticle[] = [];
  for (const item of await collect([file])) {
    if (!item.ok) continue;
    const extracted = extractSafely(extractDocument, item.doc);
    if ("graph" in extracted) out.push(toLoadable(item.doc, extracted.graph));
  }
  return out;
}

/**
 * The `n` most-quoted people (claims said, over full-name nodes grouped by first name and surname, so
 * "Hillary Rodham Clinton" counts with "Hillary Clinton"), and how many Person nodes each is spread
 * over: its full-name nodes plus every one-word node left in an article under its surname (an upper
 * bound: a "Clinton" kept apart counts for Hillary and for Bill; first names left apart are not counted).
 */
function topPeople(entities: ResolvedEntity[], articles: LoadableArticle[], n: number) {
  const idOf = new Map(entities.map((e) => [itemKey({ article: e.article, type: e.label, name: e.name }), e]));
  const groupOf = (name: string) => {
    const p = personName(name);
    return isFullName(p) ? `${p.first} ${p.last}` : undefined;
  };
  const claims = new Map<string, number>();
  for (const a of articles)
    for (const c of a.graph.claims) {
      if (!c.speaker || c.anonymous) continue;
      const e = idOf.get(itemKey({ article: a.sourceKey, type: "Person", name: c.speaker }));
      const group = e && !e.id.includes("@") ? groupOf(e.id.slice("person:".length)) : undefined;
      if (group) claims.set(group, (claims.get(group) ?? 0) + 1);
    }
  const ids = new Set(entities.filter((e) => e.label === "Person").map((e) => e.id));
  return [...claims]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([group, said]) => {
      const last = group.split(" ")[1] as string;
      const nodes = [...ids].filter((id) => {
        const key = id.slice("person:".length);
        const at = key.indexOf("@");
        if (at >= 0) return key.slice(0, at) === last;
        return groupOf(key) === group;
      });
      return { person: group, said, nodes: nodes.length, ids: nodes.filter((id) => !id.includes("@")) };
    });
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: "boolean" },
      train: { type: "boolean" },
      dump: { type: "string" },
      "min-support": { type: "string" },
      dominance: { type: "string" },
      "first-name-min-support": { type: "string" },
      baseline: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "pnpm eval:resolution [--json] [--train] [--dump file]\nScores cross-document resolution on PolNeAR dev against gold/resolution/polnear-dev.identities.jsonl.\n",
    );
    return 0;
  }
  const began = Date.now();
  const dev = await articlesOf(POLNEAR_DEV);
  const resolveStart = Date.now();
  const policy: ResolvePolicy = {
    minSupport: Number(values["min-support"] ?? DEFAULT_POLICY.minSupport),
    dominance: Number(values.dominance ?? DEFAULT_POLICY.dominance),
    firstNameMinSupport: Number(values["first-name-min-support"] ?? DEFAULT_POLICY.firstNameMinSupport),
    shortForms: !values.baseline,
    organizationVariants: !values.baseline,
  };
  const { entities, index } = resolveCorpus(dev, [], policy);
  const resolveMs = Date.now() - resolveStart;
  if (values.dump)
    writeFileSync(
      values.dump,
      entities
        .map((e) => JSON.stringify(e))
        .join("\n")
        .concat("\n"),
    );
  const gold = readFileSync(RESOLUTION_GOLD, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as IdentityItem);
  const predicted = new Map<string, string>();
  for (const e of entities) {
    const key = itemKey({ article: e.article, type: e.label, name: e.name });
    if (!predicted.has(key)) predicted.set(key, e.id);
  }
  const report: Record<string, unknown> = {
    dev: { ...scoreClusters(gold, predicted), stats: index.stats, resolveMs },
  };
  if (values.train) {
    const train = await articlesOf(POLNEAR_TRAIN);
    const t0 = Date.now();
    const resolved = resolveCorpus(train, [], policy);
    const trainMs = Date.now() - t0;
    const top = topPeople(resolved.entities, train, 20);
    const mean = top.reduce((n, p) => n + p.nodes, 0) / (top.length || 1);
    report.train = {
      articles: train.length,
      resolveMs: trainMs,
      stats: resolved.index.stats,
      top20: top,
      meanNodes: mean,
    };
  }
  report.elapsedMs = Date.now() - began;
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const d = report.dev as ReturnType<typeof scoreClusters>;
    const pct = (x: number) => x.toFixed(3);
    process.stdout.write(
      `PolNeAR dev cross-document resolution: ${d.items} entities, ${d.goldClusters} gold identities, ${d.predictedClusters} nodes\n` +
        `  B-cubed  P ${pct(d.bcubed.precision)}  R ${pct(d.bcubed.recall)}  F1 ${pct(d.bcubed.f1)}\n` +
        `  pairwise P ${pct(d.pairwise.precision)}  R ${pct(d.pairwise.recall)}  F1 ${pct(d.pairwise.f1)}\n` +
        `  gold entities the extraction no longer names: ${d.notExtracted.items} (${d.notExtracted.inArticle} stand with their article's entity of the same identity, the rest alone)\n` +
        `  short forms merged ${index.stats.shortMerged}, kept apart with possible matches ${index.stats.shortAmbiguous}, earlier merges split off again at the end ${index.stats.splitAgain}; resolution ${resolveMs} ms\n`,
    );
    if (report.train) {
      const t = report.train as {
        top20: { person: string; said: number; nodes: number; ids: string[] }[];
        meanNodes: number;
        resolveMs: number;
      };
      process.stdout.write(
        `PolNeAR train: the 20 most-quoted people map to ${t.meanNodes.toFixed(2)} Person nodes on average (resolution ${t.resolveMs} ms)\n`,
      );
      for (const p of t.top20)
        process.stdout.write(`  ${p.person}: ${p.said} claims, ${p.nodes} node(s) (${p.ids.join(", ")} + one-word)\n`);
    }
  }
  return 0;
}

runMain("eval:resolution", main);
