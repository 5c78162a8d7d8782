/**
 * End to end: the seed article ingested through the real pipeline into the test Neo4j, the built
 * app served by the real server, driven in headless Chromium. Screenshots go to artifacts/screenshots/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { connect, ingest, resetClaimGraph } from "@claimgraph/ingest";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp, PACKAGE_DIR } from "./built-app.js";
import { testConnection } from "./fixture-graph.js";

const REPO_ROOT = path.resolve(PACKAGE_DIR, "..", "..");
const SHOTS = path.join(REPO_ROOT, "artifacts", "screenshots");

let driver: Driver;
let server: RunningViewer;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Runs a function against the page's Cytoscape instance (exposed as window.__claimgraph.cy). */
// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuiltApp("the end-to-end tests");
  const connection = testConnection();
  driver = await connect(connection);
  await resetClaimGraph(driver);
  // Corrections outlive --reset and every ingest applies them: records left by a neighbouring test
  // file would reshape the seed graph this file expects.
  await driver.executeQuery("MATCH (c:Correction) DETACH DELETE c");
  const summary = await ingest({ inputs: [path.join(REPO_ROOT, "seeds")], driver, connection });
  expect(summary.failures ?? []).toEqual([]);
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

describe("the explorer in a real browser", () => {
  it("opens on an overview with the most quoted speakers drawn on the canvas", async () => {
    await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
      timeout: 20_000,
    });
    const speakers = await page.locator('[data-testid="top-speakers"] li').count();
    expect(speakers).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => (window as Handle).__claimgraph.cy.nodes().length);
    expect(drawn).toBeGreaterThan(speakers);
    await shot("01-overview");
  });

  it("finds Matthew Dunn by search, shows his claims, and highlights a quote in its paragraph", async () => {
    await page.fill('[data-testid="search-input"]', "Dunn");
    const hit = page.locator('[data-testid="search-hit"]', { hasText: "Matthew Dunn" }).first();
    await hit.waitFor();
    await shot("02-search");
    await hit.click();
    const details = page.locator('[data-testid="entity-details"]');
    await details.waitFor();
    expect(await details.locator("h2").textContent()).toBe("Matthew Dunn");
    const claims = details.locator('[data-testid="claims-made"] [data-testid="claim-link"]');
    expect(await claims.count()).toBeGreaterThan(0);
    await shot("03-matthew-dunn");

    await claims.first().click();
    const mark = page.locator('[data-testid="quote-highlight"]');
    await mark.waitFor();
    const claimId = await page.evaluate(() => (window as Handle).__claimgraph.stores.details.get().selection.id);
    // Opening a claim also puts it on the canvas (fetching it with its neighbours when it is not there
    // yet, then laying them out) and focuses it. Wait for all of that: a fetch or a layout animation
    // still in flight would land in the next test.
    await page.waitForFunction(
      (id) => {
        const handle = (window as Handle).__claimgraph;
        return handle.stores.graph.get().focus === id && handle.cy.getElementById(id).nonempty();
      },
      claimId,
      { timeout: 10_000 },
    );
    await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 15_000 });
    const stored = await driver.executeQuery(
      "MATCH (c:Claim {id: $id})-[r:REPORTED_IN]->(a:Article) RETURN c.text AS text, substring(a.text, r.start, r.end - r.start) AS slice",
      { id: claimId },
    );
    const record = stored.records[0];
    expect(await mark.textContent()).toBe(record?.get("text"));
    expect(record?.get("slice")).toBe(record?.get("text"));
    await shot("04-claim-highlighted");
  });

  it("expands a node after showing its neighbour counts, without moving the nodes already placed", async () => {
    // Take the article off the canvas, so that expanding Dunn's MENTIONED_IN brings a new node.
    await page.evaluate(() => {
      const handle = (window as Handle).__claimgraph;
      const articles = Object.values(handle.stores.graph.get().nodes as Record<string, { id: string; label: string }>)
        .filter((n) => n.label === "Article")
        .map((n) => n.id);
      handle.actions.graph.remove(articles);
    });
    await page.waitForFunction(
      () =>
        (window as Handle).__claimgraph.cy
          .nodes()
          .filter((n: Handle) => n.data("label") === "Article")
          .empty(),
      null,
      { timeout: 10_000 },
    );
    await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 15_000 }); // all placed
    const before = await page.evaluate(() => {
      const cy = (window as Handle).__claimgraph.cy;
      const out: Record<string, { x: number; y: number }> = {};
      for (const n of cy.nodes()) out[n.id()] = { ...n.position() };
      const dunn = cy.nodes().filter((n: Handle) => n.data("name") === "Matthew Dunn")[0];
      return { positions: out, at: dunn.renderedPosition(), id: dunn.id() };
    });
    const box = await page.locator('[data-testid="canvas"]').boundingBox();
    await page.mouse.dblclick((box?.x ?? 0) + before.at.x, (box?.y ?? 0) + before.at.y);
    const menu = page.locator('[data-testid="expand-menu"]');
    await menu.waitFor();
    const said = menu.locator('[data-testid="expand-MENTIONED_IN-out"]');
    await said.waitFor();
    const stored = await driver.executeQuery(
      "MATCH (:Person {id: $id})-[:MENTIONED_IN]->(a:Article) RETURN count(a) AS n",
      {
        id: before.id,
      },
    );
    expect(await said.locator(".count").textContent()).toBe(String(stored.records[0]?.get("n")));
    const articlesBefore = await page.evaluate(
      () => (window as Handle).__claimgraph.cy.nodes().filter((n: Handle) => n.data("label") === "Article").length,
    );
    expect(articlesBefore).toBe(0); // nothing but this expansion may bring the article back
    await said.click();
    await page.waitForFunction(
      () =>
        (window as Handle).__claimgraph.cy
          .nodes()
          .filter((x: Handle) => x.data("label") === "Article")
          .nonempty(),
      null,
      { timeout: 15_000 },
    );
    // The incremental layout (and its animation) has finished when the canvas says so.
    await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 15_000 });
    const after = await page.evaluate(() => {
      const out: Record<string, { x: number; y: number }> = {};
      for (const n of (window as Handle).__claimgraph.cy.nodes()) out[n.id()] = { ...n.position() };
      return out;
    });
    const moved = Object.entries(before.positions)
      .filter(([id, p]) => {
        const q = after[id];
        return !q || Math.hypot(q.x - p.x, q.y - p.y) > 1;
      })
      .map(([id, p]) => ({ id, from: p, to: after[id] ?? null }));
    expect(moved).toEqual([]);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before.positions).length);
    await shot("05-expanded");
  });

  it("draws the who-about-whom edge Matthew Dunn → Donald Trump and lists its claims", async () => {
    await page.click('[data-testid="view-who"]');
    const edge = await page.waitForFunction(
      () => {
        const cy = (window as Handle).__claimgraph.cy;
        const e = cy
          .edges()
          .filter(
            (x: Handle) => x.source().data("name") === "Matthew Dunn" && x.target().data("name") === "Donald Trump",
          );
        return e.length === 1 ? { id: e.id(), weight: e.data("weight"), at: e.renderedMidpoint() } : null;
      },
      null,
      { timeout: 10_000 },
    );
    const { weight, at } = (await edge.jsonValue()) as { weight: number; at: { x: number; y: number } };
    expect(weight).toBeGreaterThan(0);
    await page.evaluate(() => (window as Handle).__claimgraph.cy.nodes().length);
    const box = await page.locator('[data-testid="canvas"]').boundingBox();
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    const edgeDetails = page.locator('[data-testid="edge-details"]');
    await edgeDetails.waitFor();
    expect(await edgeDetails.locator("h2").textContent()).toBe("Matthew Dunn → Donald Trump");
    expect(await edgeDetails.locator('[data-testid="claim-link"]').count()).toBe(weight);
    await shot("06-who-about-whom");
    await page.click('[data-testid="view-full"]');
  });

  async function typeQuery(query: string) {
    await page.click('[data-testid="tab-query"]');
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(query);
    await page.click('[data-testid="run-query"]');
  }

  it("runs a Cypher query and shows the result as a table and on the canvas", async () => {
    const query = "MATCH (s:Person)-[r:SAID]->(c:Claim)\nRETURN s, r, c, s.name AS speaker ORDER BY c.id LIMIT 25";
    await typeQuery(query);
    // A result with nodes opens on its graph; the table is one click away.
    await page.locator('[data-testid="query-result"] .tabs button', { hasText: "Table" }).click();
    const table = page.locator('[data-testid="result-table"]');
    await table.waitFor();
    const expected = (await driver.executeQuery(query)).records.map((r) => ({
      speaker: r.get("s").properties.id as string,
      claim: r.get("c").properties.id as string,
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(await table.locator("tbody tr").count()).toBe(expected.length);
    expect(await table.locator("thead th").allTextContents()).toEqual(["s", "r", "c", "speaker"]);
    const graphTab = page.locator('[data-testid="query-result"] .tabs button', { hasText: "Graph" });
    expect(await graphTab.textContent()).toMatch(/Graph · [1-9]\d* nodes, [1-9]\d* edges/);
    await graphTab.click();
    await page.locator('[data-testid="result-graph"]').waitFor();
    // Every speaker and claim of the result is drawn, each claim joined to its speaker.
    const missing = await page.evaluate((pairs: { speaker: string; claim: string }[]) => {
      const cy = (window as Handle).__claimgraph.cy;
      return pairs.filter(({ speaker, claim }) => {
        const s = cy.getElementById(speaker);
        const c = cy.getElementById(claim);
        return s.empty() || c.empty() || s.edgesTo(c).empty();
      });
    }, expected);
    expect(missing).toEqual([]);
    await shot("07-cypher");
  });

  it("refuses a write query with a clear message and changes nothing", async () => {
    const count = async () =>
      Number((await driver.executeQuery("MATCH (n:Person) RETURN count(n) AS n")).records[0]?.get("n"));
    const before = await count();
    await typeQuery("CREATE (p:Person {id: 'person:intruder', name: 'Intruder'}) RETURN p");
    const error = page.locator('[data-testid="query-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain("read-only");
    expect(await count()).toBe(before);
    await shot("08-write-refused");
  });
  it("asks /api/entity once when a search hit not on the canvas is picked, and draws it", async () => {
    await page.evaluate(() => (window as Handle).__claimgraph.actions.graph.replace({ nodes: [], edges: [] }));
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (new URL(request.url()).pathname === "/api/entity") asked.push(request.url());
    };
    page.on("request", onRequest);
    await page.fill('[data-testid="search-input"]', "Dunn");
    const hit = page.locator('[data-testid="search-hit"]', { hasText: "Matthew Dunn" }).first();
    await hit.waitFor();
    await hit.click();
    await page.locator('[data-testid="entity-details"] h2', { hasText: "Matthew Dunn" }).waitFor();
    await page.waitForFunction(() => {
      const handle = (window as Handle).__claimgraph;
      const focus = handle.stores.graph.get().focus;
      return focus !== null && handle.cy.getElementById(focus).nonempty();
    });
    page.off("request", onRequest);
    expect(asked).toHaveLength(1);
  });
});
