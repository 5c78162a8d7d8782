/**
 * pnpm eval:search — does a search for a person's surname put the person first? Issue 13's measure
 * of resolution as an analyst meets it: on whatever graph the Neo4j holds (the PolNeAR train
 * corpus, for the issue), the `--top` most-quoted resolved people (Person nodes with the most SAID
 * edges, no article-scoped `…@article` ones), each searched by surname through the server's own
 * `/api/search` route (Fastify inject: the same Lucene query and ranking the viewer uses).
 *
 *   pnpm eval:search [--uri bolt://…] [--top 20] [--json]
 *   (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD from the environment by default)
 */
import { parseArgs } from "node:util";
import { connectionFromEnv } from "@claimgraph/schema";
import { buildApp } from "../server/app.js";
import { createReader } from "../server/neo4j/reader.js";
import { rankOf, surnameOf } from "./surname-rank.js";

const HELP = `Usage: pnpm eval:search [--uri bolt://host:port] [--top n] [--json]

For the n most-quoted resolved people in the graph (default 20), searches each surname through the
viewer's /api/search and reports where the person ranks. Reads the Neo4j named by --uri, else
NEO4J_URI (credentials from NEO4J_USER / NEO4J_PASSWORD). Ingest a corpus first (pnpm ingest).
`;

const { values } = parseArgs({
  options: {
    uri: { type: "string" },
    top: { type: "string", default: "20" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1 || top > 200) {
  process.stderr.write(`eval:search: --top must be a whole number from 1 to 200, not "${values.top}"\n`);
  process.exit(2);
}

const config = connectionFromEnv(process.env);
const reader = createReader({ ...config, uri: values.uri ?? config.uri });
const app = await buildApp({ reader });
let exit = 0;
try {
  const { records } = await reader.read(
    `MATCH (p:Person)-[:SAID]->(:Claim) WHERE NOT p.id CONTAINS '@'
     WITH p, count(*) AS said ORDER BY said DESC, p.id LIMIT $top
     RETURN p.id AS id, p.name AS name, said`,
    { top },
  );
  if (records.length === 0) throw new Error("no quoted person in the database: ingest a corpus first (pnpm ingest)");
  const rows: { id: string; name: string; said: number; surname: string; rank: number; before: string[] }[] = [];
  for (const r of records) {
    const id = String(r.get("id"));
    const name = String(r.get("name"));
    const surname = surnameOf(name);
    const res = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent(surname)}&limit=10` });
    if (res.statusCode !== 200) throw new Error(`/api/search answered HTTP ${res.statusCode}: ${res.body}`);
    const hits = (res.json() as { hits: { id: string; name: string }[] }).hits;
    const rank = rankOf(hits, id);
    const before = hits.slice(0, rank > 0 ? rank - 1 : hits.length).map((h) => `${h.name} (${h.id})`);
    rows.push({ id, name, said: Number(r.get("said")), surname, rank, before });
  }
  const firsts = rows.filter((r) => r.rank === 1).length;
  if (values.json) process.stdout.write(`${JSON.stringify({ top: rows.length, first: firsts, rows }, null, 2)}\n`);
  else {
    process.stdout.write(`Surname search: ${firsts} of ${rows.length} most-quoted people ranked first\n`);
    for (const r of rows)
      process.stdout.write(
        `  ${r.surname.padEnd(14)} ${r.name.padEnd(24)} ${String(r.said).padStart(5)} claims  rank ${r.rank || "—"}${r.rank === 1 ? "" : `  (after: ${r.before.join(", ")})`}\n`,
      );
  }
} catch (error) {
  process.stderr.write(`eval:search: ${error instanceof Error ? error.message : String(error)}\n`);
  exit = 1;
} finally {
  await app.close();
  await reader.close();
}
process.exit(exit);
