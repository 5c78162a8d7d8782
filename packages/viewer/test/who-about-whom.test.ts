/**
 * The who → whom view (issue 15 item 9), in a real browser: one claim and two claims draw edges of
 * clearly different widths (they were 3.5 and 4.3 px), the count on an edge is as large as a name,
 * the legend lists what the view draws (no claim kinds), turning "Claim" off does not remove every
 * edge, and no person is left lying over an edge between two others.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

let server: RunningViewer;
let browser: Browser;
let page: Page;

const person = (id: string, name: string) => ({ id, label: "Person", labels: ["Person"], name, props: { name } });
const claim = (id: string, kind: string) => ({
  id,
  label: "Claim",
  labels: ["Claim"],
  name: `claim ${id}`,
  props: { text: `claim ${id}`, kind, outlet: "Daily Test" },
});
const said = (who: string, c: string) => ({ id: `s-${c}-${who}`, source: who, target: c, type: "SAID", props: {} });
const about = (c: string, whom: string) => ({
  id: `a-${c}-${whom}`,
  source: c,
  target: whom,
  type: "ABOUT",
  props: {},
});

/** Ann said one thing about Bob, Cy two; Dee stands on the line from Ann to Bob. */
const GRAPH = {
  nodes: [
    person("ann", "Ann Able"),
    person("bob", "Bob Baker"),
    person("cy", "Cy Cole"),
    person("dee", "Dee Dunn"),
    claim("k1", "direct"),
    claim("k2", "indirect"),
    claim("k3", "direct"),
  ],
  edges: [
    said("ann", "k1"),
    about("k1", "bob"),
    said("cy", "k2"),
    about("k2", "bob"),
    said("cy", "k3"),
    about("k3", "bob"),
  ],
};
const PLACES: Record<string, { x: number; y: number }> = {
  ann: { x: 0, y: 0 },
  bob: { x: 400, y: 0 },
  dee: { x: 200, y: 0 },
  cy: { x: 400, y: 300 },
  k1: { x: 200, y: -120 },
  k2: { x: 470, y: 150 },
  k3: { x: 330, y: 150 },
};

/** Loads the graph in the full view, places its nodes, then switches to who → whom with the button. */
async function showWhoView(): Promise<void> {
  await page.locator('[data-testid="view-full"]').click();
  await page.evaluate((graph) => (window as Handle).__claimgraph.actions.graph.replace(graph), GRAPH);
  await page.waitForFunction(() => (window as Handle).__claimgraph.cy.getElementById("k3").nonempty());
  await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
  await page.evaluate((places) => {
    const cy = (window as Handle).__claimgraph.cy;
    for (const [id, p] of Object.entries(places)) cy.getElementById(id).position(p);
    cy.zoom(1);
    cy.center();
  }, PLACES);
  await page.locator('[data-testid="view-who"]').click();
  await page.waitForFunction(() => (window as Handle).__claimgraph.cy.getElementById("k1").empty());
}

interface DrawnEdge {
  id: string;
  width: number;
  label: string;
  fontPx: number;
  weight: string;
}

const whoEdges = (): Promise<DrawnEdge[]> =>
  page.evaluate(() =>
    (window as Handle).__claimgraph.cy
      .edges()
      .map((e: Handle) => ({
        id: e.id(),
        width: e.pstyle("width").pfValue,
        label: String(e.pstyle("label").strValue),
        fontPx: e.pstyle("font-size").pfValue,
        weight: e.pstyle("font-weight").strValue,
      }))
      .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)),
  );

beforeAll(async () => {
  ensureBuiltApp("the who → whom tests");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
  await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("who → whom", () => {
  it("draws two claims at least 1.8 times as wide as one", async () => {
    await showWhoView();
    const [annBob, cyBob] = await whoEdges();
    expect(annBob?.id).toBe("who:ann->bob");
    expect(cyBob?.id).toBe("who:cy->bob");
    expect((cyBob?.width ?? 0) / (annBob?.width ?? 1)).toBeGreaterThanOrEqual(1.8);
  });

  it("writes the claim count on the edge as large as a name, in bold", async () => {
    const edges = await whoEdges();
    expect(edges.map((e) => e.label)).toEqual(["1", "2"]);
    for (const e of edges) {
      expect(e.fontPx).toBeGreaterThanOrEqual(12);
      expect(e.weight).toBe("bold");
    }
  });

  it("lists what the view draws: people, the width key, no claim kinds and no Claim type", async () => {
    const legend = page.locator('[data-testid="legend"]');
    await expect.poll(() => legend.textContent()).toContain("Person");
    const text = await legend.textContent();
    expect(text).not.toMatch(/direct/); // direct, indirect
    expect(await legend.getByRole("button", { name: /^Claim\b/ }).count()).toBe(0);
    expect(await page.locator('[data-testid="who-width-key"]').isVisible()).toBe(true);
  });

  it("keeps its edges when claims were turned off in the full view's legend", async () => {
    await page.locator('[data-testid="view-full"]').click();
    await page
      .locator('[data-testid="legend"]')
      .getByRole("button", { name: /^Claim\b/ })
      .click();
    await page.locator('[data-testid="view-who"]').click();
    await page.waitForFunction(() => (window as Handle).__claimgraph.cy.getElementById("k1").empty());
    expect((await whoEdges()).map((e) => e.id)).toEqual(["who:ann->bob", "who:cy->bob"]);
    await page.locator('[data-testid="view-full"]').click();
    await page
      .locator('[data-testid="legend"]')
      .getByRole("button", { name: /^Claim\b/ })
      .click();
  });

  it("leaves no node lying over an edge it is not part of", async () => {
    await showWhoView();
    const over = await page.evaluate(() => {
      const cy = (window as Handle).__claimgraph.cy;
      const found: string[] = [];
      for (const e of cy.edges()) {
        const a = e.source().position();
        const b = e.target().position();
        for (const n of cy.nodes()) {
          if (n.same(e.source()) || n.same(e.target())) continue;
          const p = n.position();
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
          const d = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
          if (t > 0 && t < 1 && d < n.width() / 2) found.push(`${n.id()} on ${e.id()} (${d.toFixed(1)} px)`);
        }
      }
      return found;
    });
    expect(over).toEqual([]);
  });
});
