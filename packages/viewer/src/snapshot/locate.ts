/** Claims that reached the canvas bare get their article and offsets from the server before an export. */
import type { GraphNode } from "../../shared/api/contract.js";
import { api } from "../api/client.js";
import { claimSourceProps, lacksSource } from "../export/rows.js";
import { graphActions } from "../graph/store.js";

/** Most claims located from the server for one export (the rest keep what the canvas knows). */
const MAX_LOCATE = 1_000;

/**
 * Gives claims that lack it (a Cypher result's bare claim node, say) their article and the quote's
 * offsets, from the claim's details, six requests at a time; kept on the canvas for later exports.
 * Offline (a snapshot file opened without its server) the claims stay as they are.
 */
export async function locateClaims(claims: Iterable<GraphNode>): Promise<void> {
  const missing = [...claims].filter(lacksSource).slice(0, MAX_LOCATE);
  const found: Record<string, Record<string, unknown>> = {};
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < missing.length) {
      const node = missing[next++] as GraphNode;
      try {
        found[node.id] = claimSourceProps(await api.claim(node.id));
      } catch {
        failed = true; // the server is gone or refuses: export what is known
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, missing.length) }, worker));
  if (Object.keys(found).length > 0) graphActions.mergeProps(found);
}
