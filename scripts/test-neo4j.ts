// Vitest global setup: gives every test file a real Neo4j. NEO4J_TEST_URI (+ NEO4J_TEST_USER,
// NEO4J_TEST_PASSWORD) points the tests at a server you run; otherwise the project starts its own
// local Neo4j on a test port with a separate data folder, so `pnpm test` never touches the data
// that `pnpm start` loaded. Tests read CLAIMGRAPH_TEST_NEO4J_{URI,USER,PASSWORD}.
import path from "node:path";
import { loadDotEnv, REPO_ROOT, separateConfig, startLocalNeo4j } from "../packages/neo4j-local/src/index.js";

export default async function setup(): Promise<() => Promise<void>> {
  loadDotEnv();
  if (process.env.NEO4J_TEST_URI) {
    process.env.CLAIMGRAPH_TEST_NEO4J_URI = process.env.NEO4J_TEST_URI;
    process.env.CLAIMGRAPH_TEST_NEO4J_USER = process.env.NEO4J_TEST_USER ?? "neo4j";
    process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? "claimgraph";
    return async () => {};
  }
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
  const stateDir = path.join(REPO_ROOT, ".claimgraph", `neo4j-test-${port}`);
  const config = separateConfig(stateDir, port, "claimgraph-test");
  const server = await startLocalNeo4j({
    config,
    attached: true,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  process.env.CLAIMGRAPH_TEST_NEO4J_URI = server.uri;
  process.env.CLAIMGRAPH_TEST_NEO4J_USER = server.user;
  process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD = server.password;
  return () => server.stop();
}
