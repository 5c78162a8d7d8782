import { formatBytes } from "../input/limits.js";
import type { FetchCache } from "./cache.js";
import type { HostLimiter } from "./host-limiter.js";

/**
 * One GET, politely and robustly: the cache first; then the host's robots.txt (via `allowed`), the
 * per-host limiter, a timeout per attempt, retries with exponential backoff on network errors,
 * timeouts, 429 and 5xx (honouring a short Retry-After), redirects followed by hand (each hop
 * checked against robots.txt, at most 5), a size cap read as the bytes arrive, and a content-type
 * check. Never throws: a failure is a result with an error and a hint naming what to do.
 */
export interface FetchSettings {
  cache: FetchCache;
  limiter: HostLimiter;
  /** robots.txt's answer for a URL (see robots.ts). */
  allowed: (url: string) => Promise<boolean>;
  userAgent: string;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBytes: number;
  /** Bypass the cache for this request (still stores the new copy). */
  refresh?: boolean;
  /** Stops waiting and fetching (an interrupted run). */
  signal?: AbortSignal;
  /** Counts requests made on the network (for "a re-run fetches nothing"). */
  onRequest?: (url: string) => void;
}

export type FetchResult =
  | { ok: true; url: string; finalUrl: string; contentType: string; body: Uint8Array; fromCache: boolean }
  | { ok: false; url: string; error: string; hint: string; status?: number };

const ACCEPTED =
  /^(text\/(html|plain|xml)|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml)|application\/[\w.+-]*\+xml)\b/i;
const MAX_REDIRECTS = 5;

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly retry: boolean,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const tooBig = (size: string) =>
    new FetchFailure(
      `the page is ${size}, over the ${formatBytes(maxBytes)} limit for one document`,
      "save the article's text and ingest the file instead",
      false,
    );
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig(formatBytes(declared));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooBig(`more than ${formatBytes(maxBytes)}`);
      }
      chunks.push(value);
    }
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

async function attempt(
  url: string,
  settings: FetchSettings,
): Promise<{ finalUrl: string; contentType: string; body: Uint8Array }> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!(await settings.allowed(current)))
      throw new FetchFailure(
        `robots.txt of ${new URL(current).host} does not allow fetching ${new URL(current).pathname}`,
        "respect the site's wishes: save the page by hand if you may use it",
        false,
      );
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = settings.signal ? AbortSignal.any([timeout, settings.signal]) : timeout;
    const response = await settings.limiter
      .run(current, async () => {
        settings.onRequest?.(current);
        return fetch(current, {
          redirect: "manual",
          signal,
          headers: {
            "user-agent": settings.userAgent,
            accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
          },
        });
      })
      .catch((error: Error) => {
        if (settings.signal?.aborted)
          throw new FetchFailure("the run was interrupted", "run the command again: it resumes", false);
        const timedOut = timeout.aborted;
        throw new FetchFailure(
          timedOut
            ? `no answer within ${settings.timeoutMs / 1000} s`
            : `cannot connect: ${(error.cause as Error | undefined)?.message ?? error.message}`,
          timedOut
            ? "the server is slow or down: try again later, or raise --timeout"
            : "check the address and your network",
          true,
        );
      });
    const status = response.status;
    if (status >= 300 && status < 400 && response.headers.get("location")) {
      await response.body?.cancel();
      current = new URL(response.headers.get("location") as string, current).href;
      continue;
    }
    if (status === 429 || status >= 500) {
      await response.body?.cancel();
      const retryAfter = Number(response.headers.get("retry-after"));
      throw new FetchFailure(
        `the server answered ${status} ${response.statusText}`.trim(),
        "the site is busy or failing: try again later",
        true,
        Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 30) * 1000 : undefined,
      );
    }
    if (status >= 400) {
      await response.body?.cancel();
      throw new FetchFailure(
        `the server answered ${status} ${response.statusText}`.trim(),
        status === 404 || status === 410
          ? "check the address: the page is not there"
          : "the page cannot be had from here",
        false,
        undefined,
        status,
      );
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (contentType && !ACCEPTED.test(contentType)) {
      await response.body?.cancel();
      throw new FetchFailure(
        `it is ${contentType.split(";")[0]}, not a web page or feed`,
        "give the address of an HTML page, an RSS/Atom feed or a sitemap",
        false,
      );
    }
    try {
      return { finalUrl: current, contentType, body: await readCapped(response, settings.maxBytes) };
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      throw new FetchFailure(
        timeout.aborted
          ? `the page did not arrive within ${settings.timeoutMs / 1000} s`
          : `the connection broke: ${(error as Error).message}`,
        "try again later",
        true,
      );
    }
  }
  throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`, "check the address: it redirects in a loop", false);
}

export async function fetchPage(url: string, settings: FetchSettings): Promise<FetchResult> {
  if (!settings.refresh) {
    const cached = await settings.cache.get(url);
    if (cached)
      return {
        ok: true,
        url,
        finalUrl: cached.finalUrl,
        contentType: cached.contentType,
        body: cached.body,
        fromCache: true,
      };
  }
  for (let tries = 0; ; tries++) {
    try {
      const page = await attempt(url, settings);
      await settings.cache.put({ url, ...page, fetchedAt: new Date().toISOString() });
      return { ok: true, url, ...page, fromCache: false };
    } catch (error) {
      const failure =
        error instanceof FetchFailure ? error : new FetchFailure((error as Error).message, "try again later", false);
      if (!failure.retry || tries >= settings.retries || settings.signal?.aborted) {
        const attempts = tries > 0 ? ` (after ${tries + 1} attempts)` : "";
        const result: FetchResult = { ok: false, url, error: `${failure.message}${attempts}`, hint: failure.hint };
        if (failure.status) result.status = failure.status;
        return result;
      }
      const wait = failure.retryAfterMs ?? settings.backoffMs * 2 ** tries;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
