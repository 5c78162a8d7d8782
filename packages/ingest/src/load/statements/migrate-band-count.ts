import { NODE_LABELS as L } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";
import { BANDS } from "../../statements/minhash.js";

/** Wordings per migration transaction. */
const CHUNK = 10_000;
const BAND_INDEX = /^wording_band(\d+)$/;

/**
 * Graphs written before 2026-12-02 stored 32 band keys per wording (`band0`…`band31`, each in a
 * range index); grouping now uses the first 16, whose keys are unchanged (statements/minhash.ts).
 * This removes the surplus properties in small transactions (found through their own index), then
 * drops the surplus indexes, so writes stop paying for them. Safe to interrupt: the indexes go
 * last, and the next run goes on. Returns the wordings rewritten.
 */
export async function dropSurplusBands(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  let rewritten = 0;
  try {
    const indexes = await session.executeRead((tx) =>
      tx.run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'wording_band' RETURN name"),
    );
    const surplus = indexes.records
      .map((r) => r.get("name") as string)
      .map((name) => ({ name, band: Number(BAND_INDEX.exec(name)?.[1] ?? -1) }))
      .filter((index) => index.band >= BANDS)
      .sort((a, b) => a.band - b.band);
    if (surplus.length === 0) return 0;
    const properties = surplus.map((index) => `w.band${index.band}`);
    const first = properties[0] as string;
    for (;;) {
      const done = await session.executeWrite(async (tx) => {
        const result = await tx.run(
          `MATCH (w:${L.Wording}) WHERE ${first} IS NOT NULL
           WITH w LIMIT $chunk
           REMOVE ${properties.join(", ")}
           RETURN count(*) AS n`,
          { chunk: neo4j.int(CHUNK) },
        );
        return Number(result.records[0]?.get("n") ?? 0);
      });
      rewritten += done;
      if (done < CHUNK) break;
    }
    for (const index of surplus) await session.run(`DROP INDEX ${index.name} IF EXISTS`);
  } finally {
    await session.close();
  }
  return rewritten;
}
