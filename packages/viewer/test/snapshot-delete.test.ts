/**
 * Deleting a shared snapshot in a real browser (issue 10): whoever holds the link opens it, clicks
 * Delete and confirms; the link stops opening for everyone, and a link with a wrong key deletes nothing.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { saveResponseSchema } from "../shared/snapshot/contract.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";
import { smallSnapshot } from "./synthetic-snapshot.js";

let server: RunningViewer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureBuiltApp("the snapshot deletion test");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const saveOne = async () => {
  const res = await fetch(new URL("/api/snapshots", server.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...smallSnapshot(), title: "To be deleted" }),
  });
  return saveResponseSchema.parse(await res.json());
};
const opens = async (id: string) => (await fetch(new URL(`/api/snapshots/${id}`, server.url))).status;

describe("deleting a snapshot", () => {
  it("deletes the snapshot on screen after a confirmation, and its link stops opening", async () => {
    const saved = await saveOne();
    await page.goto(new URL(saved.permalink, server.url).toString());
    await page.locator('[data-testid="snapshot-banner"]').waitFor();
    expect(await page.locator('[data-testid="snapshot-title"]').textContent()).toBe("To be deleted");

    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.click('[data-testid="snapshot-delete"]');
    expect(await opens(saved.id)).toBe(200);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.click('[data-testid="snapshot-delete"]');
    await page.locator('[data-testid="snapshot-banner"]').waitFor({ state: "detached" });
    expect(await opens(saved.id)).toBe(404);
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("deletes nothing through a link with a wrong key", async () => {
    const saved = await saveOne();
    const forged = `${saved.id.slice(0, 16)}${"B".repeat(22)}`;
    const res = await fetch(new URL(`/api/snapshots/${forged}`, server.url), { method: "DELETE" });
    expect(res.status).toBe(404);
    expect(await opens(saved.id)).toBe(200);
  });
});
