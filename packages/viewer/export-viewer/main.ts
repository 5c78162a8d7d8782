/**
 * The minimal interactive viewer inlined into the HTML export: reads the snapshot from the page,
 * draws it with Cytoscape at the saved positions (pan, zoom) and shows a claim's quote or an
 * entity's claims on click. Uses the app's own pure view code, so it looks like what was shared.
 * No network: everything it needs is in the file.
 */
import cytoscape from "cytoscape";
import { describeProblems, restoreSnapshotText } from "../shared/snapshot/restore.js";
import { isLargeGraph, stylesheet } from "../src/canvas/style.js";
import { viewElements } from "../src/graph/view.js";
import { applySnapshot } from "../src/snapshot/capture.js";
import { applyWindow } from "../src/timeline/model.js";
import { claimPanel, entityPanel } from "./details.js";

function show(html: string): void {
  const panel = document.getElementById("details");
  if (panel) panel.innerHTML = html;
}

function main(): void {
  const text = document.getElementById("claimgraph-snapshot")?.textContent ?? "";
  const restored = restoreSnapshotText(text);
  if (!restored.ok) {
    show(`<p>${describeProblems("This file", restored.problems).replaceAll("<", "&lt;")}</p>`);
    return;
  }
  const { snapshot } = restored;
  const applied = applySnapshot(snapshot);
  const view = viewElements(applyWindow(applied.graph, applied.timeWindow), applied.filters);
  const meta = document.getElementById("meta");
  if (meta) {
    const window = snapshot.timeWindow ? ` · claims from ${snapshot.timeWindow.from} to ${snapshot.timeWindow.to}` : "";
    meta.textContent = `Snapshot taken ${snapshot.createdAt.slice(0, 16).replace("T", " ")} UTC from ${snapshot.source.articles} articles${window}`;
  }
  // The author's notes, as the permalink shows them: above the details, until something is clicked.
  if (snapshot.notes) {
    const notes = document.createElement("p");
    notes.className = "notes";
    notes.dataset.testid = "notes";
    notes.textContent = snapshot.notes;
    meta?.after(notes);
  }
  const large = isLargeGraph(view.nodes.length + view.edges.length);
  const cy = cytoscape({
    container: document.getElementById("cy"),
    // The canvas's large-graph style: straight edges, no arrows, captions once zoomed in (bench:snapshot notes).
    style: stylesheet({ large }),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    layout: { name: "preset" },
    elements: [
      ...view.nodes.map((n, i) => ({
        group: "nodes" as const,
        data: { id: n.id, label: n.label, name: n.name, caption: n.caption, colour: n.colour, size: n.size },
        position: n.position ?? { x: 40 * (i % 25), y: 40 * Math.floor(i / 25) },
        classes: n.pinned ? "pinned" : "",
      })),
      ...view.edges.map((e) => ({ group: "edges" as const, data: { ...e, weight: e.claims.length } })),
    ],
  });
  // The shortest path the author marked, marked here too.
  for (const id of applied.path) cy.getElementById(id).addClass("path");
  cy.fit(undefined, 30);
  const { nodes, edges } = applied.graph;
  const edgeList = Object.values(edges);
  cy.on("tap", "node", (event) => {
    const node = nodes[event.target.id() as string];
    if (!node) return;
    show(node.label === "Claim" ? claimPanel(node, nodes, edgeList) : entityPanel(node, nodes, edgeList));
  });
  cy.on("tap", "edge", (event) => {
    const claims = (event.target.data("claims") as string[] | undefined) ?? [];
    const html = claims
      .map((id) => nodes[id])
      .filter((n) => n !== undefined)
      .map((n) => claimPanel(n, nodes, edgeList))
      .join("<hr>");
    if (html) show(html);
  });
  (window as unknown as { __claimgraphExport?: unknown }).__claimgraphExport = { cy, snapshot };
}

main();
