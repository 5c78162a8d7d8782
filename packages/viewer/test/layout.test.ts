/**
 * The page layout from 360 to 2560 px wide (issue 15 item 2), in a real browser on the fixture
 * graph: no panel is zero-sized or overlaps another, nothing is cut (the view switch reads in
 * full), the page never scrolls sideways, and the first graph is drawn large enough for its
 * captions. Screenshots at 400, 1024 and 1920 go to artifacts/screenshots/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp, PACKAGE_DIR } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

const SHOTS = path.join(PACKAGE_DIR, "..", "..", "artifacts", "screenshots");

let server: RunningViewer;
let browser: Browser;

/** The regions of the page that must each have a size and never lie over one another. */
const REGIONS = {
  topbar: ".topbar",
  canvas: '[data-testid="canvas"]',
  timeline: '[data-testid="timeline"]',
  legend: '[data-testid="legend"]',
  panel: ".panel",
} as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function open(width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
  await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
  return page;
}

async function regions(page: Page): Promise<Record<string, Box>> {
  return page.evaluate((selectors) => {
    const out: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      out[name] = { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return out;
  }, REGIONS);
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** What is wrong with the page at this size (empty when nothing). */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  const boxes = await regions(page);
  const { width } = page.viewportSize() ?? { width: 0 };
  for (const name of Object.keys(REGIONS)) {
    const box = boxes[name];
    if (!box) found.push(`${name} is missing`);
    else if (box.width < 1 || box.height < 1) found.push(`${name} is ${box.width}×${box.height}`);
  }
  if ((boxes.canvas?.width ?? 0) < Math.min(320, width) - 40)
    found.push(`the canvas is ${boxes.canvas?.width} px wide`);
  if ((boxes.canvas?.height ?? 0) < 200) found.push(`the canvas is ${boxes.canvas?.height} px high`);
  const names = Object.keys(boxes);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = boxes[names[i] as string] as Box;
      const b = boxes[names[j] as string] as Box;
      if (overlap(a, b) > 1) found.push(`${names[i]} overlaps ${names[j]}`);
    }
  }
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll(".segmented button, .toolbar button, .tabs button, .sharing-toggle")]
      .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().width < 1)
      .map((b) => b.textContent),
  );
  if (cut.length > 0) found.push(`cut buttons: ${cut.join(", ")}`);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (sideways > 0) found.push(`the page scrolls ${sideways} px sideways`);
  return found;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuiltApp("the layout tests");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the layout from 360 to 2560 px", () => {
  for (const [width, height, name] of [
    [360, 740, null],
    [400, 800, "layout-400"],
    [768, 1024, null],
    [1024, 700, "layout-1024"],
    [1920, 1080, "layout-1920"],
    [2560, 1440, null],
  ] as const) {
    it(`has no zero-size, cut or overlapping panel at ${width}×${height}`, async () => {
      const page = await open(width, height);
      try {
        if (name) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
        expect(await problems(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it("draws a first graph of 150 nodes at 1024×700 large enough for its names to show", async () => {
    const page = await open(1024, 700);
    try {
      // The seed overview's size: 30 people, each with four claims about the next one.
      await page.evaluate(() => {
        const nodes: unknown[] = [];
        const edges: unknown[] = [];
        for (let p = 0; p < 30; p++) {
          nodes.push({ id: `p${p}`, label: "Person", labels: ["Person"], name: `Person number ${p}`, props: {} });
          for (let c = 0; c < 4; c++) {
            const id = `c${p}-${c}`;
            nodes.push({
              id,
              label: "Claim",
              labels: ["Claim"],
              name: `Claim ${c} of ${p}`,
              props: { text: `Claim ${c}` },
            });
            edges.push({ id: `s${id}`, source: `p${p}`, target: id, type: "SAID", props: {} });
            edges.push({ id: `a${id}`, source: id, target: `p${(p + 1) % 30}`, type: "ABOUT", props: {} });
          }
        }
        (window as Handle).__claimgraph.actions.graph.replace({ nodes, edges });
      });
      await page.waitForFunction(() => (window as Handle).__claimgraph.cy.nodes().length === 150);
      await page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 60_000 });
      const readable = await page.evaluate(() => {
        const cy = (window as Handle).__claimgraph.cy;
        const person = cy.nodes('[label = "Person"]').first();
        const size = person.pstyle("font-size").pfValue * cy.zoom();
        return size >= person.pstyle("min-zoomed-font-size").pfValue && size >= 9;
      });
      expect(readable).toBe(true);
    } finally {
      await page.close();
    }
  }, 120_000);
});
