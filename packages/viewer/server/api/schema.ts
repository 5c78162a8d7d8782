import { CLAIM_GRAPH_LABELS, REL_TYPES } from "@claimgraph/schema";
import type { SchemaResponse } from "../../shared/api/contract.js";
import type { Reader } from "../neo4j/reader.js";
import { toPlain } from "../neo4j/values.js";

const NODE_PROPS = "CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName RETURN nodeLabels, propertyName";
const REL_PROPS = "CALL db.schema.relTypeProperties() YIELD relType, propertyName RETURN relType, propertyName";
const KEYS = "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey";
const LABEL_COUNT = (label: string) => `COUNT { (:${label}) } AS ${label}`;

/** Labels, relationship types and property keys for the Cypher editor's completion. */
export async function graphSchema(reader: Reader): Promise<SchemaResponse> {
  const labels = [...CLAIM_GRAPH_LABELS];
  const [nodeProps, relProps, keys, counts] = await Promise.all([
    reader.read(NODE_PROPS),
    reader.read(REL_PROPS),
    reader.read(KEYS),
    reader.read(`RETURN ${labels.map(LABEL_COUNT).join(", ")}`),
  ]);
  const propsByLabel = new Map<string, Set<string>>(labels.map((l) => [l, new Set()]));
  for (const r of nodeProps.records) {
    const name = r.get("propertyName") as string | null;
    if (!name) continue;
    for (const label of r.get("nodeLabels") as string[]) propsByLabel.get(label)?.add(name);
  }
  const propsByType = new Map<string, Set<string>>(Object.keys(REL_TYPES).map((t) => [t, new Set()]));
  for (const r of relProps.records) {
    const type = String(r.get("relType")).replace(/^:`?|`$/g, "");
    const name = r.get("propertyName") as string | null;
    if (name) propsByType.get(type)?.add(name);
  }
  const countRecord = counts.records[0];
  return {
    labels: labels.map((name) => ({
      name,
      count: countRecord ? (toPlain(countRecord.get(name)) as number) : 0,
      properties: [...(propsByLabel.get(name) ?? [])].sort(),
    })),
    relationshipTypes: [...propsByType].map(([name, props]) => ({ name, properties: [...props].sort() })),
    propertyKeys: keys.records.map((r) => String(r.get("propertyKey"))).sort(),
  };
}
