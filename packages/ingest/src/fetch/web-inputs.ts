import { readFile, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { decodePage } from "../input/charset.js";
import { MAX_DOCUMENT_BYTES } from "../input/limits.js";
import { articleItem, readInputs } from "../input/read-inputs.js";
import type { InputItem } from "../input/types.js";
import { FetchCache } from "./cache.js";
import { parseFeedItems } from "./feeds.js";
import { type FetchResult, type FetchSettings, fetchPage } from "./fetch-page.js";
import { HostLimiter } from "./host-limiter.js";
import { Robots } from "./robots.js";
import { parseSitemap } from "./sitemap.js";
import { isUrl, parseUrlList } from "./url-list.js";
import { readWarc } from "./warc.js";

/**
 * Every way in, as input items: URLs of pages, RSS/Atom feeds and sitemaps (their articles are
 * fetched in turn), files of URLs, WARC archives, and everything `readInputs` reads (files,
 * directories, globs, stdin). A URL that fails is one item naming it, and the rest go on.
 * `stats` counts what went over the network and what came from the cache.
 */
export interface WebInputOptions {
  /** The on-disk cache of fetched documents. */
  cacheDir: string;
  userAgent?: string;
  /** Requests in flight to one host (2). */
  perHostConcurrency?: number;
  /** Between the starts of two requests to one host (1000 ms). */
  delayMs?: number;
  /** Per attempt (15 s). */
  timeoutMs?: number;
  /** Further attempts after a network error, timeout, 429 or 5xx (2), waiting backoffMs × 2ⁿ (500 ms). */
  retries?: number;
  backoffMs?: number;
  /** The largest page (MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** Pages fetched at once over all hosts (4). */
  concurrency?: number;
  /** Fetch the URLs named in `specs` again (feeds, sitemaps, pages); the articles they list still come from the cache. */
  refresh?: boolean;
  /** Aborting stops fetching: what was fetched is still yielded, the rest is reported as interrupted. */
  signal?: AbortSignal;
  stdin?: Readable;
  /** Called after each document fetched or read from the cache (for a progress line). */
  onDocument?: (stats: WebStats) => void;
}

export interface WebStats {
  /** Requests sent over the network (including robots.txt and redirects). */
  requests: number;
  /** Documents read from the cache instead. */
  fromCache: number;
  /** Documents fetched. */
  fetched: number;
}

export const USER_AGENT = "claimgraph/0.1 (news claim graph; offline ingest)";
const MAX_SITEMAP_DEPTH = 3;

type Problem = Extract<InputItem, { ok: false }>;
const problem = (origin: string, error: string, hint: string): Problem => ({ ok: false, origin, error, hint });

const isWarc = (path: string) => /\.warc(\.gz)?$/i.test(path);

/** In order, at most `limit` at once. */
async function* mapOrdered<T, R>(
  values: readonly T[],
  limit: number,
  map: (value: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  while (next < values.length && pending.length < limit) pending.push(map(values[next++] as T));
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<R>);
    if (next < values.length) pending.push(map(values[next++] as T));
    yield result;
  }
}

export function readWebInputs(
  specs: readonly string[],
  options: WebInputOptions,
): { items: AsyncGenerator<InputItem>; stats: WebStats } {
  const stats: WebStats = { requests: 0, fromCache: 0, fetched: 0 };
  const cache = new FetchCache(options.cacheDir);
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const userAgent = options.userAgent ?? USER_AGENT;
  const base: Omit<FetchSettings, "allowed"> = {
    cache,
    limiter: new HostLimiter(options.perHostConcurrency ?? 2, options.delayMs ?? 1000),
    userAgent,
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 500,
    maxBytes,
    onRequest: () => {
      stats.requests++;
    },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const robots = new Robots(userAgent, async (url) => {
    const result = await fetchPage(url, { ...base, allowed: async () => true, retries: 0 });
    if (result.ok) return Buffer.from(result.body).toString("utf8");
    // No robots.txt: remembered, so a re-run does not ask again.
    if (result.status === 404 || result.status === 410)
      await cache.put({
        url,
        finalUrl: url,
        contentType: "text/plain",
        body: new Uint8Array(),
        fetchedAt: new Date().toISOString(),
      });
    return undefined;
  });
  const settings: FetchSettings = { ...base, allowed: (url) => robots.allowed(url) };

  const get = async (url: string, refresh: boolean): Promise<FetchResult> => {
    if (options.signal?.aborted)
      return {
        ok: false,
        url,
        error: "not fetched: the run was interrupted",
        hint: "run the command again: it resumes",
      };
    const result = await fetchPage(url, { ...settings, refresh });
    if (result.ok && result.fromCache) stats.fromCache++;
    else if (result.ok) stats.fetched++;
    options.onDocument?.(stats);
    return result;
  };

  /** A fetched page → an article item (HTML or plain text). */
  const pageItem = (result: Extract<FetchResult, { ok: true }>, text: string): InputItem => {
    const format = /^text\/plain\b/i.test(result.contentType) ? "text" : "html";
    const item = articleItem(text, format, result.finalUrl, result.url, { url: result.finalUrl });
    if (item.ok) item.doc.sourceKey = result.url;
    return item;
  };

  async function* articles(urls: readonly string[]): AsyncGenerator<InputItem> {
    const results = mapOrdered(urls, options.concurrency ?? 4, (url) => get(url, false));
    for await (const result of results) {
      if (!result.ok) {
        yield problem(result.url, result.error, result.hint);
        continue;
      }
      yield pageItem(result, decodePage(result.body, result.contentType).text);
    }
  }

  async function* fromUrl(url: string, refresh: boolean, depth: number): AsyncGenerator<InputItem> {
    const result = await get(url, refresh);
    if (!result.ok) {
      yield problem(result.url, result.error, result.hint);
      return;
    }
    const { text } = decodePage(result.body, result.contentType);
    const feed = parseFeedItems(text, result.finalUrl);
    if (feed) {
      if (feed.length === 0) yield problem(url, "the feed lists no articles", "check the feed's address");
      yield* articles(feed.map((item) => item.url));
      return;
    }
    const sitemap = parseSitemap(text, result.finalUrl);
    if (sitemap) {
      if (sitemap.kind === "pages") yield* articles(sitemap.urls);
      else if (depth >= MAX_SITEMAP_DEPTH)
        yield problem(url, `sitemap indexes nested deeper than ${MAX_SITEMAP_DEPTH}`, "give one of the inner sitemaps");
      else for (const inner of sitemap.urls) yield* fromUrl(inner, refresh, depth + 1);
      return;
    }
    yield pageItem(result, text);
  }

  async function* fromWarc(path: string): AsyncGenerator<InputItem> {
    let pages = 0;
    try {
      for await (const entry of readWarc(path, maxBytes)) {
        const origin = `${path} → ${entry.url}`;
        if (!entry.ok) {
          yield problem(origin, entry.error, entry.hint);
          continue;
        }
        pages++;
        const item = articleItem(decodePage(entry.body, entry.contentType).text, "html", entry.url, origin, {
          url: entry.url,
        });
        if (item.ok) item.doc.sourceKey = entry.url;
        yield item;
      }
    } catch (error) {
      yield problem(
        path,
        `not a readable WARC file: ${(error as Error).message}`,
        "give a .warc or .warc.gz web archive",
      );
      return;
    }
    if (pages === 0)
      yield problem(path, "the archive holds no HTML pages", "check that it archived the articles themselves");
  }

  async function* items(): AsyncGenerator<InputItem> {
    for (const spec of specs) {
      if (options.signal?.aborted) {
        yield problem(spec, "not read: the run was interrupted", "run the command again: it resumes");
        continue;
      }
      if (isUrl(spec)) {
        if (!URL.canParse(spec.trim()))
          yield problem(spec, "not a valid web address", "check the address (quote it in the shell)");
        else yield* fromUrl(spec.trim(), Boolean(options.refresh), 0);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
        yield problem(spec, "only http:// and https:// addresses can be fetched", "give a web address or a file");
        continue;
      }
      const info = await stat(spec).catch(() => undefined);
      if (info?.isFile() && isWarc(spec)) {
        yield* fromWarc(spec);
        continue;
      }
      if (info?.isFile() && info.size < 1024 * 1024 && /\.(urls|txt|text|list)$/i.test(spec)) {
        const urls = parseUrlList(await readFile(spec, "utf8").catch(() => ""));
        if (urls) {
          for (const url of urls) yield* fromUrl(url, Boolean(options.refresh), 0);
          continue;
        }
        if (/\.urls$/i.test(spec)) {
          yield problem(
            spec,
            "a .urls file holds lines that are not http(s) addresses",
            "one URL a line; # starts a comment",
          );
          continue;
        }
      }
      yield* readInputs([spec], options.stdin ? { stdin: options.stdin } : {});
    }
  }

  return { items: items(), stats };
}
