import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { probePort } from "./bolt-probe.js";
import { boltUri, type LocalNeo4jConfig, resolveLocalConfig } from "./config.js";
import { Neo4jLocalError } from "./errors.js";
import { findJava } from "./java.js";
import { ensureLauncher, launcherClassPath } from "./launcher-build.js";
import { commandLine, isAlive, residentMemoryMb, sleep } from "./process-info.js";

const SUPERVISOR_CLASS = "claimgraph.neo4j.Supervisor";
/** Both our classes start with this: how a pid is recognised as our server. */
const OUR_CLASSES = "claimgraph.neo4j.";

/**
 * The database JVM's flags: Neo4j's own neo4j.conf set, plus small, explicit memory settings. Unlike
 * neo4j.conf, no -XX:+ExitOnOutOfMemoryError: Neo4j turns an OutOfMemoryError in a query into a failed
 * transaction and stays up, so one bad read from the viewer does not take the database down. If the
 * error hits Neo4j's own machinery instead, the database panics, the launcher exits, and the
 * supervisor starts it again.
 */
export function jvmArgs(config: LocalNeo4jConfig): string[] {
  return [
    `-Xms${Math.min(256, config.heapMb)}m`,
    `-Xmx${config.heapMb}m`,
    "-XX:+UseG1GC",
    ...flightRecording(process.env.NEO4J_JFR_FILE),
    "-XX:-OmitStackTraceInFastThrow",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
  ];
}

/**
 * NEO4J_JFR_FILE=<path>: the database records a Java Flight Recording (CPU samples with deep stacks)
 * into that file when it stops — where its time goes during an ingest (\`jfr print --stack-depth 300
 * --events jdk.ExecutionSample <path>\`). Off unless set.
 */
function flightRecording(file: string | undefined): string[] {
  if (!file) return [];
  return ["-XX:FlightRecorderOptions:stackdepth=400", `-XX:StartFlightRecording=settings=profile,filename=${file}`];
}

/** The supervisor only starts and watches the database JVM: a small heap is plenty. */
const SUPERVISOR_JVM_ARGS = ["-Xmx32m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"];

interface PidRecord {
  pid: number;
  host: string;
  port: number;
  dataDir: string;
  startedAt: string;
  attached: boolean;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** True when a server this project had already started was found and reused. */
  reused: boolean;
  /** Milliseconds from spawning the JVM until Bolt answered (0 when reused). */
  startupMs: number;
  /**
   * Stops the server if this call started it; a reused server is left running. Resolves true when
   * it stopped a running server, false when there was nothing of its own left to stop.
   */
  stop(): Promise<boolean>;
}

export interface StartOptions {
  config?: LocalNeo4jConfig;
  /** Attached: the JVM exits when this Node process exits (test mode). Detached: it outlives us. */
  attached?: boolean;
  timeoutMs?: number;
  log?: (line: string) => void;
}

const pidFile = (config: LocalNeo4jConfig) => path.join(config.stateDir, "neo4j.pid.json");
export const logFile = (config: LocalNeo4jConfig) => path.join(config.stateDir, "neo4j.log");

function readPidRecord(config: LocalNeo4jConfig): PidRecord | null {
  try {
    const record = JSON.parse(readFileSync(pidFile(config), "utf8")) as PidRecord;
    return typeof record.pid === "number" ? record : null;
  } catch {
    return null;
  }
}

/** The pid record, if the process it names is alive and is our launcher. Stale records are removed. */
function ownServer(config: LocalNeo4jConfig): PidRecord | null {
  const record = readPidRecord(config);
  if (!record) return null;
  if (isAlive(record.pid) && commandLine(record.pid)?.includes(OUR_CLASSES)) return record;
  rmSync(pidFile(config), { force: true });
  return null;
}

function portInUse(config: LocalNeo4jConfig, state: "bolt" | "other"): Neo4jLocalError {
  const what = state === "bolt" ? "another Neo4j (a Bolt server this project did not start)" : "another program";
  return new Neo4jLocalError(
    "PORT_IN_USE",
    `Cannot start the local Neo4j: ${config.host}:${config.port} is already in use by ${what}.`,
    state === "bolt"
      ? `To use that server, set NEO4J_URI=${boltUri(config)} (and NEO4J_USER/NEO4J_PASSWORD). To run claimgraph's own, stop it or pick another port, e.g. NEO4J_BOLT_PORT=${config.port + 1}.`
      : `Stop the program on port ${config.port}, or pick another port, e.g. NEO4J_BOLT_PORT=${config.port + 1}.`,
  );
}

async function waitForBolt(config: LocalNeo4jConfig, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if ((await probePort(config.host, config.port, 1000)) === "bolt") return true;
    await sleep(200);
  }
  return false;
}

function reuse(config: LocalNeo4jConfig, record: PidRecord): RunningNeo4j {
  return {
    uri: boltUri(config),
    user: config.user,
    password: config.password,
    pid: record.pid,
    reused: true,
    startupMs: 0,
    stop: async () => false,
  };
}

/**
 * Starts claimgraph's local Neo4j (or reuses the one it already started) and resolves once Bolt
 * answers. Refuses when the port belongs to something else.
 */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<RunningNeo4j> {
  const config = options.config ?? resolveLocalConfig();
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 180_000;
  mkdirSync(config.stateDir, { recursive: true });
  mkdirSync(config.dataDir, { recursive: true });

  const existing = ownServer(config);
  if (existing && existing.port === config.port && existing.host === config.host) {
    if (await waitForBolt(config, Date.now() + timeoutMs)) return reuse(config, existing);
  }
  const state = await probePort(config.host, config.port);
  if (state !== "closed") throw portInUse(config, state);

  const java = findJava();
  await ensureLauncher(log);

  const logPath = logFile(config);
  const logOffset = existsSync(logPath) ? statSync(logPath).size : 0;
  const logFd = openSync(logPath, "a");
  const env = {
    ...process.env,
    NEO4J_HOME_DIR: config.dataDir,
    NEO4J_HOST: config.host,
    NEO4J_BOLT_PORT: String(config.port),
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    NEO4J_PAGECACHE_MB: String(config.pageCacheMb),
    NEO4J_WATCH_STDIN: options.attached ? "1" : "0",
    CLAIMGRAPH_CHILD_JVM_ARGS: jvmArgs(config).join("\n"),
  };
  const args = [...SUPERVISOR_JVM_ARGS, "-cp", launcherClassPath(), SUPERVISOR_CLASS];
  const started = Date.now();
  const child: ChildProcess = spawn(java.path, args, {
    cwd: config.stateDir,
    env,
    detached: !options.attached,
    stdio: options.attached ? ["pipe", logFd, logFd] : ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) {
    throw new Neo4jLocalError("START_FAILED", `Could not run ${java.path}.`, "Check NEO4J_JAVA / JAVA_HOME.");
  }
  if (!options.attached) child.unref();
  const record: PidRecord = {
    pid,
    host: config.host,
    port: config.port,
    dataDir: config.dataDir,
    startedAt: new Date(started).toISOString(),
    attached: Boolean(options.attached),
  };
  writeFileSync(pidFile(config), `${JSON.stringify(record, null, 2)}\n`);

  const outcome = await waitForReadyLine(logPath, logOffset, pid, started + timeoutMs);
  if (outcome.kind !== "ready" || !(await waitForBolt(config, started + timeoutMs))) {
    await terminate(pid, 10_000);
    rmSync(pidFile(config), { force: true });
    const reason =
      outcome.kind === "failed" ? outcome.reason : outcome.kind === "exited" ? "the JVM exited" : "timed out";
    throw new Neo4jLocalError(
      outcome.kind === "timeout" ? "START_TIMEOUT" : "START_FAILED",
      `The local Neo4j did not start (${reason}).`,
      `See the log: ${logPath}`,
    );
  }
  const startupMs = Date.now() - started;
  log(`Neo4j is up on ${boltUri(config)} after ${(startupMs / 1000).toFixed(1)} s (pid ${pid}).`);
  return {
    uri: boltUri(config),
    user: config.user,
    password: config.password,
    pid,
    reused: false,
    startupMs,
    stop: async () => {
      const wasRunning = isAlive(pid);
      if (options.attached) child.stdin?.end();
      await terminate(pid, 60_000);
      const current = readPidRecord(config);
      if (current?.pid === pid) rmSync(pidFile(config), { force: true });
      return wasRunning;
    },
  };
}

type ReadyOutcome = { kind: "ready" } | { kind: "failed"; reason: string } | { kind: "exited" } | { kind: "timeout" };

async function waitForReadyLine(logPath: string, offset: number, pid: number, deadline: number): Promise<ReadyOutcome> {
  while (Date.now() < deadline) {
    const text = readFileSync(logPath, "utf8").slice(offset);
    if (text.includes("NEO4J_READY")) return { kind: "ready" };
    const failed = /NEO4J_FAILED (.*)/.exec(text);
    if (failed) return { kind: "failed", reason: failed[1] ?? "unknown" };
    if (!isAlive(pid)) return { kind: "exited" };
    await sleep(100);
  }
  return { kind: "timeout" };
}

/** SIGTERM (Neo4j's shutdown hook closes the store cleanly), then SIGKILL after the grace period. */
async function terminate(pid: number, graceMs: number): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Stops the server this project started; false when none was running. */
export async function stopLocalNeo4j(config: LocalNeo4jConfig = resolveLocalConfig()): Promise<boolean> {
  const record = ownServer(config);
  if (!record) return false;
  await terminate(record.pid, 60_000);
  rmSync(pidFile(config), { force: true });
  return true;
}

export interface LocalNeo4jStatus {
  running: boolean;
  uri: string;
  pid?: number;
  residentMb?: number | null;
  startedAt?: string;
  dataDir: string;
  logFile: string;
  /** What answers on the port when our server is not running. */
  port: "bolt" | "other" | "closed";
}

export async function localNeo4jStatus(config: LocalNeo4jConfig = resolveLocalConfig()): Promise<LocalNeo4jStatus> {
  const record = ownServer(config);
  const port = await probePort(config.host, config.port);
  const base = { uri: boltUri(config), dataDir: config.dataDir, logFile: logFile(config), port };
  if (!record) return { running: false, ...base };
  return {
    running: port === "bolt",
    pid: record.pid,
    residentMb: residentMemoryMb(record.pid),
    startedAt: record.startedAt,
    ...base,
  };
}
