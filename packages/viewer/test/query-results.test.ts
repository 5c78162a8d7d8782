/**
 * Cypher results and completion (issue 15, the rest of item 7), in a real browser on the fixture
 * graph: nodes, relationships and maps read as Cypher writes them (not raw JSON), the table can be
 * widened past the side panel and scrolls, completion offers a variable's own properties and never
 * internal keys (_lock, _new), and its popup stays inside the window.
 */
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";

let server: RunningViewer;
let browser: Browser;
let page: Page;

async function typeQuery(query: string): Promise<void> {
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

beforeAll(async () => {
  ensureBuiltApp("the query result tests");
  await loadFixtureGraph();
  const connection = testConnection();
  // Internal keys the loader uses exist as property keys in a real database: make sure they do here.
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    await driver.executeQuery("CREATE (x:QueryResultsTmp {_lock: 1, _new: true}) DELETE x");
  } finally {
    await driver.close();
  }
  server = await startViewerServer({ port: 0, neo4j: connection, staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(server.url);
  await page.click('[data-testid="tab-query"]');
  await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Cypher results", () => {
  it("shows the same rows as boxed text and as JSON, and downloads them as CSV and JSON", async () => {
    const query =
      "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name AS speaker, count(c) AS claims ORDER BY claims DESC, speaker";
    const connection = testConnection();
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    const expected = await driver
      .executeQuery(query)
      .then((r) => r.records.map((x) => ({ speaker: x.get("speaker") as string, claims: Number(x.get("claims")) })))
      .finally(() => driver.close());
    expect(expected.length).toBeGreaterThan(1);
    await typeQuery(query);
    await page.click('[data-testid="run-query"]');
    await page.locator('[data-testid="result-tab-text"]').click();
    const text = (await page.locator('[data-testid="result-text"]').textContent()) ?? "";
    const lines = text.split("\n");
    expect(lines).toHaveLength(expected.length + 4); // top rule, header, rule, rows, bottom rule
    expect(lines[1]).toMatch(/^│speaker\s*│claims│$/);
    const speakerWidth = (lines[1] ?? "").indexOf("│", 1) - 1;
    expect(lines[3]).toBe(`│${expected[0]?.speaker.padEnd(speakerWidth)}│${String(expected[0]?.claims).padEnd(6)}│`);

    await page.locator('[data-testid="result-tab-json"]').click();
    const json = JSON.parse((await page.locator('[data-testid="result-json"]').textContent()) ?? "null");
    expect(json).toEqual(expected);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="result-download-csv"]')]);
    expect(csv.suggestedFilename()).toBe("cypher-result.csv");
    const csvText = readFileSync((await csv.path()) as string, "utf8").split("\r\n");
    expect(csvText[0]).toBe("speaker,claims");
    expect(csvText.slice(1)).toEqual(
      expected.map((r) => `${/[",]/.test(r.speaker) ? `"${r.speaker.replaceAll('"', '""')}"` : r.speaker},${r.claims}`),
    );
    const [jsonFile] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="result-download-json"]'),
    ]);
    expect(JSON.parse(readFileSync((await jsonFile.path()) as string, "utf8"))).toEqual(expected);
  });

  it("shows nodes, relationships and maps readably, not as raw JSON", async () => {
    await typeQuery(
      "MATCH (p:Person {id: 'person:matthew dunn'})-[r:SAID]->(c:Claim) RETURN p, r, {kind: c.kind, n: 1} AS m, [1, 2] AS l LIMIT 1",
    );
    await page.click('[data-testid="run-query"]');
    await page.locator('[data-testid="result-graph"]').waitFor();
    await page.click('[data-testid="result-tab-table"]');
    const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator("td");
    await cells.first().waitFor();
    const [node, rel, map, list] = await cells.allTextContents();
    expect(node).toMatch(/^\(:Person/);
    expect(node).toContain('name: "Matthew Dunn"');
    expect(node).not.toContain('"properties"');
    expect(rel).toMatch(/^\[:SAID/);
    expect(map).toMatch(/^\{kind: "(direct|indirect|mixed)", n: 1\}$/);
    expect(list).toBe("[1, 2]");
  });

  it("lets the table be widened past the side panel, and scroll", async () => {
    const before = await page.locator('[data-testid="query-result"]').boundingBox();
    await page.click('[data-testid="result-expand"]');
    const wrap = page.locator('[data-testid="result-table"]');
    await page.waitForFunction(
      (w) => (document.querySelector('[data-testid="query-result"]')?.getBoundingClientRect().width ?? 0) > w + 200,
      before?.width ?? 0,
      { timeout: 5_000 },
    );
    const overflow = await wrap.evaluate((t) => getComputedStyle(t.parentElement as Element).overflowX);
    expect(overflow).toBe("auto");
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      (w) => (document.querySelector('[data-testid="query-result"]')?.getBoundingClientRect().width ?? 0) <= w + 1,
      before?.width ?? 0,
      { timeout: 5_000 },
    );
  });

  it("completes a variable's properties, without internal keys, in a popup inside the window", async () => {
    await typeQuery("MATCH (p:Person) RETURN p.");
    await page.keyboard.press("Control+Space");
    const popup = page.locator(".cm-tooltip-autocomplete");
    await popup.waitFor({ timeout: 5_000 });
    const options = await popup.locator("li").allTextContents();
    expect(options.some((o) => o.startsWith("name"))).toBe(true);
    expect(options.some((o) => o.startsWith("_"))).toBe(false);
    // Person has no `text` or `title`: the options are Person's own properties.
    expect(options.some((o) => o.startsWith("title"))).toBe(false);
    const box = await popup.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Escape");
  });

  it("never offers internal keys, even where the variable's label is unknown", async () => {
    await typeQuery("MATCH (n) RETURN n._");
    await page.keyboard.press("Control+Space");
    const popup = page.locator(".cm-tooltip-autocomplete");
    const shown = await popup.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (shown) expect((await popup.locator("li").allTextContents()).filter((o) => o.startsWith("_"))).toEqual([]);
    await page.keyboard.press("Escape");
  });
});
