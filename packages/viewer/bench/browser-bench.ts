/**
 * In-page measurements (run inside the app's page through window.__claimgraph.cy): pan/zoom
 * frames per second on a synthetic graph, and fcose layout time. Plain functions serialised
 * into the page by Playwright, so they must not close over anything.
 */

export interface FpsArgs {
  nodes: number;
  edges: number;
  seconds: number;
}

/** Replaces the canvas with a random graph (preset positions), then pans and zooms every frame. */
export function panZoomFps(args: FpsArgs): Promise<{ fps: number; frames: number; nodes: number; edges: number }> {
  // biome-ignore lint/suspicious/noExplicitAny: page-side handle
  const cy = (window as any).__claimgraph.cy;
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const side = Math.sqrt(args.nodes) * 60;
  const elements = [];
  const labels = ["Person", "Organization", "Claim", "Article"];
  const colours = ["#4e79a7", "#f28e2b", "#8c9a7a", "#9c755f"];
  for (let i = 0; i < args.nodes; i++) {
    const k = i % 4;
    elements.push({
      group: "nodes",
      data: { id: `n${i}`, label: labels[k], name: `Node ${i}`, colour: colours[k], size: 20 + (i % 7) * 3 },
      position: { x: rand() * side, y: rand() * side },
    });
  }
  for (let j = 0; j < args.edges; j++) {
    const s = Math.floor(rand() * args.nodes);
    const t = (s + 1 + Math.floor(rand() * 40)) % args.nodes;
    elements.push({
      group: "edges",
      data: { id: `e${j}`, source: `n${s}`, target: `n${t}`, type: "SAID", width: 1.5, weight: 0 },
    });
  }
  cy.elements().remove();
  cy.add(elements);
  cy.fit(undefined, 20);
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const z0 = cy.zoom();
    const step = (now: number) => {
      const t = (now - start) / 1000;
      cy.viewport({
        zoom: z0 * (1.6 + 0.6 * Math.sin(t * 2)),
        pan: { x: -200 + 150 * Math.cos(t), y: -200 + 150 * Math.sin(t) },
      });
      frames++;
      if (t < args.seconds) requestAnimationFrame(step);
      else
        resolve({
          fps: Math.round((frames / t) * 10) / 10,
          frames,
          nodes: cy.nodes().length,
          edges: cy.edges().length,
        });
    };
    requestAnimationFrame(step);
  });
}

/** fcose over the whole canvas as the app runs it for a first graph; resolves with the time taken. */
export function layoutTime(args: { nodes: number }): Promise<{ ms: number; nodes: number }> {
  // biome-ignore lint/suspicious/noExplicitAny: page-side handle
  const cy = (window as any).__claimgraph.cy;
  return new Promise((resolve) => {
    const started = performance.now();
    const layout = cy.layout({
      name: "fcose",
      quality: args.nodes > 800 ? "draft" : "default",
      animate: false,
      randomize: true,
      fit: true,
      nodeRepulsion: 6500,
      idealEdgeLength: 90,
      numIter: args.nodes > 800 ? 1200 : 2500,
    });
    layout.one("layoutstop", () => resolve({ ms: Math.round(performance.now() - started), nodes: cy.nodes().length }));
    layout.run();
  });
}
