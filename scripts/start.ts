// pnpm start: the main job. Uses NEO4J_URI when it answers, otherwise starts claimgraph's local
// Neo4j; ingests seeds/ (a no-op when already loaded); serves the viewer and prints its address.
// Ctrl-C stops the viewer and, if this run started it, the local Neo4j (the data stays).
import path from "node:path";
import { parseArgs } from "node:util";
import { connectionFromEnv, IngestError, ingest } from "@claimgraph/ingest";
import {
  type LocalNeo4jConfig,
  loadDotEnv,
  localNeo4jStatus,
  Neo4jLocalError,
  parseLocalUri,
  REPO_ROOT,
  type RunningNeo4j,
  resolveLocalConfig,
  startLocalNeo4j,
} from "@claimgraph/neo4j-local";
import { startViewerServer } from "@claimgraph/viewer/server";
import neo4j from "neo4j-driver";

const HELP = `pnpm start [-- --port N] [--host H] [--no-ingest] [inputs…]

Starts Neo4j (NEO4J_URI if it answers, else claimgraph's local one), ingests seeds/ (or the given
files/dirs), serves the viewer and prints its address. Ctrl-C stops everything it started.

Environment (.env at the repository root may set these):
  NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD   an existing Neo4j (default: the local one on bolt://127.0.0.1:7687)
  CLAIMGRAPH_PORT                          the viewer's port (default 5173)
  CLAIMGRAPH_HOST                          the viewer's address (default 127.0.0.1)
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: "boolean", short: "h" },
    port: { type: "string" },
    host: { type: "string" },
    "no-ingest": { type: "boolean" },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const say = (line: string) => console.log(`[claimgraph] ${line}`);

async function reachable(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 5000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

interface Database {
  uri: string;
  user: string;
  password: string;
  local?: RunningNeo4j;
  config?: LocalNeo4jConfig;
}

async function database(): Promise<Database> {
  // The one connection config (@claimgraph/schema): NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
  const uri = process.env.NEO4J_URI;
  const { user, password } = connectionFromEnv();
  if (uri && (await reachable(uri, user, password))) {
    say(`Using the Neo4j at ${uri}.`);
    return { uri, user, password };
  }
  if (uri && !parseLocalUri(uri)) {
    say(`NEO4J_URI=${uri} does not answer; starting claimgraph's local Neo4j instead.`);
  }
  const config = resolveLocalConfig(
    uri && !parseLocalUri(uri) ? { ...process.env, NEO4J_URI: undefined } : process.env,
  );
  say(
    `Starting the local Neo4j on bolt://${config.host}:${config.port} (data in ${path.relative(REPO_ROOT, config.dataDir)})…`,
  );
  const local = await startLocalNeo4j({ config, attached: true, log: say });
  if (local.reused) say(`Reusing the local Neo4j already running (pid ${local.pid}).`);
  return { uri: local.uri, user: local.user, password: local.password, local, config };
}

async function main(): Promise<void> {
  loadDotEnv();
  const db = await database();
  const connection = { uri: db.uri, user: db.user, password: db.password, database: connectionFromEnv().database };

  if (!values["no-ingest"]) {
    const inputs = positionals.length > 0 ? positionals : [path.join(REPO_ROOT, "seeds")];
    say(`Ingesting ${inputs.map((p) => path.relative(REPO_ROOT, p) || p).join(", ")}…`);
    const summary = await ingest({ inputs, connection });
    const a = summary.articles;
    say(
      `Articles: ${a.new} new, ${a.unchanged} unchanged, ${a.replaced} replaced, ${a.failed} failed. ` +
        `The graph holds ${summary.graph.articles} articles, ${summary.graph.people} people, ` +
        `${summary.graph.organizations} organizations, ${summary.graph.claims} claims.`,
    );
    for (const failure of summary.failures)
      say(`  ${failure.origin}: ${failure.error}${failure.hint ? ` ${failure.hint}` : ""}`);
  }

  const port = Number(values.port ?? process.env.CLAIMGRAPH_PORT ?? 5173);
  const host = values.host ?? process.env.CLAIMGRAPH_HOST ?? "127.0.0.1";
  const viewer = await startViewerServer({ port, host, neo4j: connection });
  say(`The viewer is ready: ${viewer.url}  (Ctrl-C to stop)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await viewer.close();
    if (db.local && !db.local.reused) {
      const stopped = await db.local.stop();
      // The server this run started may have been stopped and another started (pnpm db:start):
      // say what is true of the one running now rather than claim it stopped.
      const now = db.config ? await localNeo4jStatus(db.config) : null;
      if (now?.running) {
        say(`A local Neo4j started elsewhere (pid ${now.pid}, pnpm db:start) keeps running; pnpm db:stop stops it.`);
      } else {
        say(stopped ? "Neo4j stopped; the data is kept." : "Neo4j had already stopped; the data is kept.");
      }
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("Ctrl-C"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof Neo4jLocalError) {
    console.error(`Error: ${error.message}\n${error.hint}`);
  } else if (error instanceof IngestError || (error instanceof Error && /already in use/.test(error.message))) {
    console.error(`Error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
