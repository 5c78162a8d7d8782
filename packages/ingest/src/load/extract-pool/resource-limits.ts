import type { ResourceLimits } from "node:worker_threads";

/**
 * V8 limits for an extraction thread (the ingest pool's and bench:extract's). Extraction makes a few
 * MB of short-lived objects per article (tokens, features, mentions, candidate lists); with V8's
 * default young generation (16 MB semi-spaces) much of an article's garbage is still alive at a
 * scavenge and gets copied or promoted, and collection took ~8 % of the profile. A young generation
 * of 192 MB (64 MB semi-spaces) lets almost all of it die young. Measured 2026-12-03 with
 * `pnpm bench:extract --repeat 3 --workers 1` (load < 1.5, two runs each): 360 / 337 → 405 / 408
 * articles/s; peak RSS 456 / 470 → 421 / 436 MB (fewer promotions: the old generation grows less).
 * 384 MB measured 391 / 420: no further gain.
 */
export const EXTRACTION_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };
