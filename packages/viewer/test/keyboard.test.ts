/**
 * The explorer by keyboard, in a real browser on the fixture graph (issue 15 item 5): undo starts
 * disabled (the first overview is not a step to undo into an empty canvas), Ctrl+Shift+Z redoes as
 * its tooltip says, Escape closes the menus, focus moves into the expand menu, the timeline slider
 * answers the arrow keys, and Back steps through what was opened instead of leaving the app.
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

const hiddenCount = () => page.evaluate(() => (window as Handle).__claimgraph.stores.graph.get().hidden.length);

beforeAll(async () => {
  ensureBuiltApp("the keyboard tests");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the explorer by keyboard", () => {
  it("opens with undo disabled: the first overview is not a step back to an empty canvas", async () => {
    expect(await page.locator('[data-testid="tool-undo"]').isDisabled()).toBe(true);
    await page.keyboard.press("Control+z");
    expect(await page.evaluate(() => (window as Handle).__claimgraph.cy.nodes().length)).toBeGreaterThan(0);
  });

  it("undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, as the tooltip says", async () => {
    expect(await page.locator('[data-testid="tool-redo"]').getAttribute("title")).toContain("Ctrl+Shift+Z");
    await page.evaluate(() => (window as Handle).__claimgraph.actions.graph.hide(["person:matthew dunn"]));
    expect(await hiddenCount()).toBe(1);
    await page
      .locator("body")
      .click({ position: { x: 5, y: 5 } })
      .catch(() => {});
    await page.keyboard.press("Control+z");
    expect(await hiddenCount()).toBe(0);
    await page.keyboard.press("Control+Shift+Z");
    expect(await hiddenCount()).toBe(1);
    await page.keyboard.press("Control+z");
    expect(await hiddenCount()).toBe(0);
  });

  it("moves focus into the expand menu, and Escape closes it and gives focus back", async () => {
    // Braces: returning the Cytoscape collection would make Playwright serialise the whole graph.
    await page.evaluate(() => {
      (window as Handle).__claimgraph.cy.getElementById("person:matthew dunn").emit("cxttap");
    });
    const menu = page.locator('[data-testid="expand-menu"]');
    await menu.waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('[data-testid="expand-menu"]'), null, {
      timeout: 5_000,
    });
    // Arrow keys walk the menu items.
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(first);
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached", timeout: 5_000 });
  });

  it("closes the Share menu with Escape", async () => {
    await page.click('[data-testid="share-open"]');
    const pop = page.locator(".sharing-pop");
    await pop.waitFor();
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "detached", timeout: 5_000 });
    expect(await page.locator('[data-testid="share-open"]').getAttribute("aria-expanded")).toBe("false");
  });

  it("moves the timeline window with the arrow keys", async () => {
    // Three claims on three days, so the timeline has bars to step through.
    await page.evaluate(() => {
      const claim = (id: string, day: string) => ({
        id,
        label: "Claim",
        labels: ["Claim"],
        name: `A claim from ${day}`,
        props: { text: `A claim from ${day}`, publishedAt: day, kind: "direct" },
      });
      (window as Handle).__claimgraph.actions.graph.add({
        nodes: [claim("kb:1", "2017-05-10"), claim("kb:2", "2017-05-12"), claim("kb:3", "2017-05-20")],
        edges: [],
      });
    });
    const slider = page.locator('[data-testid="timeline-bars"]');
    await slider.waitFor();
    await slider.focus();
    const windowOf = () => page.evaluate(() => (window as Handle).__claimgraph.sharing.timeline.get().window);
    expect(await windowOf()).toBeNull();
    await page.keyboard.press("ArrowRight");
    const first = await windowOf();
    expect(first).not.toBeNull();
    await page.keyboard.press("ArrowRight");
    const second = await windowOf();
    expect(second.from > first.from).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await windowOf()).toEqual(first);
    await page.keyboard.press("End");
    expect((await windowOf()).to).toBe("2017-05-20");
    expect(await slider.getAttribute("aria-valuetext")).toContain("2017-05-20");
    await page.keyboard.press("Escape");
    expect(await windowOf()).toBeNull();
  });

  it("keeps Back inside the app: it returns to what was opened before", async () => {
    await page.fill('[data-testid="search-input"]', "Dunn");
    await page.locator('[data-testid="search-hit"]', { hasText: "Matthew Dunn" }).first().click();
    const title = page.locator('[data-testid="entity-details"] h2');
    await title.filter({ hasText: "Matthew Dunn" }).waitFor();
    await page.fill('[data-testid="search-input"]', "Carvin");
    await page.locator('[data-testid="search-hit"]', { hasText: "Stephanie Carvin" }).first().click();
    await title.filter({ hasText: "Stephanie Carvin" }).waitFor();
    await page.goBack();
    await title.filter({ hasText: "Matthew Dunn" }).waitFor({ timeout: 5_000 });
    expect(page.url().startsWith(server.url)).toBe(true);
    await page.goForward();
    await title.filter({ hasText: "Stephanie Carvin" }).waitFor({ timeout: 5_000 });
  });
});
