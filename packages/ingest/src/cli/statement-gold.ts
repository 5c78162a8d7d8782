/**
 * The statement gold as the evaluation and the benchmark read it (PolNeAR lives in ../shared):
 * every PolNeAR train + dev attribution with a speaker key, the hand-checked pairs, and the
 * pairwise score of a grouping made with given index options.
 */
import { readFileSync } from "node:fs";
import { nameKey } from "@claimgraph/schema";
import { itemKey } from "../eval/resolution.js";
import { type GoldPair, scorePairs } from "../eval/statements.js";
import { extractDocument } from "../extract/index.js";
import type { LoadableArticle } from "../load/article.js";
import { anonymousId } from "../load/ids.js";
import { collect, extractSafely, toLoadable } from "../load/ingest.js";
import { resolveCorpus } from "../load/resolve/clusters.js";
import { type Fingerprint, fingerprint } from "../statements/fingerprint.js";
import { type MissCause, missCause } from "../statements/same-utterance.js";
import { NO_SPEAKER, speakerKey } from "../statements/speaker-key.js";
import { DEFAULT_INDEX_OPTIONS, type IndexOptions, StatementIndex } from "../statements/statement-index.js";
import { GOLD_DIR, POLNEAR_DEV, POLNEAR_TRAIN, SHARED_DIR } from "./repo-paths.js";

export const PAIRS_GOLD = `${GOLD_DIR}statements/polnear-pairs.json`;
const CORENLP = [`${SHARED_DIR}train/polnear-corenlp-train.jsonl`, `${SHARED_DIR}train/polnear-corenlp-dev.jsonl`];
/** Attributions shorter than this are noun phrases ("the Supreme Court"), not utterances: the gold has none. */
export const MIN_WORDS = 6;

/**
 * Speaker keys as the loader would store them, for spans of the PolNeAR articles: `claim` is the key
 * of the extracted claim over these offsets (most overlap, at least half), `mention` the key of the
 * extracted entity one of whose mentions overlaps them. Undefined when nothing covers the span; a
 * claim without a speaker gives "none".
 */
export interface SpeakerLookup {
  claim(article: string, start: number, end: number): string | undefined;
  mention(article: string, start: number, end: number): string | undefined;
}

interface Keyed {
  start: number;
  end: number;
  key: string;
}

function mostOverlap(spans: readonly Keyed[] | undefined, start: number, end: number, half: boolean) {
  let best: string | undefined;
  let most = 0;
  for (const c of spans ?? []) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > most) {
      most = overlap;
      best = c.key;
    }
  }
  return most > 0 && (!half || most * 2 >= end - start) ? best : undefined;
}

/**
 * Extracts every PolNeAR train + dev article once and resolves their entities across articles with
 * the loader's own resolution (`resolveCorpus`, no database, file order), so that a speaker's key is
 * the one statement grouping compares in the graph: `speakerKey` of its node id ("person:donald
 * trump"; an article-scoped one without its article; "anon:<description>" for an unnamed source).
 */
export async function extractedSpeakers(): Promise<SpeakerLookup> {
  const articles: LoadableArticle[] = [];
  for (const item of await collect([POLNEAR_TRAIN, POLNEAR_DEV])) {
    if (!item.ok) continue;
    const extracted = extractSafely(extractDocument, item.doc);
    if ("graph" in extracted) articles.push(toLoadable(item.doc, extracted.graph));
  }
  const nodeOf = new Map<string, string>();
  for (const e of resolveCorpus(articles).entities) {
    const key = itemKey({ article: e.article, type: e.label, name: e.name });
    if (!nodeOf.has(key)) nodeOf.set(key, e.id);
  }
  const claims = new Map<string, Keyed[]>();
  const mentions = new Map<string, Keyed[]>();
  for (const { sourceKey: article, graph } of articles) {
    const typeOf = new Map(graph.entities.map((e) => [e.name, e.type]));
    const entityKey = (name: string) =>
      speakerKey(nodeOf.get(itemKey({ article, type: typeOf.get(name) ?? "Person", name })) ?? null);
    claims.set(
      article,
      graph.claims.map((c) => ({
        start: c.start,
        end: c.end,
        key: !c.speaker
          ? NO_SPEAKER
          : c.anonymous
            ? speakerKey(anonymousId(article, nameKey(c.speaker) || "unnamed source"))
            : entityKey(c.speaker),
      })),
    );
    mentions.set(
      article,
      graph.entities.flatMap((e) => (e.mentions ?? []).map((m) => ({ ...m, key: entityKey(e.name) }))),
    );
  }
  return {
    claim: (article, start, end) => mostOverlap(claims.get(article), start, end, true),
    mention: (article, start, end) => mostOverlap(mentions.get(article), start, end, false),
  };
}

export interface Quote {
  key: string;
  article: string;
  text: string;
  speaker: string;
}

const PRONOUNS = new Set(
  "he she they it we i you his her their its him them who which that whose this these those".split(" "),
);

/**
 * A PolNeAR speaker as a key, standing in for the loader's entity resolution: the last word of the
 * first capitalised name in it ("Senate Majority Leader Mitch McConnell, R-Ky." → "mcconnell", "Mr.
 * McConnell" → "mcconnell"); a pronoun is resolved through CoreNLP's coreference chain first.
 */
export function speakerNameKey(speaker: string | null): string | null {
  if (!speaker) return "none";
  if (PRONOUNS.has(speaker.trim().toLowerCase())) return null;
  const run = /(?:[A-Z][\p{L}'’.-]*\s*)+/u.exec(speaker);
  const key = nameKey((run ? run[0] : speaker).replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s*/g, ""));
  return key.split(" ").at(-1) || null;
}

function readJsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export type Coref = Map<string, [number, number][][]>;

function readCoref(): Coref {
  const out: Coref = new Map();
  for (const file of CORENLP)
    for (const row of readJsonLines(file)) out.set(row.id as string, (row.coref ?? []) as [number, number][][]);
  return out;
}

/**
 * The gold speaker's key: with `speakers`, the node the loader resolves the entity mentioned at the
 * gold speaker span to (a pronoun: the first mention of its CoreNLP chain that is an entity's);
 * without (or when no entity is mentioned there), the speaker's name key (`speakerNameKey`).
 */
export function speakerKeyOf(
  article: { id: string; text: string },
  quote: Record<string, unknown>,
  coref: Coref,
  speakers?: SpeakerLookup,
): string {
  const speaker = (quote.speaker as string | null) ?? null;
  const start = quote.speaker_start as number | null;
  const end = quote.speaker_end as number | null;
  const chain =
    start != null && end != null
      ? (coref.get(article.id) ?? []).find((c) => c.some(([s, e]) => s < end && start < e))
      : undefined;
  if (speakers && start != null && end != null) {
    const spans: [number, number][] = [[start, end], ...(chain ?? [])];
    for (const [s, e] of spans) {
      const key = speakers.mention(article.id, s, e);
      if (key) return key;
    }
  }
  const direct = speakerNameKey(speaker);
  if (direct) return direct;
  for (const [s, e] of chain ?? []) {
    const key = speakerNameKey(article.text.slice(s, e));
    if (key && key !== "none") return key;
  }
  return `unresolved:${article.id}#${quote.id}`;
}

/**
 * Every PolNeAR train + dev attribution with its gold text. The speaker key comes from the extractor
 * when `speakers` is given (the claim it extracted over the same words, its speaker resolved within
 * the article as the loader would store it), else from the gold speaker (pronouns through CoreNLP coref).
 */
export function polnearQuotes(speakers?: SpeakerLookup): Quote[] {
  const coref = readCoref();
  const out: Quote[] = [];
  for (const file of [POLNEAR_TRAIN, POLNEAR_DEV])
    for (const row of readJsonLines(file)) {
      const article = { id: row.id as string, text: row.text as string };
      for (const q of row.quotes as Record<string, unknown>[]) {
        const text = article.text.slice(q.start as number, q.end as number);
        const extracted = speakers?.claim(article.id, q.start as number, q.end as number);
        out.push({
          key: `${article.id}#${q.id}`,
          article: article.id,
          text,
          speaker: extracted && extracted !== NO_SPEAKER ? extracted : speakerKeyOf(article, q, coref, speakers),
        });
      }
    }
  return out;
}

export function readPairs(): GoldPair[] {
  const doc = JSON.parse(readFileSync(PAIRS_GOLD, "utf8")) as {
    pairs: { a: { article: string; quote: string }; b: { article: string; quote: string }; label: GoldPair["label"] }[];
  };
  return doc.pairs.map((p) => ({ a: `${p.a.article}#${p.a.quote}`, b: `${p.b.article}#${p.b.quote}`, label: p.label }));
}

export function groupingScore(
  show: number,
  options: IndexOptions = DEFAULT_INDEX_OPTIONS,
  quotes = polnearQuotes(),
  gold = readPairs(),
) {
  const inGold = new Set(gold.flatMap((p) => [p.a, p.b]));
  const index = new StatementIndex(options);
  const groupOf = new Map<string, string>();
  const placed = new Map<string, string>();
  const prints = new Map<string, Fingerprint>();
  const started = performance.now();
  for (const q of quotes) {
    const print = fingerprint(q.text, q.speaker, options.shape);
    prints.set(q.key, print);
    const p = index.add(print, q.key);
    placed.set(q.key, p.statement);
    for (const merged of p.merged) for (const [k, s] of placed) if (s === merged) placed.set(k, p.statement);
  }
  const ms = performance.now() - started;
  const articleOf = new Map(quotes.map((q) => [q.key, q.article]));
  for (const q of quotes) {
    const countsWords = (q.text.match(/\w+/g) ?? []).length >= MIN_WORDS;
    if (countsWords || inGold.has(q.key)) groupOf.set(q.key, placed.get(q.key) as string);
  }
  const scored = scorePairs(groupOf, (k) => articleOf.get(k) ?? k, gold);
  const text = new Map(quotes.map((q) => [q.key, `${q.speaker}: ${q.text.slice(0, 90)}`]));
  const missedBy: Record<MissCause, number> = { speaker: 0, wording: 0, apart: 0 };
  for (const [a, b] of scored.missed) {
    const [fa, fb] = [prints.get(a), prints.get(b)];
    if (fa && fb) missedBy[missCause(fa, fb, options.rule)]++;
  }
  return {
    quotes: quotes.length,
    scoredQuotes: groupOf.size,
    statements: new Set(placed.values()).size,
    groupingMs: Math.round(ms),
    candidatesSeen: index.candidatesSeen,
    ...scored.metric,
    predictedPairs: scored.predicted,
    /** The misses by cause (`missCause`): speaker keys differ, wordings the rule rejects, or alike yet apart. */
    missedBy,
    falsePositives: scored.falsePositives.slice(0, show).map(([a, b]) => [a, b, text.get(a), text.get(b)]),
    missed: scored.missed.slice(0, show).map(([a, b]) => [a, b, text.get(a), text.get(b)]),
  };
}
