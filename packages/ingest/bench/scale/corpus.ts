// The corpus of pnpm bench:scale: editions of PolNeAR (dev + train, read from ../shared/dev) with
// people and organizations renamed per edition (src/corpus/editions.ts), written as JSON Lines
// into artifacts/ (never into the repository). The base analysis (entity names and mention
// offsets, no text) is cached beside it, with the extractor version that made it: the corpus is
// built from the entities the current extractor finds, so a cache from another version is redone
// (a stale one had kept earlier sessions' corpora apart from a fresh clone's by ~0.1 % of people).
import { once } from "node:events";
import { createWriteStream, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { type BaseArticle, type BaseEntity, editionOf, recurringPeople } from "../../src/corpus/editions.js";
import { EXTRACTOR_VERSION } from "../../src/extract/index.js";
import { readInputs } from "../../src/input/index.js";
import type { InputDocument } from "../../src/input/types.js";
import { ExtractPool } from "../../src/load/extract-pool/pool.js";

/** People named in this many base articles or more keep their names in every edition. */
const RECURRING_AT = 8;

type Analysis = Record<string, BaseEntity[]>;

interface AnalysisFile {
  extractor: string;
  articles: Analysis;
}

function readCache(cacheFile: string): Analysis {
  if (!existsSync(cacheFile)) return {};
  const file = JSON.parse(readFileSync(cacheFile, "utf8")) as Partial<AnalysisFile>;
  return file.extractor === EXTRACTOR_VERSION && file.articles ? file.articles : {};
}

async function readDocs(files: readonly string[]): Promise<InputDocument[]> {
  const docs: InputDocument[] = [];
  for await (const item of readInputs(files)) if (item.ok) docs.push(item.doc);
  return docs;
}

/** The base articles with their entities' mentions, extracting once and caching names and offsets. */
export async function baseArticles(
  files: readonly string[],
  cacheFile: string,
  workers: number,
): Promise<BaseArticle[]> {
  const docs = await readDocs(files);
  let analysis = readCache(cacheFile);
  if (docs.some((d) => !analysis[d.id])) {
    process.stderr.write(
      `bench:scale: extracting the ${docs.length} base articles once with ${EXTRACTOR_VERSION} (cached in ${cacheFile})…\n`,
    );
    const pool = new ExtractPool(workers);
    try {
      const outcomes = await Promise.all(docs.map((d) => pool.extract(d)));
      analysis = {};
      docs.forEach((doc, i) => {
        const outcome = outcomes[i];
        analysis[doc.id] =
          outcome && "graph" in outcome
            ? outcome.graph.entities
                .filter((e) => (e.type === "Person" || e.type === "Organization") && (e.mentions?.length ?? 0) > 0)
                .map((e) => ({ name: e.name, type: e.type as BaseEntity["type"], mentions: e.mentions ?? [] }))
            : [];
      });
    } finally {
      await pool.close();
    }
    writeFileSync(
      cacheFile,
      JSON.stringify({ extractor: EXTRACTOR_VERSION, articles: analysis } satisfies AnalysisFile),
    );
  }
  return docs.map((d) => ({
    id: d.id,
    text: d.text,
    ...(d.title ? { title: d.title } : {}),
    entities: analysis[d.id] ?? [],
  }));
}

/** Writes `count` articles (edition ⌊i / base⌋ of base article i mod base) unless the file exists. */
export async function writeCorpus(base: readonly BaseArticle[], count: number, file: string): Promise<void> {
  if (existsSync(file)) return;
  const recurring = recurringPeople(base, RECURRING_AT);
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  for (let i = 0; i < count; i++) {
    const article = base[i % base.length] as BaseArticle;
    const line = `${JSON.stringify(editionOf(article, Math.floor(i / base.length), recurring))}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(partial, file);
}
