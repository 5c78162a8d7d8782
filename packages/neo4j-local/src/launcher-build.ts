import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { LAUNCHER_DIR } from "./config.js";
import { Neo4jLocalError } from "./errors.js";

export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, "target", "neo4j-launcher.jar");
const LAUNCHER_SOURCES = [
  path.join(LAUNCHER_DIR, "pom.xml"),
  path.join(LAUNCHER_DIR, "src", "main", "java", "claimgraph", "neo4j", "Launcher.java"),
  path.join(LAUNCHER_DIR, "src", "main", "java", "claimgraph", "neo4j", "Supervisor.java"),
];

/** Class path for `java -cp`: the launcher jar and the Neo4j jars Maven copied beside it. */
export function launcherClassPath(): string {
  return [LAUNCHER_JAR, path.join(LAUNCHER_DIR, "target", "lib", "*")].join(path.delimiter);
}

export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(path.join(LAUNCHER_DIR, "target", "lib"))) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return LAUNCHER_SOURCES.every((file) => statSync(file).mtimeMs <= built);
}

/**
 * Builds the launcher and copies Neo4j's jars from Maven Central into launcher/target/lib (once;
 * later runs reuse them). `log` receives one line per step.
 */
export async function ensureLauncher(log: (line: string) => void = () => {}): Promise<void> {
  if (launcherIsBuilt()) return;
  const mvn = process.env.MVN ?? "mvn";
  if (spawnSync(mvn, ["-v"], { encoding: "utf8" }).error) {
    throw new Neo4jLocalError(
      "MAVEN_MISSING",
      "Maven is needed once, to fetch Neo4j Community 5.26 from Maven Central.",
      "Install Maven (Debian: apt-get install maven), or set NEO4J_URI to a Neo4j you already run.",
    );
  }
  log("Fetching Neo4j Community 5.26 from Maven Central and building the launcher (first run only)…");
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(mvn, ["-q", "-B", "-DskipTests", "-f", path.join(LAUNCHER_DIR, "pom.xml"), "package"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("close", (status) => resolve(status ?? 1));
    child.on("error", () => resolve(1));
  });
  if (code !== 0) {
    const tail = output.join("").trim().split("\n").slice(-15).join("\n");
    throw new Neo4jLocalError(
      "LAUNCHER_BUILD_FAILED",
      `Maven could not build the Neo4j launcher (exit ${code}):\n${tail}`,
      "Check that Maven Central is reachable (mvn -v; ~/.m2/settings.xml), then run `pnpm db:start` again.",
    );
  }
  log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
