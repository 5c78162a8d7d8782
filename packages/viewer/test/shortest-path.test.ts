/**
 * Shortest path between two selected nodes (issue 15, parity with Neo4j Browser and Bloom), in
 * Chromium against the test Neo4j: Shift+click two nodes, "Shortest path" draws the path found by
 * the server and marks its nodes and edges; a pair with no path within the bound says so.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FIXTURE_ARTICLE_ID, FIXTURE_CLAIMS } from "./fixture-graph.js";
import { type Handle, type OpenApp, onPage, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the shortest path tests");
}, 120_000);
afterAll(() => app?.close());

beforeEach(async () => {
  // A block, not an expression: returning the collection would make Playwright serialise all of Cytoscape.
  await app.page.evaluate(() => {
    (window as Handle).__claimgraph.cy.nodes().unselect();
  });
});

async function shiftClick(id: string) {
  const at = await onPage(app.page, id);
  await app.page.keyboard.down("Shift");
  await app.page.mouse.click(at.x, at.y);
  await app.page.keyboard.up("Shift");
}

const marked = () =>
  app.page.evaluate(() =>
    ((window as Handle).__claimgraph.cy.elements(".path") as Handle).map((e: Handle) => e.id() as string).sort(),
  );

describe("shortest path", () => {
  it("draws the path between two selected nodes and marks it", async () => {
    // Dunn said c1 about Trump; Trump said c4 about Russia: four steps through claims.
    const dunnClaim = FIXTURE_CLAIMS.find((c) => c.speaker === "person:matthew dunn")?.id as string;
    const trumpClaim = FIXTURE_CLAIMS.find((c) => c.speaker === "person:donald trump")?.id as string;
    await shiftClick("person:matthew dunn");
    await shiftClick("org:russia");
    await app.page.locator('[data-testid="selection-bar"]').getByText("2 selected").waitFor();
    await app.page.locator('[data-testid="selection-path"]').click();
    const expected = [
      "person:matthew dunn",
      dunnClaim,
      "person:donald trump",
      trumpClaim,
      "org:russia",
      `SAID:person:matthew dunn->${dunnClaim}`,
      `ABOUT:${dunnClaim}->person:donald trump`,
      `SAID:person:donald trump->${trumpClaim}`,
      `ABOUT:${trumpClaim}->org:russia`,
    ].sort();
    await expect.poll(marked, { timeout: 15_000 }).toEqual(expected);
    expect(await app.page.locator('[data-testid="notice"]').textContent()).toContain(
      "Shortest path from Matthew Dunn to Russia: 4 steps.",
    );
  });

  it("says when no path lies within the bound, and finds one through the articles", async () => {
    // The article is reached only through REPORTED_IN / MENTIONED_IN: no path through claims alone.
    await app.page.evaluate(async (id) => {
      const handle = (window as Handle).__claimgraph;
      await handle.actions.graph.expand(id, "REPORTED_IN", "out", 1);
    }, FIXTURE_CLAIMS[0]?.id);
    await app.page.waitForFunction(
      (id) => (window as Handle).__claimgraph.cy.getElementById(id).nonempty(),
      FIXTURE_ARTICLE_ID,
    );
    await app.page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 15_000 });
    await shiftClick("org:five eyes");
    await shiftClick(FIXTURE_ARTICLE_ID);
    await app.page.locator('[data-testid="selection-path"]').click();
    const notice = app.page.locator('[data-testid="notice"]');
    await notice.getByText("No path of at most 6 steps between Five Eyes and").waitFor({ timeout: 15_000 });
    await notice.getByRole("button", { name: "Try through articles" }).click();
    await notice.getByText("Shortest path from Five Eyes to").waitFor({ timeout: 15_000 });
    const ids = await marked();
    expect(ids).toContain("org:five eyes");
    expect(ids).toContain(FIXTURE_ARTICLE_ID);
    expect(ids).toContain(`MENTIONED_IN:org:five eyes->${FIXTURE_ARTICLE_ID}`);
  });

  it("opens a node's menu on a double click on it, not on two quick clicks on two nodes", async () => {
    const menu = app.page.locator('[data-testid="expand-menu"]');
    const dunn = await onPage(app.page, "person:matthew dunn");
    const russia = await onPage(app.page, "org:russia");
    // Cytoscape fires "dbltap" for any two taps within its debounce time, whatever they hit
    for (const withShift of [false, true]) {
      if (withShift) await app.page.keyboard.down("Shift");
      await app.page.mouse.click(dunn.x, dunn.y);
      await app.page.mouse.click(russia.x, russia.y);
      if (withShift) await app.page.keyboard.up("Shift");
      expect(await menu.count()).toBe(0);
    }
    await app.page.mouse.dblclick(russia.x, russia.y);
    await menu.waitFor({ timeout: 5_000 });
    expect(await menu.getAttribute("aria-label")).toBe("Expand Russia");
    await app.page.keyboard.press("Escape");
  });
});
