export type { PortState } from "./bolt-probe.js";
export { freePort, probePort } from "./bolt-probe.js";
export type { LocalNeo4jConfig } from "./config.js";
export {
  boltUri,
  DEFAULTS,
  loadDotEnv,
  parseLocalUri,
  REPO_ROOT,
  resolveLocalConfig,
  separateConfig,
} from "./config.js";
export type { Neo4jLocalErrorCode } from "./errors.js";
export { Neo4jLocalError } from "./errors.js";
export { findJava, parseJavaMajor } from "./java.js";
export { ensureLauncher, launcherIsBuilt } from "./launcher-build.js";
export { childPids, isAlive, residentMemoryMb } from "./process-info.js";
export type { LocalNeo4jStatus, RunningNeo4j, StartOptions } from "./server.js";
export { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "./server.js";
