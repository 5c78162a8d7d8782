/**
 * A snapshot made before the name-key migration, opened in Chromium on the migrated graph: its nodes
 * carry ids no node has any more (`org:u s chamber of commerce`). Expanding such a node or opening
 * its details answers for the node it became, and the canvas node takes the current id: the node is
 * drawn once, with its neighbours attached to it, never a second time beside the old one.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import type { Snapshot } from "../shared/snapshot/schema.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { testConnection } from "./fixture-graph.js";
import { clearFormerIds, FORMER_CLAIM_ID, LEGACY, loadMigratedLegacyGraph } from "./former-ids-fixture.js";
import type { Handle } from "./open-app.js";
import { smallSnapshot } from "./synthetic-snapshot.js";

const { chamber, beto } = LEGACY;

let server: RunningViewer;
let browser: Browser;
let page: Page;

/** What the author saw before the migration: the chamber said a claim about Beto O’Rourke. */
function oldSnapshot(): Snapshot {
  const base = smallSnapshot();
  const entity = (id: string, label: "Person" | "Organization", name: string) => ({
    id,
    label,
    labels: [label],
    name,
    props: { id, name },
  });
  const nodes = [
    entity(chamber.old, "Organization", chamber.name),
    entity(beto.old, "Person", beto.name),
    {
      id: FORMER_CLAIM_ID,
      label: "Claim" as const,
      labels: ["Claim"],
      name: "tariffs would hurt Beto O’Rourke's voters",
      props: { id: FORMER_CLAIM_ID, text: "tariffs would hurt Beto O’Rourke's voters", kind: "indirect" },
    },
  ];
  const edge = (type: string, source: string, target: string) => ({
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    props: {},
  });
  return {
    ...base,
    title: "Before the re-key",
    timeWindow: null,
    state: {
      ...base.state,
      nodes,
      edges: [edge("SAID", chamber.old, FORMER_CLAIM_ID), edge("ABOUT", FORMER_CLAIM_ID, beto.old)],
      positions: { [chamber.old]: { x: 0, y: 0 }, [beto.old]: { x: 300, y: 0 }, [FORMER_CLAIM_ID]: { x: 150, y: 100 } },
      pinned: [chamber.old],
      path: [],
    },
  };
}

const canvas = () =>
  page.evaluate(() => {
    const cy = (window as Handle).__claimgraph.cy;
    return {
      nodes: cy
        .nodes()
        .map((n: Handle) => n.id() as string)
        .sort() as string[],
      edges: cy
        .edges()
        .map((e: Handle) => `${e.data("source")} ${e.data("type")} ${e.data("target")}`)
        .sort() as string[],
    };
  });

beforeAll(async () => {
  ensureBuiltApp("the former-ids test");
  await loadMigratedLegacyGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
  if ((await page.locator('[data-testid="share-title"]').count()) === 0) await page.click('[data-testid="share-open"]');
  await page.setInputFiles('[data-testid="share-import"]', {
    name: "before-the-re-key.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(oldSnapshot())),
  });
  await page.waitForFunction((id) => !(window as Handle).__claimgraph.cy.getElementById(id).empty(), chamber.old, {
    timeout: 30_000,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await clearFormerIds();
});

describe("an old snapshot on a re-keyed graph", () => {
  it("shows the old ids as its author saw them", async () => {
    expect((await canvas()).nodes).toEqual([chamber.old, beto.old, FORMER_CLAIM_ID].sort());
  });

  it("expanding an old node attaches its neighbours to it under its current id, drawn once", async () => {
    await page.evaluate((id) => (window as Handle).__claimgraph.actions.graph.expand(id), chamber.old);
    const { nodes, edges } = await canvas();
    expect(nodes).toContain(chamber.now);
    expect(nodes).not.toContain(chamber.old);
    expect(nodes.filter((id) => id.startsWith("org:"))).toEqual([chamber.now]);
    expect(edges).toContain(`${chamber.now} SAID ${FORMER_CLAIM_ID}`);
    const graph = await page.evaluate(() => (window as Handle).__claimgraph.stores.graph.get());
    expect(graph.pinned).toEqual([chamber.now]);
    expect(graph.positions[chamber.now]).toBeDefined();
  });

  it("opening an old node's details renames it on the canvas too", async () => {
    await page.evaluate((id) => (window as Handle).__claimgraph.actions.details.openEntity(id), beto.old);
    await page.waitForFunction((id) => !(window as Handle).__claimgraph.cy.getElementById(id).empty(), beto.now, {
      timeout: 15_000,
    });
    const details = await page.evaluate(() => (window as Handle).__claimgraph.stores.details.get().entity);
    expect(details.node.id).toBe(beto.now);
    const { nodes, edges } = await canvas();
    expect(nodes).not.toContain(beto.old);
    expect(nodes.filter((id) => id.startsWith("person:"))).toEqual([beto.now]);
    expect(edges).toContain(`${FORMER_CLAIM_ID} ABOUT ${beto.now}`);
    // Expanding it now finds the same node: nothing is added twice.
    await page.evaluate((id) => (window as Handle).__claimgraph.actions.graph.expand(id), beto.now);
    expect((await canvas()).nodes.filter((id) => id.startsWith("person:"))).toEqual([beto.now]);
  });
});
