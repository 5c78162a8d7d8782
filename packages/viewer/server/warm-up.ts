/**
 * What the server does once at start-up so a user's first clicks are not cold: the overview (and
 * its cache), then each route a user reaches next (search, entity details, neighbour counts, expand)
 * once for the top person and the top organization of the overview, so Neo4j has planned those
 * queries and opened the full-text index, then one pass over the relationships for the page cache
 * (Neo4j Community has no page-cache warm-up). Read-only, through the reader's own limits.
 */
import { overviewRequestSchema, type RankedEntity, searchRequestSchema } from "../shared/api/contract.js";
import { entityDetails } from "./api/entity.js";
import { expand, relationCounts } from "./api/neighbourhood.js";
import { overview } from "./api/overview.js";
import { search } from "./api/search.js";
import type { Reader } from "./neo4j/reader.js";

/** Reads every claim-graph relationship with its two ends' ids once. Bounded by its own timeout. */
const PAGE_CACHE_PASS = "MATCH (n)-[r]->(m) RETURN count(n.id) + count(m.id) AS touched";

/** The entities whose routes are warmed: the first person and the first organization ranked. */
export function warmUpEntities(ranked: readonly RankedEntity[]): RankedEntity[] {
  const picks: RankedEntity[] = [];
  for (const label of ["Person", "Organization"] as const) {
    const pick = ranked.find((e) => e.label === label);
    if (pick) picks.push(pick);
  }
  return picks;
}

/** Never rejects: a warm-up that fails leaves the server as it was, only colder. */
export async function warmUp(reader: Reader, passTimeoutMs = 20_000): Promise<void> {
  try {
    // The requests a page load sends (the contract's defaults), so the overview it asks for is the one cached.
    const view = await overview(reader, overviewRequestSchema.parse({}).top);
    for (const entity of warmUpEntities([...view.topSpeakers, ...view.topTargets])) {
      // The whole name and a type-ahead prefix: the full-text index answers both kinds of query.
      await search(reader, searchRequestSchema.parse({ q: entity.name }));
      await search(reader, searchRequestSchema.parse({ q: entity.name.slice(0, 4) }));
      await entityDetails(reader, entity.id);
      await relationCounts(reader, entity.id);
      await expand(reader, { id: entity.id, limit: 100, skip: 0 });
    }
    await reader.read(PAGE_CACHE_PASS, {}, { timeoutMs: passTimeoutMs, maxRows: 1 });
  } catch {
    // Cold is slower, not wrong.
  }
}
