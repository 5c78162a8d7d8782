/** Codes a caller can branch on; every error also carries a sentence telling the user what to do. */
export type Neo4jLocalErrorCode =
  | "PORT_IN_USE"
  | "JAVA_MISSING"
  | "MAVEN_MISSING"
  | "LAUNCHER_BUILD_FAILED"
  | "START_FAILED"
  | "START_TIMEOUT"
  | "NOT_RUNNING"
  | "BAD_CONFIG";

export class Neo4jLocalError extends Error {
  readonly code: Neo4jLocalErrorCode;
  readonly hint: string;

  constructor(code: Neo4jLocalErrorCode, message: string, hint: string) {
    super(message);
    this.name = "Neo4jLocalError";
    this.code = code;
    this.hint = hint;
  }
}
