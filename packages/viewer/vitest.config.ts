import { packageProject } from "../../vitest.shared.js";

export default packageProject("viewer", {
  include: [
    "src/**/*.test.ts",
    "src/**/*.test.tsx",
    "server/**/*.test.ts",
    "shared/**/*.test.ts",
    "test/**/*.test.ts",
    "bench/**/*.test.ts",
  ],
  // Stopgap, not a fix. In full runs one of e2e / selection / sharing failed each time and passed
  // alone; the cause of the e2e and selection failures was the canvas moving placed nodes when a node
  // came back with its edges, and hidden nodes staying selected (fixed, test/placed-nodes.test.ts), and
  // the fixture now clears statements too. Three full runs of this project without retries
  // (2026-12-01, load 9–20) then passed e2e, selection and sharing every time, but
  // server/hardening.test.ts did not: its search-under-load limit (8.4 s > 5 s) and, once, an
  // OutOfMemoryError in the test database's Bolt thread (512 MB heap) that broke every later query.
  // Two retries stay until those tests hold on a loaded machine; a test failing three times still fails CI.
  retry: 2,
});
