import { describe, expect, it } from "vitest";
import { parseLocalUri, resolveLocalConfig } from "./config.js";
import { parseJavaMajor } from "./java.js";

describe("parseLocalUri", () => {
  it.each([
    ["bolt://127.0.0.1:7687", { host: "127.0.0.1", port: 7687 }],
    ["neo4j://localhost:7700", { host: "127.0.0.1", port: 7700 }],
    ["bolt://localhost", { host: "127.0.0.1", port: 7687 }],
    ["neo4j+s://abc.databases.neo4j.io", null],
    ["bolt://db.example.com:7687", null],
    ["not a uri", null],
  ])("%s → %j", (uri, expected) => {
    expect(parseLocalUri(uri)).toEqual(expected);
  });
});

describe("resolveLocalConfig", () => {
  it("takes the port from a local NEO4J_URI and credentials from the environment", () => {
    const config = resolveLocalConfig({
      NEO4J_URI: "bolt://localhost:7999",
      NEO4J_USER: "u",
      NEO4J_PASSWORD: "secretpw",
    });
    expect(config).toMatchObject({ host: "127.0.0.1", port: 7999, user: "u", password: "secretpw" });
  });

  it.each([
    ["NEO4J_BOLT_PORT", "70000"],
    ["NEO4J_HEAP_MB", "lots"],
    ["NEO4J_PAGECACHE_MB", "-1"],
  ])("rejects %s=%s naming the variable", (key, value) => {
    expect(() => resolveLocalConfig({ [key]: value })).toThrow(key);
  });
});

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_401"', 8],
    ['openjdk version "25.0.1" 2025-10-21 LTS', 25],
    ["garbage", null],
  ])("%s → %s", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});
