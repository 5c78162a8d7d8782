/**
 * The local server survives what took it down in issue 10: a query that exhausts the heap is a
 * failed transaction (no -XX:+ExitOnOutOfMemoryError), a database JVM that dies anyway is started
 * again by the supervisor with its data, LOAD CSV reads no file, and stopping leaves no JVM behind.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, probePort } from "./bolt-probe.js";
import { separateConfig } from "./config.js";
import { childPids, isAlive, sleep } from "./process-info.js";
import { logFile, type RunningNeo4j, startLocalNeo4j } from "./server.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-supervisor-"));
let server: RunningNeo4j | undefined;
let driver: Driver;
let config: ReturnType<typeof separateConfig>;

beforeAll(async () => {
  config = separateConfig(path.join(scratch, "state"), await freePort(), "supervised-test", { heapMb: 384 });
  server = await startLocalNeo4j({ config, attached: true, timeoutMs: 240_000 });
  driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

const databasePid = () => childPids(server?.pid ?? -1)[0];

describe("supervised local Neo4j", () => {
  it("runs the database as a child of the supervisor", () => {
    expect(server?.reused).toBe(false);
    expect(databasePid()).toBeGreaterThan(0);
  });

  it("refuses LOAD CSV from a file URL at the database itself", async () => {
    const secret = path.join(scratch, "secret.csv");
    writeFileSync(secret, "top,secret\n");
    const session = driver.session();
    try {
      await expect(session.run(`LOAD CSV FROM 'file://${secret}' AS r RETURN r`)).rejects.toThrow(
        /allow_csv_import_from_file_urls/,
      );
    } finally {
      await session.close();
    }
  });

  it("limits what one transaction may hold", async () => {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max'] RETURN name, value ORDER BY name",
    );
    const values = Object.fromEntries(records.map((r) => [r.get("name"), r.get("value")]));
    // 384 MB heap: a quarter per transaction, half for all of them.
    expect(values).toEqual({
      "db.memory.transaction.max": "96.00MiB",
      "dbms.memory.transaction.total.max": "192.00MiB",
    });
  });

  it("answers a heap-exhausting query with an error and keeps running", async () => {
    const before = databasePid();
    const session = driver.session();
    try {
      await expect(session.run('RETURN size(reduce(s = "x", i IN range(1, 40) | s + s)) AS n')).rejects.toMatchObject({
        code: expect.stringMatching(/OutOfMemory|MemoryLimit|MemoryPool/),
      });
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    expect(records[0]?.get("one").toNumber()).toBe(1);
    expect(databasePid()).toBe(before);
  }, 120_000);

  it("starts the database again when it is killed, with its data", async () => {
    await driver.executeQuery("CREATE (:SupervisorProbe {marker: 'kept'})");
    const killed = databasePid() as number;
    process.kill(killed, "SIGKILL");
    await until("the killed database to be gone", () => !isAlive(killed), 30_000);
    await until(
      "a new database process",
      () => {
        const pid = databasePid();
        return pid !== undefined && pid !== killed;
      },
      60_000,
    );
    await until(
      "Bolt to answer again",
      async () => (await probePort(config.host, config.port, 1000)) === "bolt",
      180_000,
    );
    const fresh = neo4j.driver(server?.uri ?? "", neo4j.auth.basic(config.user, config.password));
    try {
      await until(
        "the database to serve queries",
        () =>
          fresh.executeQuery("MATCH (p:SupervisorProbe) RETURN p.marker AS m").then(
            (r) => r.records[0]?.get("m") === "kept",
            () => false,
          ),
        120_000,
      );
    } finally {
      await fresh.close();
    }
    expect(readFileSync(logFile(config), "utf8")).toMatch(/NEO4J_RESTARTING the database exited with code 137/);
  }, 400_000);

  it("stops the supervisor and its database together", async () => {
    const supervisor = server?.pid as number;
    const database = databasePid() as number;
    const running = server as RunningNeo4j;
    server = undefined;
    expect(await running.stop()).toBe(true);
    // A second stop finds nothing of its own to stop, and says so (pnpm start's Ctrl-C message).
    expect(await running.stop()).toBe(false);
    expect(isAlive(supervisor)).toBe(false);
    expect(isAlive(database)).toBe(false);
  }, 120_000);
});
