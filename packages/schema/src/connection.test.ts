import { describe, expect, it } from "vitest";
import { connectionFromEnv, DEFAULT_CONNECTION } from "./connection.js";

describe("connectionFromEnv", () => {
  it.each([
    { case: "nothing set: the local database", env: {}, expected: { ...DEFAULT_CONNECTION, database: undefined } },
    {
      case: "every variable",
      env: {
        NEO4J_URI: "neo4j+s://x.databases.neo4j.io",
        NEO4J_USER: "u",
        NEO4J_PASSWORD: "p",
        NEO4J_DATABASE: "news",
      },
      expected: { uri: "neo4j+s://x.databases.neo4j.io", user: "u", password: "p", database: "news" },
    },
    {
      case: "empty values count as unset",
      env: { NEO4J_URI: "", NEO4J_USER: "", NEO4J_PASSWORD: "", NEO4J_DATABASE: "" },
      expected: { ...DEFAULT_CONNECTION, database: undefined },
    },
  ])("$case", ({ env, expected }) => {
    expect(connectionFromEnv(env)).toEqual(expected);
  });
});
