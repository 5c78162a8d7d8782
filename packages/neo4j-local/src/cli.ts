#!/usr/bin/env node
import { parseArgs } from "node:util";
import { loadDotEnv, resolveLocalConfig } from "./config.js";
import { Neo4jLocalError } from "./errors.js";
import { findJava } from "./java.js";
import { ensureLauncher } from "./launcher-build.js";
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "./server.js";

const HELP = `claimgraph-neo4j: run claimgraph's local Neo4j (Community 5.26, from Maven Central)

Usage:
  pnpm db:start     start it in the background (or reuse the one already running)
  pnpm db:stop      stop it gracefully; the data stays
  pnpm db:status    running or not, pid, memory, address, data folder
  claimgraph-neo4j prepare   check Java and fetch the Neo4j jars (done by pnpm start/test)

Environment (a .env file at the repository root may set these):
  NEO4J_URI           bolt://127.0.0.1:7687   a local URI sets the port used here
  NEO4J_BOLT_PORT     7687
  NEO4J_USER          neo4j
  NEO4J_PASSWORD      claimgraph
  NEO4J_DATA_DIR      .claimgraph/neo4j/data
  NEO4J_HEAP_MB       512     NEO4J_PAGECACHE_MB  64
  NEO4J_JAVA          path to a Java 17–21 binary (default: JAVA_HOME, PATH, /usr/lib/jvm)
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, json: { type: "boolean" }, quiet: { type: "boolean" } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 1;
  }
  loadDotEnv();
  const config = resolveLocalConfig();
  switch (command) {
    case "prepare": {
      findJava();
      await ensureLauncher(values.quiet ? () => {} : (line) => console.log(line));
      return 0;
    }
    case "start": {
      const server = await startLocalNeo4j({ config, log: (line) => console.log(line) });
      if (server.reused) console.log(`Neo4j is already running on ${server.uri} (pid ${server.pid}).`);
      console.log(`Data: ${config.dataDir}`);
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j(config);
      console.log(stopped ? "Neo4j stopped; the data is kept." : "The local Neo4j was not running.");
      return 0;
    }
    case "status": {
      const status = await localNeo4jStatus(config);
      if (values.json) {
        console.log(JSON.stringify(status));
      } else if (status.running) {
        console.log(
          `running  ${status.uri}  pid ${status.pid}  ${status.residentMb ?? "?"} MiB resident  since ${status.startedAt}`,
        );
        console.log(`data     ${status.dataDir}\nlog      ${status.logFile}`);
      } else {
        const other =
          status.port === "closed"
            ? ""
            : ` (port is used by ${status.port === "bolt" ? "another Bolt server" : "another program"})`;
        console.log(`stopped  ${status.uri}${other}\ndata     ${status.dataDir}`);
      }
      return status.running ? 0 : 3;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof Neo4jLocalError) {
      process.stderr.write(`Error: ${error.message}\n${error.hint}\n`);
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`Error: ${error.message}\n\n${HELP}`);
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exit(1);
  },
);
