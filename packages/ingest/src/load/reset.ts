import { NODE_LABELS as L } from "@claimgraph/schema";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";

/** Rows per delete transaction: small enough for a 512 MB heap, whatever the graph's shape. */
const CHUNK = 5000;

/**
 * Deletes in an order that keeps every transaction small: statements, their wordings and locks, claims (a few edges each), then the
 * many edges into articles, then articles, then people and organizations (few edges left).
 */
const STEPS: readonly { query: string; nodes: boolean }[] = [
  // Legacy band keys first (one or two HAS_BAND edges each): a statement held up to 32 per wording, too many to delete 5,000 statements at once.
  { query: `MATCH (n:${L.Band}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (n:${L.Wording}) WITH n LIMIT $chunk DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (n:${L.SpeakerLock}) WITH n LIMIT $chunk DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (n:${L.Statement}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (n:${L.Claim}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (:${L.Article})<-[r]-() WITH r LIMIT $chunk DELETE r RETURN count(*) AS deleted`, nodes: false },
  { query: `MATCH (n:${L.Article}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (:${L.Person})-[r]-() WITH r LIMIT $chunk DELETE r RETURN count(*) AS deleted`, nodes: false },
  { query: `MATCH (n:${L.Person}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
  { query: `MATCH (n:${L.Organization}) WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`, nodes: true },
];

/**
 * Deletes claimgraph's data (articles, people, organizations, claims and their relationships),
 * keeping Snapshot nodes, analysts' corrections and id aliases (a re-ingest gives the same ids back). Each chunk is its own managed write transaction, so it works on a
 * cluster and never builds one huge transaction. Returns how many nodes it deleted (with their relationships).
 */
export async function resetClaimGraph(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  let total = 0;
  try {
    for (const { query, nodes } of STEPS) {
      for (;;) {
        const deleted = await session.executeWrite(async (tx: ManagedTransaction) => {
          const result = await tx.run(query, { chunk: neo4j.int(CHUNK) });
          return Number(result.records[0]?.get("deleted") ?? 0);
        });
        if (nodes) total += deleted;
        if (deleted < CHUNK) break;
      }
    }
  } finally {
    await session.close();
  }
  return total;
}
