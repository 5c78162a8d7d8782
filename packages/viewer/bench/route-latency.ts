/**
 * The viewer API's latency on whatever graph a Neo4j holds, for other benches (pnpm bench:scale runs
 * it as a child process, so ingest never imports the viewer): search (a surname), entity details
 * and relation counts of the `--sample` most mentioned people, each through the server's own routes
 * (Fastify inject: routing, validation, Cypher, serialisation; no sockets). Prints one JSON object
 * `{search, details, counts}`, each `{n, p50, p95, max}` in ms.
 *
 *   node --conditions=source --import tsx packages/viewer/bench/route-latency.ts --uri bolt://… [--sample 40]
 *   (NEO4J_USER / NEO4J_PASSWORD from the environment)
 */
import { parseArgs } from "node:util";
import { buildApp } from "../server/app.js";
import { createReader } from "../server/neo4j/reader.js";
import { summary } from "./stats.js";

const { values } = parseArgs({ options: { uri: { type: "string" }, sample: { type: "string", default: "40" } } });
if (!values.uri) {
  console.error("route-latency: --uri bolt://host:port is required (NEO4J_USER / NEO4J_PASSWORD from the environment)");
  process.exit(2);
}
const reader = createReader({
  uri: values.uri,
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD ?? "claimgraph",
});
const app = await buildApp({ reader });
try {
  const { records } = await reader.read(
    `MATCH (e:Person)-[:MENTIONED_IN]->() WITH e, count(*) AS m ORDER BY m DESC, e.id LIMIT $n
     RETURN e.id AS id, e.name AS name`,
    { n: Number(values.sample) },
  );
  const people = records.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) }));
  if (people.length === 0) throw new Error("route-latency: no person in the database; ingest something first");
  const routes: Record<string, (p: { id: string; name: string }) => string> = {
    search: (p) => `/api/search?q=${encodeURIComponent(p.name.split(" ").at(-1) ?? p.name)}`,
    details: (p) => `/api/entity?id=${encodeURIComponent(p.id)}`,
    counts: (p) => `/api/node/counts?id=${encodeURIComponent(p.id)}`,
  };
  const out: Record<string, ReturnType<typeof summary>> = {};
  for (const [name, url] of Object.entries(routes)) {
    const times: number[] = [];
    for (const [i, p] of [people[0], ...people].entries()) {
      const started = performance.now();
      const res = await app.inject({ method: "GET", url: url(p as { id: string; name: string }) });
      if (res.statusCode !== 200)
        throw new Error(`route-latency: ${name} answered HTTP ${res.statusCode}: ${res.body}`);
      if (i > 0) times.push(performance.now() - started); // the first is a warm-up
    }
    out[name] = summary(times);
  }
  console.log(JSON.stringify(out));
} finally {
  await app.close();
  await reader.close();
}
