/** Starts the viewer on the fixture graph and opens it in Chromium, waiting for the first graph. */
import type { Browser, Page } from "playwright-core";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
export type Handle = any;

export interface OpenApp {
  server: RunningViewer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openApp(why: string, viewport = { width: 1440, height: 900 }): Promise<OpenApp> {
  ensureBuiltApp(why);
  await loadFixtureGraph();
  const server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
  await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Where an element of the canvas is on the page (a node's centre, an edge's midpoint), at a point
 * where a click reaches the canvas: layouts are random, and a node can land under the selection
 * bar, a notice or off the visible canvas; then the view brings it to the centre, or to another part of
 * the canvas when something covers the centre, as a user would.
 */
export async function onPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  if (!box) throw new Error("no canvas on the page");
  const at = await page.evaluate(
    ({ id, left, top }) => {
      const cy = (window as Handle).__claimgraph.cy;
      const el = cy.getElementById(id);
      if (el.empty()) throw new Error(`${id} is not on the canvas`);
      const where = () => (el.isNode() ? el.renderedPosition() : el.renderedMidpoint());
      const reachable = (p: { x: number; y: number }) =>
        cy.container().contains(document.elementFromPoint(left + p.x, top + p.y));
      if (reachable(where())) return where();
      // as a user would: bring it to the centre, or, when a panel or notice covers that, to another
      // part of the canvas (a quarter of the way in from each side)
      cy.center(el);
      const width = cy.width();
      const height = cy.height();
      const spots = [
        [width / 2, height / 2],
        [width / 4, height / 4],
        [(3 * width) / 4, height / 4],
        [width / 4, (3 * height) / 4],
        [(3 * width) / 4, (3 * height) / 4],
      ];
      for (const [x, y] of spots) {
        const p = where();
        cy.panBy({ x: (x as number) - p.x, y: (y as number) - p.y });
        if (reachable(where())) return where();
      }
      throw new Error(`${id} is covered wherever it is brought on the canvas`);
    },
    { id, left: box.x, top: box.y },
  );
  return { x: box.x + at.x, y: box.y + at.y };
}
