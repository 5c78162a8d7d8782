/**
 * The viewer's second narrow write: recording and undoing analyst corrections to entity
 * resolution. Each is one write transaction that checks what the correction names, stores the
 * `:Correction` record and applies its effect with the statements the loader runs too
 * (@claimgraph/schema `correctionPlan`), so the graph shows it at once and every later ingest
 * keeps it. Fixed, parameterised Cypher only; never reachable from user Cypher.
 */
import { randomBytes } from "node:crypto";
import {
  CORRECTION_CONSTRAINT,
  type CorrectionRecord,
  CREATE_CORRECTION,
  CURRENT_ID,
  correctionPlan,
  correctionRecordSchema,
  ID_ALIAS_SCHEMA,
  NODE_LABELS as L,
  MARK_UNDONE,
  REL_TYPES as R,
  runCorrectionPlan,
  splitScopedId,
} from "@claimgraph/schema";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { CorrectionRequest } from "../../shared/corrections/contract.js";
import { ApiError, fromNeo4jError } from "../errors.js";
import { createDriver } from "../neo4j/driver.js";
import type { Neo4jConnection } from "../neo4j/reader.js";
import { toPlain } from "../neo4j/values.js";
import { NAMED_ENTITY } from "./named-entity.js";

export interface CorrectionStore {
  /** Checks, records and applies a correction; the stored record and how many mentions moved. */
  record(request: CorrectionRequest): Promise<{ correction: CorrectionRecord; moved: number }>;
  /** Marks a correction undone and reverses its effect; 404 when there is none to undo. */
  undo(id: string, by: string): Promise<{ correction: CorrectionRecord; moved: number }>;
  close(): Promise<void>;
}

const TIMEOUT_MS = 15_000;

/** The node an id names (a person or organization, never an unnamed source), with its article count. */
const NODE = `
${NAMED_ENTITY}
RETURN n.name AS name, label, COUNT { (n)-[:${R.MENTIONED_IN}]->() } AS articles
LIMIT 1`;

const ARTICLE = `MATCH (a:${L.Article} {id: $id}) RETURN a.sourceKey AS sourceKey`;

const MENTION = `
MATCH (n {id: $id})-[:${R.MENTIONED_IN}]->(a:${L.Article} {id: $article})
RETURN count(*) AS n`;

const POSSIBLE = `
MATCH (:${L.Person} {id: $id})-[r:${R.POSSIBLY_SAME_AS}]->(:${L.Person} {id: $target})
RETURN r.score AS score, r.evidence AS evidence
LIMIT 1`;

interface NodeFacts {
  /** The node's id: the one asked for, or the node's current id when that was a former one (its `IdAlias`). */
  id: string;
  name: string;
  label: "Person" | "Organization";
  articles: number;
}

export function createCorrectionStore(connection: Neo4jConnection, shared?: Driver): CorrectionStore {
  // A correction and an ingest touching the same nodes may deadlock; the driver retries the transaction.
  const driver: Driver = shared ?? createDriver(connection);
  const database = connection.database;
  let constraintReady = false;
  const fail = (error: unknown) => fromNeo4jError(error, connection.uri, TIMEOUT_MS);

  async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
    try {
      if (!constraintReady) {
        // A merge leaves an alias of the merged node's id (correctionPlan): its constraint too.
        for (const statement of [CORRECTION_CONSTRAINT, ...ID_ALIAS_SCHEMA])
          await driver.executeQuery(statement, {}, { routing: neo4j.routing.WRITE, database });
        constraintReady = true;
      }
      return await session.executeWrite(work, { timeout: TIMEOUT_MS });
    } catch (error) {
      throw fail(error);
    } finally {
      await session.close().catch(() => {});
    }
  }

  return {
    record: (request) =>
      write(async (tx) => {
        const correction = await checked(tx, request);
        const stored = await tx.run(CREATE_CORRECTION, {
          record: Object.fromEntries(Object.entries(correction).filter(([, v]) => v !== null)),
        });
        const record = correctionRecordSchema.parse(toPlain(stored.records[0]?.get("c")));
        return { correction: record, moved: await runCorrectionPlan(tx, correctionPlan(record, "apply")) };
      }),
    undo: (id, by) =>
      write(async (tx) => {
        const marked = await tx.run(MARK_UNDONE, { id, by, at: new Date().toISOString() });
        const row = marked.records[0];
        if (!row) {
          throw new ApiError(
            404,
            "not_found",
            `No correction "${id}" is in force, so there is nothing to undo (it may have been undone already).`,
          );
        }
        const record = correctionRecordSchema.parse(toPlain(row.get("c")));
        return { correction: record, moved: await runCorrectionPlan(tx, correctionPlan(record, "undo")) };
      }),
    close: async () => {
      if (!shared) await driver.close();
    },
  };
}

async function nodeFacts(tx: ManagedTransaction, id: string, role: string): Promise<NodeFacts> {
  let current = id;
  let row = (await tx.run(NODE, { id })).records[0];
  if (!row) {
    // A former id (a snapshot's, a link's): the correction is about the node it became.
    const alias = (await tx.run(CURRENT_ID, { id })).records[0]?.get("id");
    if (typeof alias === "string" && alias !== id) {
      current = alias;
      row = (await tx.run(NODE, { id: alias })).records[0];
    }
  }
  if (!row)
    throw new ApiError(
      404,
      "not_found",
      `The ${role} "${id}" is no person or organization in the graph (reload it: the graph may have changed).`,
    );
  return {
    id: current,
    name: String(row.get("name") ?? current),
    label: row.get("label") as NodeFacts["label"],
    articles: Number(toPlain(row.get("articles")) ?? 0),
  };
}

async function sourceKeyOf(tx: ManagedTransaction, article: string): Promise<string> {
  const row = (await tx.run(ARTICLE, { id: article })).records[0];
  if (!row)
    throw new ApiError(
      404,
      "not_found",
      `No article has the id "${article}" (reload the details: it may have been re-ingested).`,
    );
  return String(row.get("sourceKey"));
}

/**
 * The record a request makes, after checking that what it names is there and makes sense. A former
 * id (a node re-keyed or merged since the page got it) stands for the node it became: the record
 * names current ids, as the loader's replay needs.
 */
async function checked(tx: ManagedTransaction, request: CorrectionRequest): Promise<CorrectionRecord> {
  const entity = await nodeFacts(tx, request.entity, "node to correct");
  const { base, article } = splitScopedId(entity.id);
  const common = {
    id: randomBytes(9).toString("base64url"),
    label: entity.label,
    name: entity.name,
    by: request.by,
    at: new Date().toISOString(),
    note: request.note?.trim() ? request.note.trim() : null,
    undoneAt: null,
    undoneBy: null,
  };
  if (request.kind === "split") {
    if (article !== undefined)
      throw new ApiError(
        400,
        "bad_correction",
        `"${entity.name}" is already a node of one article: there is nothing to split off.`,
      );
    if (Number((await tx.run(MENTION, { id: entity.id, article: request.article })).records[0]?.get("n") ?? 0) === 0) {
      throw new ApiError(404, "not_found", `"${entity.name}" is not mentioned in article ${request.article}.`);
    }
    if (entity.articles < 2)
      throw new ApiError(
        400,
        "bad_correction",
        `"${entity.name}" is mentioned in one article only: there is nothing to split it from.`,
      );
    return {
      ...common,
      kind: "split",
      entity: entity.id,
      sourceKey: await sourceKeyOf(tx, request.article),
      target: null,
      targetName: null,
      score: null,
      evidence: null,
    };
  }
  const scopedTarget = () =>
    new ApiError(
      400,
      "bad_correction",
      "The target must be a node of the corpus, not one kept in a single article; merge the other way round.",
    );
  const itself = () => new ApiError(400, "bad_correction", "A node cannot be merged with itself.");
  if (splitScopedId(request.target).article !== undefined) throw scopedTarget();
  if (request.target === request.entity) throw itself();
  const target = await nodeFacts(tx, request.target, "target");
  if (splitScopedId(target.id).article !== undefined) throw scopedTarget();
  if (target.id === entity.id) throw itself();
  if (target.label !== entity.label) {
    throw new ApiError(
      400,
      "bad_correction",
      `"${entity.name}" is a ${entity.label} and "${target.name}" a ${target.label}: only nodes of one kind merge.`,
    );
  }
  const sourceKey = article === undefined ? null : await sourceKeyOf(tx, article);
  let score: number | null = null;
  let evidence: string | null = null;
  if (request.kind === "confirm" || request.kind === "reject") {
    const row = (await tx.run(POSSIBLE, { id: entity.id, target: target.id })).records[0];
    if (!row) {
      throw new ApiError(
        404,
        "not_found",
        `"${entity.name}" has no possible match with "${target.name}" (reload the details: an ingest may have decided it).`,
      );
    }
    score = Number(toPlain(row.get("score")));
    evidence = String(row.get("evidence") ?? "");
  }
  return {
    ...common,
    kind: request.kind,
    entity: base,
    sourceKey,
    target: target.id,
    targetName: target.name,
    score,
    evidence,
  };
}
