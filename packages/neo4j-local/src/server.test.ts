import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./bolt-probe.js";
import { type LocalNeo4jConfig, resolveLocalConfig } from "./config.js";
import { localNeo4jStatus, type RunningNeo4j, startLocalNeo4j, stopLocalNeo4j } from "./server.js";

/** One start may take up to startLocalNeo4j's own limit (180 s) on a busy machine; a stop up to 60 s. */
const START_MS = 180_000;
const STOP_MS = 60_000;

const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-neo4j-local-"));
const started: { config: LocalNeo4jConfig; start: Promise<RunningNeo4j> }[] = [];

/** startLocalNeo4j (detached, as `pnpm db:start` does), remembered so that afterAll stops it whatever happened. */
function start(config: LocalNeo4jConfig): Promise<RunningNeo4j> {
  const promise = startLocalNeo4j({ config });
  started.push({ config, start: promise });
  return promise;
}

// A test that failed or timed out half way must not leave a JVM behind: wait for starts still in
// flight, then stop every server these tests may have started.
afterAll(
  async () => {
    await Promise.allSettled(started.map((s) => s.start));
    for (const { config } of started) await stopLocalNeo4j(config).catch(() => false);
    rmSync(scratch, { recursive: true, force: true });
  },
  START_MS + STOP_MS * 2,
);

describe("local Neo4j", () => {
  it(
    "starts, stores a node over Bolt, and keeps it across a stop and restart",
    async () => {
      const port = await freePort();
      const config = resolveLocalConfig(
        {},
        { port, stateDir: path.join(scratch, "state"), dataDir: path.join(scratch, "data") },
      );
      const first = await start(config);
      expect(first.reused).toBe(false);
      const marker = `restart-${Date.now()}`;
      let driver = neo4j.driver(first.uri, neo4j.auth.basic(first.user, first.password));
      await driver.executeQuery("CREATE (:LauncherProbe {marker: $marker})", { marker });
      // An ingest's statements are not planned again every 10 s while it grows the graph (README).
      const replan = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.min_replan_interval' RETURN value",
      );
      expect(replan.records.map((r) => r.get("value"))).toEqual(["5m"]);
      await driver.close();

      const again = await start(config);
      expect(again.reused).toBe(true);
      expect(again.pid).toBe(first.pid);
      expect((await localNeo4jStatus(config)).running).toBe(true);

      expect(await stopLocalNeo4j(config)).toBe(true);
      const stopped = await localNeo4jStatus(config);
      expect(stopped.running).toBe(false);
      expect(stopped.port).toBe("closed");

      const second = await start(config);
      expect(second.pid).not.toBe(first.pid);
      driver = neo4j.driver(second.uri, neo4j.auth.basic(second.user, second.password));
      try {
        const { records } = await driver.executeQuery("MATCH (p:LauncherProbe) RETURN p.marker AS marker");
        expect(records.map((r) => r.get("marker"))).toEqual([marker]);
      } finally {
        await driver.close();
        await second.stop();
      }
      expect((await localNeo4jStatus(config)).running).toBe(false);
    },
    2 * START_MS + 2 * STOP_MS,
  );

  it("refuses clearly when another program holds the port", async () => {
    const blocker = net.createServer((socket) => socket.end("HTTP/1.1 400 Bad Request\r\n\r\n"));
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const config = resolveLocalConfig(
        {},
        { port, stateDir: path.join(scratch, "blocked"), dataDir: path.join(scratch, "blocked-data") },
      );
      await expect(start(config)).rejects.toMatchObject({
        code: "PORT_IN_USE",
        message: expect.stringContaining(`127.0.0.1:${port} is already in use by another program`),
        hint: expect.stringContaining("NEO4J_BOLT_PORT="),
      });
    } finally {
      blocker.close();
    }
  });

  it("refuses a port held by a Neo4j it did not start, and says how to use that one", async () => {
    const uri = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
    expect(uri, "the global test setup provides a running Neo4j").toBeTruthy();
    const port = Number(new URL(uri ?? "").port);
    const config = resolveLocalConfig(
      {},
      { port, stateDir: path.join(scratch, "foreign"), dataDir: path.join(scratch, "foreign-data") },
    );
    await expect(start(config)).rejects.toMatchObject({
      code: "PORT_IN_USE",
      message: expect.stringContaining("another Neo4j"),
      hint: expect.stringContaining(`NEO4J_URI=bolt://127.0.0.1:${port}`),
    });
  });
});
