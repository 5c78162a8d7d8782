/**
 * Acting on several nodes at once (issue 15, parity with Bloom), in Chromium: Shift+click adds to
 * the selection, Shift+drag selects a box, Delete hides the selection, "Dismiss others" hides the
 * rest, and "?" lists the keyboard shortcuts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Handle, type OpenApp, onPage, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the selection tests");
}, 120_000);
afterAll(() => app?.close());

const hidden = () => app.page.evaluate(() => [...(window as Handle).__claimgraph.stores.graph.get().hidden].sort());
const visibleCount = () => app.page.evaluate(() => (window as Handle).__claimgraph.cy.nodes().length as number);

async function shiftClick(id: string) {
  const at = await onPage(app.page, id);
  await app.page.keyboard.down("Shift");
  await app.page.mouse.click(at.x, at.y);
  await app.page.keyboard.up("Shift");
}

beforeEach(async () => {
  await app.page.evaluate(() => {
    const h = (window as Handle).__claimgraph;
    h.actions.graph.showAll();
    h.cy.nodes().unselect();
  });
  await app.page.waitForFunction(() => (window as Handle).__claimgraph.cy.nodes(":selected").empty());
});

describe("selection", () => {
  it("hides the Shift+clicked nodes with Delete", async () => {
    await shiftClick("person:matthew dunn");
    await shiftClick("person:stephanie carvin");
    await app.page.locator('[data-testid="selection-bar"]').getByText("2 selected").waitFor();
    await app.page.keyboard.press("Delete");
    await expect.poll(hidden).toEqual(["person:matthew dunn", "person:stephanie carvin"]);
    // Hidden nodes leave the selection: the bar no longer offers to act on them.
    await app.page.locator('[data-testid="selection-bar"]').waitFor({ state: "detached" });
  });

  it("dismisses every node but the selected ones", async () => {
    const before = await visibleCount();
    await shiftClick("person:donald trump");
    await app.page.locator('[data-testid="selection-dismiss-others"]').click();
    await expect.poll(visibleCount).toBe(1);
    expect((await hidden()).length).toBe(before - 1);
  });

  it("selects the nodes inside a Shift+dragged box", async () => {
    const box = await app.page.locator('[data-testid="canvas"]').boundingBox();
    if (!box) throw new Error("no canvas");
    const all = await visibleCount();
    await app.page.keyboard.down("Shift");
    await app.page.mouse.move(box.x + 2, box.y + 2);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await app.page.mouse.move(box.x + box.width - 2, box.y + box.height - 2, { steps: 5 });
    await app.page.mouse.up();
    await app.page.keyboard.up("Shift");
    const selected = await app.page.evaluate(
      () => (window as Handle).__claimgraph.cy.nodes(":selected").length as number,
    );
    expect(selected).toBeGreaterThan(1);
    expect(selected).toBeLessThanOrEqual(all);
    await app.page.locator('[data-testid="selection-bar"]').getByText(`${selected} selected`).waitFor();
  });

  it("lists the keyboard shortcuts on ?", async () => {
    await app.page.locator("body").click({ position: { x: 3, y: 3 } });
    await app.page.keyboard.press("?");
    const dialog = app.page.locator('[data-testid="shortcuts"]');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    for (const key of ["Ctrl+Z", "Delete", "Shift+drag", "?"]) expect(text).toContain(key);
    await app.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });
});
