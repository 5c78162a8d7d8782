import { useMemo } from "react";
import { graphStore } from "../graph/store.js";
import { foldClaims } from "../graph/who-about-whom.js";
import { edgeRows, nodeRows, type PropertyRow, whoEdgeRows } from "../inspect/rows.js";
import { inspectActions, inspectStore } from "../inspect/store.js";
import { useStore } from "../store/use-store.js";

/** Neo4j Browser's inspector: every stored property of the node or edge last clicked, as it is. */
export function PropertyInspector() {
  const { id } = useStore(inspectStore);
  const graph = useStore(graphStore);
  const rows = useMemo((): PropertyRow[] | null => {
    if (!id) return null;
    const node = graph.nodes[id];
    if (node) return nodeRows(node);
    const edge = graph.edges[id];
    if (edge) return edgeRows(edge, graph.nodes);
    if (id.startsWith("who:")) {
      const folded = foldClaims(graph.nodes, Object.values(graph.edges)).find((e) => e.id === id);
      if (folded) return whoEdgeRows(folded, graph.nodes);
    }
    return null;
  }, [id, graph.nodes, graph.edges]);
  if (!rows) return null;
  return (
    <section className="inspector" data-testid="property-inspector" aria-label="Properties">
      <div className="inspector-head">
        <h3>Properties</h3>
        <button type="button" onClick={() => inspectActions.show(null)} aria-label="Close the properties">
          ×
        </button>
      </div>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.meta ? "meta" : ""}>
              <th scope="row">{r.key}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
