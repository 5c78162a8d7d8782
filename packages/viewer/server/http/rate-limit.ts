import { ApiError } from "../errors.js";

/**
 * A sliding-window limit per client: at most `limit` events in `windowMs`. In memory (a restart
 * forgets), which is enough for a viewer on one machine; the clock is injectable for tests.
 */
export interface RateLimiter {
  /** Records an event for `client` and says whether it was within the limit, and if not, when to retry. */
  take(client: string): { ok: true } | { ok: false; retryAfterS: number };
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const events = new Map<string, number[]>();
  return {
    take(client) {
      const at = now();
      const recent = (events.get(client) ?? []).filter((t) => at - t < windowMs);
      if (recent.length >= limit) {
        events.set(client, recent);
        return { ok: false, retryAfterS: Math.max(1, Math.ceil((windowMs - (at - (recent[0] as number))) / 1000)) };
      }
      recent.push(at);
      events.set(client, recent);
      if (events.size > 10_000) {
        for (const [key, times] of events) if (times.every((t) => at - t >= windowMs)) events.delete(key);
      }
      return { ok: true };
    },
  };
}

/**
 * One more event for `client`, or a 429 refusal: the Retry-After header and an ApiError with `code`
 * and the message `refusal` writes for the minutes left (the viewer's write routes, per hour).
 */
export function takeOrRefuse(
  limiter: RateLimiter,
  client: string,
  reply: { header(name: string, value: string): unknown },
  code: string,
  refusal: (minutes: number) => string,
): void {
  const allowed = limiter.take(client);
  if (allowed.ok) return;
  reply.header("retry-after", String(allowed.retryAfterS));
  throw new ApiError(429, code, refusal(Math.ceil(allowed.retryAfterS / 60)));
}
