/**
 * The viewer's one narrow write path: saving a validated snapshot document as a `Snapshot` node
 * (outside the claim graph) and reading it back by its link. Fixed, parameterised Cypher only;
 * never reachable from user Cypher. The document is sealed with a key that only the link holds
 * (seal.ts), so the node shows nothing of it to a Cypher reader. Documents are re-validated (and
 * upgraded) when read.
 */
import { NODE_LABELS } from "@claimgraph/schema";
import neo4j, { type Driver } from "neo4j-driver";
import { restoreSnapshot } from "../../shared/snapshot/restore.js";
import type { DataSource, Snapshot } from "../../shared/snapshot/schema.js";
import { ApiError, fromNeo4jError } from "../errors.js";
import { createDriver } from "../neo4j/driver.js";
import type { Neo4jConnection } from "../neo4j/reader.js";
import { toPlain } from "../neo4j/values.js";
import { newSnapshotToken, parseToken, seal, tokenText, unseal } from "./seal.js";

export interface SavedSnapshot {
  /** The link token: lookup id and key (seal.ts). */
  id: string;
  createdAt: string;
  bytes: number;
}

/** How much the snapshots together may take (the per-snapshot size is MAX_SNAPSHOT_BYTES). */
export interface SnapshotQuota {
  /** Most snapshots stored. */
  maxCount: number;
  /** Most bytes of snapshot documents stored, all together. */
  maxTotalBytes: number;
}

export const DEFAULT_SNAPSHOT_QUOTA: SnapshotQuota = { maxCount: 10_000, maxTotalBytes: 512 * 1024 * 1024 };

export interface SnapshotStore {
  /** Saves a snapshot; 507 when the store is full (SnapshotQuota). */
  save(snapshot: Snapshot): Promise<SavedSnapshot>;
  /** Deletes the snapshot this link token opens; false when it opens none. */
  remove(token: string): Promise<boolean>;
  /** The snapshot this link token opens, or null when it opens none. */
  load(token: string): Promise<Snapshot | null>;
  /** Which ingested data the live graph holds now (article count + latest ingestedAt). */
  dataSource(): Promise<DataSource>;
  close(): Promise<void>;
}

const TIMEOUT_MS = 10_000;

const L = NODE_LABELS;
const CONSTRAINT = `CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:${L.Snapshot}) REQUIRE n.id IS UNIQUE`;
const SAVE = `CREATE (s:${L.Snapshot} {id: $id, version: $version, createdAt: $createdAt, sealed: $sealed, bytes: $bytes})`;
// Older snapshots have no bytes property: their sealed text's length is close enough.
const USAGE = `MATCH (s:${L.Snapshot}) RETURN count(s) AS count, sum(coalesce(s.bytes, size(s.sealed), size(s.body), 0)) AS bytes`;
const REMOVE = `MATCH (s:${L.Snapshot} {id: $id}) DELETE s`;
// `body` is a document saved in the clear before snapshots were sealed (its link has no key)
const LOAD = `MATCH (s:${L.Snapshot} {id: $id}) RETURN s.sealed AS sealed, s.body AS body`;
const SOURCE = `MATCH (a:${L.Article}) RETURN count(a) AS articles, max(toString(a.ingestedAt)) AS latest`;

/**
 * The document a node holds for this key: sealed ones open with their key only; a document saved
 * in the clear before sealing opens with a keyless link only. A wrong key looks exactly like no
 * snapshot: the link either opens it or finds nothing.
 */
function storedDocument(sealed: unknown, clear: unknown, key: string): string | null {
  if (typeof sealed === "string") return unseal(sealed, key);
  return !key && typeof clear === "string" ? clear : null;
}

function storeFull(quota: SnapshotQuota): ApiError {
  return new ApiError(
    507,
    "snapshot_store_full",
    `The snapshot store is full (${quota.maxCount.toLocaleString("en")} snapshots or ${Math.round(quota.maxTotalBytes / 1024 / 1024)} MB in all). Delete snapshots you no longer need (open the link, then Delete), or ask whoever runs this viewer to raise the limit.`,
  );
}

/** With `shared`, the store uses that driver (the server's one) and closing the store leaves it open. */
export function createSnapshotStore(
  connection: Neo4jConnection,
  quota: SnapshotQuota = DEFAULT_SNAPSHOT_QUOTA,
  shared?: Driver,
): SnapshotStore {
  // Fails fast when the database is down (DRIVER_SETTINGS.viewer): a clear 503, not a minute of retries.
  const driver: Driver = shared ?? createDriver(connection);
  const database = connection.database;
  let constraintReady = false;
  const fail = (error: unknown) => fromNeo4jError(error, connection.uri, TIMEOUT_MS);

  async function ensureConstraint(): Promise<void> {
    if (constraintReady) return;
    await driver.executeQuery(CONSTRAINT, {}, { routing: neo4j.routing.WRITE, database });
    constraintReady = true;
  }

  return {
    async save(snapshot) {
      const body = JSON.stringify(snapshot);
      const token = newSnapshotToken();
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
      const bytes = Buffer.byteLength(body);
      try {
        await ensureConstraint();
        await session.executeWrite(
          async (tx) => {
            const usage = (await tx.run(USAGE)).records[0];
            const count = Number(toPlain(usage?.get("count")) ?? 0);
            const used = Number(toPlain(usage?.get("bytes")) ?? 0);
            if (count >= quota.maxCount || used + bytes > quota.maxTotalBytes) throw storeFull(quota);
            await tx.run(SAVE, {
              id: token.id,
              version: neo4j.int(snapshot.version),
              createdAt: snapshot.createdAt,
              sealed: seal(body, token.key),
              bytes: neo4j.int(bytes),
            });
          },
          { timeout: TIMEOUT_MS },
        );
      } catch (error) {
        throw fail(error);
      } finally {
        await session.close().catch(() => {});
      }
      return { id: tokenText(token), createdAt: snapshot.createdAt, bytes };
    },

    async remove(text) {
      const token = parseToken(text);
      if (!token) return false;
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
      try {
        return await session.executeWrite(
          async (tx) => {
            const record = (await tx.run(LOAD, { id: token.id })).records[0];
            // Only the whole link (with its key) may delete, exactly as only it may open.
            if (!record || storedDocument(record.get("sealed"), record.get("body"), token.key) === null) return false;
            await tx.run(REMOVE, { id: token.id });
            return true;
          },
          { timeout: TIMEOUT_MS },
        );
      } catch (error) {
        throw fail(error);
      } finally {
        await session.close().catch(() => {});
      }
    },

    async load(text) {
      const token = parseToken(text);
      if (!token) return null;
      const { id, key } = token;
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
      let body: string | null;
      try {
        const result = await session.executeRead((tx) => tx.run(LOAD, { id }), { timeout: TIMEOUT_MS });
        const record = result.records[0];
        if (!record) return null;
        body = storedDocument(record.get("sealed"), record.get("body"), key);
        if (body === null) return null;
      } catch (error) {
        throw fail(error);
      } finally {
        await session.close().catch(() => {});
      }
      let document: unknown;
      try {
        document = JSON.parse(body);
      } catch {
        throw new ApiError(500, "snapshot_damaged", `Snapshot ${id} is stored damaged (its body is not JSON).`);
      }
      const restored = restoreSnapshot(document);
      if (!restored.ok) {
        const first = restored.problems[0];
        throw new ApiError(
          500,
          "snapshot_damaged",
          `Snapshot ${id} is stored but no longer valid (${first?.path}: ${first?.message}).`,
        );
      }
      return restored.snapshot;
    },

    async dataSource() {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
      try {
        const result = await session.executeRead((tx) => tx.run(SOURCE), { timeout: TIMEOUT_MS });
        const record = result.records[0];
        const latest = record?.get("latest");
        return {
          articles: Number(toPlain(record?.get("articles")) ?? 0),
          latestIngestedAt: typeof latest === "string" ? latest : null,
        };
      } catch (error) {
        throw fail(error);
      } finally {
        await session.close().catch(() => {});
      }
    },

    close: async () => (shared ? undefined : driver.close()),
  };
}
