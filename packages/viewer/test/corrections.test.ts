/**
 * Analyst corrections in the details panel, in headless Chromium against the real server and the
 * test Neo4j: "also written as" and the possible matches with their evidence, merge with…, undo,
 * reject and confirm a possible match, split a mention off.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp, PACKAGE_DIR } from "./built-app.js";
import { testConnection } from "./fixture-graph.js";
import { loadResolutionFixture, SCOPED_OBAMA } from "./resolution-fixture.js";

const SHOTS = path.join(PACKAGE_DIR, "..", "..", "artifacts", "screenshots");

let server: RunningViewer;
let browser: Browser;
let page: Page;
let driver: Driver;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuiltApp("the corrections browser tests");
  await loadResolutionFixture();
  const connection = testConnection();
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  server = await startViewerServer({ port: 0, neo4j: connection, staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

const details = () => page.locator('[data-testid="entity-details"]');
const resolution = () => page.locator('[data-testid="resolution"]');

async function open(query: string, name: string) {
  await page.fill('[data-testid="search-input"]', query);
  const hit = page
    .locator('[data-testid="search-hit"]')
    .filter({ has: page.locator(".hit-name", { hasText: new RegExp(`^${name}$`) }) })
    .first();
  await hit.waitFor();
  await hit.click();
  await details()
    .locator("h2", { hasText: new RegExp(`^${name}$`) })
    .waitFor();
  await resolution().waitFor();
}

const count = async (pattern: string) =>
  (await driver.executeQuery(`MATCH ${pattern} RETURN count(*) AS n`)).records[0]?.get("n").toNumber() as number;

describe("corrections in the details panel", () => {
  it("merges Joseph Biden into Joe Biden with merge with…, lists the correction, and undoes it", async () => {
    await open("Joseph", "Joseph Biden");
    await page.fill('[data-testid="analyst-name"]', "Ana Lyst");
    await page.click('[data-testid="merge-with"]');
    await page.fill('[data-testid="merge-query"]', "Joe");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="merge-candidate"]', { hasText: "Joe Biden" }).click();
    await page.click('[data-testid="merge-confirm"]');
    await details()
      .locator("h2", { hasText: /^Joe Biden$/ })
      .waitFor();
    await resolution().locator('[data-testid="correction"]').first().waitFor();
    expect(await resolution().locator('[data-testid="also-written-as"]').textContent()).toBe(
      "Also written as: Joseph Biden",
    );
    expect(await resolution().locator('[data-testid="correction"]').first().textContent()).toContain(
      "Merged Joseph Biden into Joe Biden",
    );
    expect(await resolution().textContent()).toContain("analyst: merged Joseph Biden into Joe Biden");
    expect(await count("(:Person {id: 'person:joseph biden'})")).toBe(0);
    const by = await driver.executeQuery("MATCH (c:Correction) RETURN c.by AS by, c.kind AS kind");
    expect(by.records.map((r) => [r.get("kind"), r.get("by")])).toEqual([["merge", "Ana Lyst"]]);
    await page.screenshot({ path: path.join(SHOTS, "corrections-merged.png") });

    await page.click('[data-testid="undo-correction"]');
    await resolution().locator('[data-testid="correction"]', { hasText: "(undone)" }).waitFor();
    expect(await count("(:Person {id: 'person:joseph biden'})-[:MENTIONED_IN]->()")).toBe(1);
    expect(await resolution().locator('[data-testid="also-written-as"]').count()).toBe(0);
  });

  it("shows a kept short form's possible matches with their evidence; rejects one and confirms the other", async () => {
    await open("Obama", "Obama");
    const matches = resolution().locator('[data-testid="possible-matches"] li');
    expect(await matches.count()).toBe(2);
    expect(await matches.first().textContent()).toContain("Barack Obama");
    expect(await matches.first().textContent()).toContain("67% · surname Obama; 2 full names with that surname");
    await page.screenshot({ path: path.join(SHOTS, "corrections-possible.png") });

    await matches.filter({ hasText: "Michelle Obama" }).locator('[data-testid="reject-match"]').click();
    await resolution().locator('[data-testid="correction"]', { hasText: "Rejected Obama = Michelle Obama" }).waitFor();
    expect(await matches.count()).toBe(1);

    await matches.filter({ hasText: "Barack Obama" }).locator('[data-testid="confirm-match"]').click();
    await details().locator("h2", { hasText: "Barack Obama" }).waitFor();
    await resolution().locator('[data-testid="mention"]', { hasText: "Obama on the campaign" }).waitFor();
    expect(await count(`(:Person {id: '${SCOPED_OBAMA}'})`)).toBe(0);
  });

  it("splits one article's mention off into a node of its own", async () => {
    await open("Barack", "Barack Obama");
    const mention = resolution().locator('[data-testid="mention"]', { hasText: "Obama speaks in Chicago" });
    await mention.locator('[data-testid="split-mention"]').click();
    await details().locator("h2", { hasText: "Barack Obama" }).waitFor();
    await resolution().locator('[data-testid="correction"]', { hasText: "Split Barack Obama off" }).waitFor();
    expect(await resolution().locator('[data-testid="mention"]').count()).toBe(1);
    expect(await resolution().locator('[data-testid="split-mention"]').count()).toBe(0);
    expect(await count("(p:Person) WHERE p.id STARTS WITH 'person:barack obama@'")).toBe(1);
  });
});
