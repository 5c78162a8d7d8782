/**
 * Claims readable on the canvas (issue 15 item 6), in a real browser on the fixture graph: a claim
 * is drawn large enough to hit, its caption shows at the zoom the overview opens at (not only past
 * 1.25) and is not cut at ~22 characters, and hovering a node shows its whole text in a tooltip.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { FIXTURE_CLAIMS, loadFixtureGraph, testConnection } from "./fixture-graph.js";

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

let server: RunningViewer;
let browser: Browser;
let page: Page;

// The longest fixture claim: 80 characters.
const LONG = FIXTURE_CLAIMS[2] as (typeof FIXTURE_CLAIMS)[number];

beforeAll(async () => {
  ensureBuiltApp("the canvas caption tests");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction((id) => (window as Handle).__claimgraph?.cy?.getElementById(id).nonempty(), LONG.id, {
    timeout: 30_000,
  });
  await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How a claim is drawn at a zoom: its size on screen, its caption and whether the caption shows. */
function claimAt(zoom: number) {
  return page.evaluate(
    ({ id, zoom }) => {
      const cy = (window as Handle).__claimgraph.cy;
      cy.zoom(zoom);
      const node = cy.getElementById(id);
      const fontPx = node.pstyle("font-size").pfValue * cy.zoom();
      return {
        width: node.renderedWidth(),
        caption: String(node.pstyle("label").strValue),
        wrap: String(node.pstyle("text-wrap").strValue),
        shows: fontPx >= node.pstyle("min-zoomed-font-size").pfValue,
      };
    },
    { id: LONG.id, zoom },
  );
}

describe("claims on the canvas", () => {
  it("draws a claim large enough to see and hit at zoom 1", async () => {
    expect((await claimAt(1)).width).toBeGreaterThanOrEqual(20);
  });

  it("shows a claim's caption from zoom 0.8, not only past 1.25", async () => {
    expect((await claimAt(0.8)).shows).toBe(true);
    expect((await claimAt(1)).shows).toBe(true);
  });

  it("captions a claim with more than its first 22 characters, wrapped", async () => {
    const drawn = await claimAt(1);
    expect(drawn.caption.replace(/…$/, "").length).toBeGreaterThanOrEqual(60);
    expect(LONG.text.startsWith(drawn.caption.replace(/…$/, "").trim())).toBe(true);
    expect(drawn.wrap).toBe("wrap");
  });

  it("shows the whole text in a tooltip on hover", async () => {
    const at = await page.evaluate((id) => {
      const cy = (window as Handle).__claimgraph.cy;
      cy.zoom(1);
      cy.center(cy.getElementById(id));
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, LONG.id);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('[data-testid="canvas-tooltip"]');
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.textContent()).toContain(LONG.text);
    expect(await tooltip.textContent()).toContain("Stephanie Carvin");
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: "hidden", timeout: 5_000 });
  });
});
