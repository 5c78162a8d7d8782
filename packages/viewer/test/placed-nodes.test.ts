/**
 * Nodes already placed stay where they are when hidden nodes come back with their edges (Show
 * hidden, undo, an expansion that brings back a removed node), in Chromium. The canvas used to move
 * every node lying over any edge whenever edges arrived without new nodes to lay out, so whether a
 * placed node moved depended on the random first layout: e2e "expand … without moving the nodes
 * already placed" and selection "dismiss others" failed now and then in full runs. Here a node is
 * put over an edge on purpose, so the old behaviour fails every time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CLAIMS } from "./fixture-graph.js";
import { type Handle, type OpenApp, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the placed-nodes tests");
}, 120_000);
afterAll(() => app?.close());

const dunnClaim = FIXTURE_CLAIMS.find((c) => c.speaker === "person:matthew dunn")?.id as string;

const positions = () =>
  app.page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of (window as Handle).__claimgraph.cy.nodes()) out[n.id()] = { ...n.position() };
    return out;
  });

describe("nodes already placed", () => {
  it("stay put when hidden nodes come back with their edges", async () => {
    // Russia sits on the middle of the edge Matthew Dunn → his claim (it is not an end of it).
    await app.page.evaluate((claim) => {
      const cy = (window as Handle).__claimgraph.cy;
      const a = cy.getElementById("person:matthew dunn").position();
      const b = cy.getElementById(claim).position();
      cy.getElementById("org:russia").position({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    }, dunnClaim);
    await app.page.evaluate(() => (window as Handle).__claimgraph.actions.graph.hide(["person:stephanie carvin"]));
    await app.page.waitForFunction(() =>
      (window as Handle).__claimgraph.cy.getElementById("person:stephanie carvin").empty(),
    );
    const before = await positions();
    await app.page.evaluate(() => (window as Handle).__claimgraph.actions.graph.showAll());
    await app.page.waitForFunction(() =>
      (window as Handle).__claimgraph.cy.getElementById("person:stephanie carvin").nonempty(),
    );
    await app.page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 15_000 });
    const after = await positions();
    const moved = Object.entries(before).filter(([id, p]) => {
      const q = after[id];
      return !q || Math.hypot(q.x - p.x, q.y - p.y) > 0.5;
    });
    expect(moved).toEqual([]);
  });
});
