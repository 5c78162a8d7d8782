import { CLAIM_GRAPH_LABELS, NODE_LABELS } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";

/** How many nodes each transaction deletes (with their relationships). */
const CHUNK = 5000;

/**
 * Deletes claimgraph's data (articles, people, organizations, claims and their relationships),
 * keeping Snapshot nodes. Deletes in bounded chunks, each a managed write transaction, so it works
 * on a cluster and never builds one huge transaction. Returns how many nodes it deleted.
 */
export async function resetClaimGraph(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  let total = 0;
  try {
    for (const label of CLAIM_GRAPH_LABELS) {
      for (;;) {
        const deleted = await session.executeWrite(async (tx) => {
          const result = await tx.run(
            `MATCH (n:${NODE_LABELS[label]}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`,
            { chunk: neo4j.int(CHUNK) },
          );
          return Number(result.records[0]?.get("deleted") ?? 0);
        });
        total += deleted;
        if (deleted < CHUNK) break;
      }
    }
  } finally {
    await session.close();
  }
  return total;
}
