import type { KnownOrg } from "./organizations.js";

/**
 * American advocacy groups the political press quotes by names the tagger misses, because their first word reads
 * as a verb or an adjective at a sentence's start ("Planned Parenthood said …"). Kept out of the tagger's
 * gazetteer (it reads `KNOWN_ORGS`, frozen with its weights); `knownOrg` reads this list beside it (2026-12-07,
 * newsdev59).
 */
export const ADVOCACY_GROUPS: KnownOrg[] = [{ name: "Planned Parenthood", aliases: [], kind: "advocacy group" }];
