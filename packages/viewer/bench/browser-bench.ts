/**
 * In-page measurements (run inside the app's page through window.__claimgraph.cy): pan/zoom
 * frames per second on a synthetic graph, and fcose layout time. Plain functions serialised
 * into the page by Playwright, so they must not close over anything.
 */

export interface SyntheticArgs {
  nodes: number;
  edges: number;
  /** With positions the graph is drawn as is; without, the app lays it out (whole-graph fcose). */
  positions: boolean;
}

/**
 * Puts a random graph on the canvas through the app's own graph store (as a query result would
 * arrive), and resolves when it is drawn, or laid out when it came without positions.
 */
export function loadSynthetic(
  args: SyntheticArgs,
): Promise<{ nodes: number; edges: number; webgl: boolean; layoutMs: number | null }> {
  // biome-ignore lint/suspicious/noExplicitAny: page-side handle
  const handle = (window as any).__claimgraph;
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const side = Math.sqrt(args.nodes) * 60;
  const labels = ["Person", "Organization", "Claim", "Article"];
  const nodes: Array<Record<string, unknown>> = [];
  const positions: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < args.nodes; i++) {
    const label = labels[i % 4];
    nodes.push({ id: `n${i}`, label, labels: [label], name: `Node ${i}`, props: {} });
    positions[`n${i}`] = { x: rand() * side, y: rand() * side };
  }
  const edges: Array<Record<string, unknown>> = [];
  for (let j = 0; j < args.edges; j++) {
    const s = Math.floor(rand() * args.nodes);
    const t = (s + 1 + Math.floor(rand() * 40)) % args.nodes;
    edges.push({ id: `e${j}`, source: `n${s}`, target: `n${t}`, type: "SAID", props: {} });
  }
  const graph = handle.actions.graph;
  graph.replace({ nodes: [], edges: [] });
  if (args.positions) graph.positions(positions);
  return new Promise((resolve) => {
    const started = performance.now();
    const done = (layoutMs: number | null) => {
      const cy = handle.cy;
      cy.fit(undefined, 20);
      resolve({ nodes: cy.nodes().length, edges: cy.edges().length, webgl: Boolean(cy.renderer()?.webgl), layoutMs });
    };
    if (!args.positions) handle.cy.one("layoutstop", () => done(Math.round(performance.now() - started)));
    graph.add({ nodes, edges });
    if (args.positions) requestAnimationFrame(() => done(null));
  });
}

/**
 * Lets pointer events pass through the elements, so a drag pans the viewport rather than moving a
 * node: the measurement is about drawing, not about the app reacting to clicks on fake nodes.
 */
export function passThrough(): void {
  // biome-ignore lint/suspicious/noExplicitAny: page-side handle
  (window as any).__claimgraph.cy.elements().style("events", "no");
}

/** Counts animation frames until stopFrames() is called. */
export function startFrames(): void {
  // biome-ignore lint/suspicious/noExplicitAny: page-side state
  const w = window as any;
  w.__benchFrames = { frames: 0, start: performance.now(), running: true };
  const tick = () => {
    if (!w.__benchFrames.running) return;
    w.__benchFrames.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): { fps: number; frames: number; ms: number } {
  // biome-ignore lint/suspicious/noExplicitAny: page-side state
  const state = (window as any).__benchFrames;
  state.running = false;
  const ms = performance.now() - state.start;
  return { fps: Math.round((state.frames / ms) * 10_000) / 10, frames: state.frames, ms: Math.round(ms) };
}
