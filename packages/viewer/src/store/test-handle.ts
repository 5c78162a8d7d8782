/**
 * `window.__claimgraph`: a read-only handle for end-to-end tests and benchmarks (the Cytoscape
 * instance and the stores). It only exposes objects the page already holds; it grants nothing.
 */
export function exposeHandle(part: Record<string, unknown>): void {
  if (typeof window === "undefined") return;
  const w = window as unknown as { __claimgraph?: Record<string, unknown> };
  w.__claimgraph = Object.freeze({ ...(w.__claimgraph ?? {}), ...part });
}
