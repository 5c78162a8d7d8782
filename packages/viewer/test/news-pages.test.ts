/**
 * Saved news pages end to end (issue 16): the 20 fixture pages of @claimgraph/ingest (invented
 * stories in real page layouts, with JSON-LD / Open Graph / <time> metadata) are ingested as .html
 * files, and in headless Chromium the timeline shows their dates and "Colour by outlet" colours
 * their claims by the outlet each page names. Test file only: the viewer itself is unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connect, ingest, NEWS_FIXTURES, resetClaimGraph } from "@claimgraph/ingest";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { ensureBuiltApp } from "./built-app.js";
import { testConnection } from "./fixture-graph.js";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(PACKAGE_DIR, "dist");

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

let driver: Driver;
let server: RunningViewer;
let browser: Browser;
let page: Page;
let work = "";

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "claimgraph-news-pages-"));
  ensureBuiltApp("the news-pages test");
  for (const fixture of NEWS_FIXTURES) writeFileSync(path.join(work, `${fixture.name}.html`), fixture.html);
  const connection = testConnection();
  driver = await connect(connection);
  await resetClaimGraph(driver);
  const summary = await ingest({ inputs: [work], driver, connection });
  expect(summary.failures ?? []).toEqual([]);
  expect(summary.articles.new).toBe(NEWS_FIXTURES.length);
  server = await startViewerServer({ port: 0, neo4j: connection, staticDir: DIST });
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(server.url);
  await page.waitForFunction(
    () => ((window as Handle).__claimgraph?.cy?.nodes('[label = "Claim"]').length ?? 0) > 0,
    null,
    {
      timeout: 30_000,
    },
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resetClaimGraph(driver).catch(() => {});
  await driver?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("saved news pages in the viewer", () => {
  it("the articles carry outlet, authors and date, and the timeline shows dated claims", async () => {
    const articles = (
      await driver.executeQuery(
        "MATCH (a:Article) RETURN a.source AS source, a.authors AS authors, a.publishedAt AS date",
      )
    ).records.map((r) => r.toObject());
    expect(articles).toHaveLength(NEWS_FIXTURES.length);
    expect(articles.every((a) => /^2028-/.test(a.date) && a.authors.length > 0)).toBe(true);
    expect(articles.filter((a) => a.source).length).toBe(NEWS_FIXTURES.filter((f) => f.expected.source).length);
    await expect
      .poll(() => page.locator('[data-testid="timeline-bars"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await page.getByText("No dated claims").count()).toBe(0);
  });

  it("colour by outlet gives the claims of different outlets different colours, and the legend names them", async () => {
    await page.locator("select:has(option[value='outlet'])").selectOption("outlet");
    const colours = async () =>
      page.evaluate(() => {
        const byOutlet: Record<string, string[]> = {};
        const handle = (window as Handle).__claimgraph;
        const stored = handle.stores.graph.get().nodes;
        for (const node of handle.cy.nodes('[label = "Claim"]')) {
          const outlet = stored[node.id()]?.props?.outlet;
          if (typeof outlet !== "string" || !outlet) continue;
          byOutlet[outlet] ??= [];
          byOutlet[outlet].push(node.style("background-color"));
        }
        return byOutlet;
      });
    await expect.poll(async () => Object.keys(await colours()).length, { timeout: 15_000 }).toBeGreaterThan(1);
    const byOutlet = await colours();
    const first = Object.values(byOutlet).map((list) => list[0]);
    expect(new Set(first).size).toBe(first.length);
    for (const list of Object.values(byOutlet)) expect(new Set(list).size).toBe(1);
    const outlets = [...new Set(NEWS_FIXTURES.map((f) => f.expected.source).filter(Boolean))];
    const legend =
      (await page
        .locator(".legend-group")
        .filter({ has: page.locator(".legend-title", { hasText: /^Outlets$/ }) })
        .textContent()) ?? "";
    expect(outlets.some((outlet) => legend.includes(outlet as string))).toBe(true);
  });
});
