import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Neo4jLocalError } from "./errors.js";

export interface JavaRuntime {
  path: string;
  major: number;
}

/** Neo4j 5.26 runs on Java 17 and 21; newer JDKs are not supported by that line. */
const SUPPORTED = (major: number) => major >= 17 && major <= 21;

/** Major version from `java -version` output: 'openjdk version "17.0.15"' → 17, '"1.8.0_1"' → 8. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function probe(javaPath: string): JavaRuntime | null {
  const result = spawnSync(javaPath, ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return null;
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  return major === null ? null : { path: javaPath, major };
}

function candidates(env: Record<string, string | undefined>): string[] {
  const list: string[] = [];
  if (env.NEO4J_JAVA) list.push(env.NEO4J_JAVA);
  if (env.JAVA_HOME) list.push(path.join(env.JAVA_HOME, "bin", "java"));
  list.push("java");
  const jvmDir = "/usr/lib/jvm";
  if (existsSync(jvmDir)) {
    for (const name of readdirSync(jvmDir).sort()) list.push(path.join(jvmDir, name, "bin", "java"));
  }
  return list;
}

/** The first Java 17–21 among NEO4J_JAVA, JAVA_HOME, PATH and /usr/lib/jvm. */
export function findJava(env: Record<string, string | undefined> = process.env): JavaRuntime {
  const seen: string[] = [];
  for (const candidate of candidates(env)) {
    const runtime = probe(candidate);
    if (!runtime) continue;
    if (SUPPORTED(runtime.major)) return runtime;
    seen.push(`${candidate} (Java ${runtime.major})`);
  }
  throw new Neo4jLocalError(
    "JAVA_MISSING",
    seen.length > 0
      ? `No Java 17–21 found for Neo4j 5.26; found only ${seen.join(", ")}.`
      : "No Java runtime found; the local Neo4j needs Java 17 or 21.",
    "Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_JAVA to its java binary, or set NEO4J_URI to a Neo4j you already run.",
  );
}
