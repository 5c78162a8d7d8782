/**
 * The HTTP half of pnpm bench:viewer: latency of the routes a user waits on (search, entity details,
 * neighbour counts, expand, overview), with the first call of each route after start-up kept apart
 * as its "cold" figure, and a hub (the most connected entity) counted and paged.
 */
import { summary } from "./stats.js";

export interface Entity {
  id: string;
  name: string;
}

type Timer = (url: string, init?: RequestInit) => Promise<{ ms: number; body: unknown }>;

export function timer(base: string): Timer {
  return async (url, init) => {
    const started = performance.now();
    const res = await fetch(new URL(url, base), init);
    const text = await res.text();
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
    return { ms, body: JSON.parse(text) as unknown };
  };
}

const expandInit = (id: string, skip = 0, limit = 100): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ id, limit, skip }),
});

/** Search queries a user types for an entity: the full name, 4 letters of the surname, the first name. */
export function searchQueries(name: string): string[] {
  const words = name.split(/\s+/);
  return [name, (words.at(-1) ?? name).slice(0, 4), words[0] ?? name];
}

export async function measureRoutes(base: string, entities: Entity[], log: (line: string) => void) {
  const time = timer(base);
  const results: Record<string, unknown> = {};
  // Cold: the first call of each route on a freshly started server (after its own warm-up).
  const first = entities[entities.length - 1] as Entity;
  results.cold = {
    search: Math.round((await time(`/api/search?q=${encodeURIComponent(first.name)}`)).ms),
    entity: Math.round((await time(`/api/entity?id=${encodeURIComponent(first.id)}`)).ms),
    counts: Math.round((await time(`/api/node/counts?id=${encodeURIComponent(first.id)}`)).ms),
    expand: Math.round((await time("/api/node/expand", expandInit(first.id))).ms),
  };
  log(`cold first call ms (target ≤ 500): ${JSON.stringify(results.cold)}`);

  const search: number[] = [];
  for (const e of entities)
    for (const q of searchQueries(e.name)) search.push((await time(`/api/search?q=${encodeURIComponent(q)}`)).ms);
  results.search = summary(search);
  log(`search latency ms: ${JSON.stringify(results.search)}`);

  const entity: number[] = [];
  const counts: number[] = [];
  const expand: number[] = [];
  for (const e of entities) {
    const id = encodeURIComponent(e.id);
    entity.push((await time(`/api/entity?id=${id}`)).ms);
    counts.push((await time(`/api/node/counts?id=${id}`)).ms);
    expand.push((await time("/api/node/expand", expandInit(e.id))).ms);
  }
  results.entity = summary(entity);
  results.counts = summary(counts);
  results.expand = summary(expand);
  log(`entity details latency ms: ${JSON.stringify(results.entity)}`);
  log(`neighbour counts latency ms: ${JSON.stringify(results.counts)}`);
  log(`expand (100 neighbours + claim context) latency ms: ${JSON.stringify(results.expand)}`);

  const overview: number[] = [];
  for (let i = 0; i < 10; i++) overview.push((await time("/api/overview")).ms);
  results.overviewApi = summary(overview);
  log(`overview API latency ms (cached): ${JSON.stringify(results.overviewApi)}`);
  return results;
}

/** The hub: its counts, its first page and a page 50,000 neighbours in, each timed three times. */
export async function measureHub(base: string, hub: Entity, log: (line: string) => void) {
  const time = timer(base);
  const id = encodeURIComponent(hub.id);
  const counts = await time(`/api/node/counts?id=${id}`);
  const degree = (counts.body as { counts: Array<{ count: number }> }).counts.reduce((s, c) => s + c.count, 0);
  const runs = { counts: [] as number[], firstPage: [] as number[], deepPage: [] as number[] };
  let deep: { total: number; returned: number; truncated: boolean } | null = null;
  const deepSkip = Math.max(0, Math.min(50_000, degree - 100));
  for (let i = 0; i < 3; i++) {
    runs.counts.push((await time(`/api/node/counts?id=${id}`)).ms);
    runs.firstPage.push((await time("/api/node/expand", expandInit(hub.id))).ms);
    const page = await time("/api/node/expand", expandInit(hub.id, deepSkip));
    runs.deepPage.push(page.ms);
    deep = page.body as { total: number; returned: number; truncated: boolean };
  }
  const result = {
    hub: hub.name,
    degree,
    counts: summary(runs.counts),
    firstPage: summary(runs.firstPage),
    deepPage: { skip: deepSkip, returned: deep?.returned, total: deep?.total, ...summary(runs.deepPage) },
  };
  log(`hub ${JSON.stringify(result)}`);
  return result;
}
