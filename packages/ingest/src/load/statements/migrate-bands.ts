import { NODE_LABELS as L, REL_TYPES as R } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";
import { fromVariant } from "../../statements/fingerprint.js";
import { CREATE_WORDINGS } from "./cypher.js";
import { bandValues } from "./wording.js";

/** Statements per migration transaction (each becomes up to 16 Wording nodes). */
const CHUNK = 1000;

const LEGACY_STATEMENTS = `
MATCH (s:${L.Statement})
WHERE EXISTS { (s)-[:${R.HAS_BAND}]->(:${L.Band}) }
RETURN s.id AS id, s.speakerKey AS speakerKey, coalesce(s.variants, []) AS variants
LIMIT $chunk`;

const UNLINK = `
UNWIND $ids AS id
MATCH (:${L.Statement} {id: id})-[r:${R.HAS_BAND}]->(:${L.Band})
DELETE r`;

const DELETE_BANDS = `MATCH (b:${L.Band}) WITH b LIMIT $chunk DETACH DELETE b RETURN count(*) AS deleted`;

/**
 * Graphs written before Wording nodes kept a statement's LSH band keys as Band nodes linked by
 * HAS_BAND (a 32 nodes and 32 edges per wording, most of a large graph's size and write time).
 * This rewrites them once, in small transactions: each statement's stored variants become Wording
 * nodes (the same keys, recomputed from the wording as grouping does), then the Band nodes go.
 * Safe to interrupt: a statement is migrated with the removal of its HAS_BAND edges, in one
 * transaction, and the next run goes on from there. Returns the statements migrated.
 */
export async function migrateLegacyBands(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  let migrated = 0;
  try {
    const legacy = await session.executeRead((tx) => tx.run(`MATCH (b:${L.Band}) RETURN b.key AS key LIMIT 1`));
    if (legacy.records.length === 0) return 0;
    for (;;) {
      const done = await session.executeWrite(async (tx) => {
        const found = await tx.run(LEGACY_STATEMENTS, { chunk: neo4j.int(CHUNK) });
        const ids: string[] = [];
        const rows: { statement: string; bands: unknown[] }[] = [];
        for (const record of found.records) {
          const id = record.get("id") as string;
          const speakerKey = record.get("speakerKey") as string;
          ids.push(id);
          for (const variant of record.get("variants") as string[]) {
            const { keys } = fromVariant(variant, speakerKey);
            if (keys.length > 0) rows.push({ statement: id, bands: bandValues(keys) });
          }
        }
        if (rows.length > 0) await tx.run(CREATE_WORDINGS, { rows });
        if (ids.length > 0) await tx.run(UNLINK, { ids });
        return ids.length;
      });
      migrated += done;
      if (done < CHUNK) break;
    }
    for (;;) {
      const deleted = await session.executeWrite(async (tx) =>
        Number((await tx.run(DELETE_BANDS, { chunk: neo4j.int(5 * CHUNK) })).records[0]?.get("deleted") ?? 0),
      );
      if (deleted < 5 * CHUNK) break;
    }
    await session.run("DROP CONSTRAINT band_key IF EXISTS");
  } finally {
    await session.close();
  }
  return migrated;
}
