import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.js";

describe("createRateLimiter", () => {
  it("allows the limit per window and client, then says when to retry", () => {
    let now = 0;
    const limiter = createRateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take("a").ok)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 60 });
    expect(limiter.take("b").ok).toBe(true);
    now = 30_000;
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 30 });
    now = 60_000;
    expect(limiter.take("a").ok).toBe(true);
  });
});
