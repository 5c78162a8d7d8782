/**
 * The raw property inspector (issue 15, parity with Neo4j Browser), in Chromium: clicking a node
 * lists its stored properties, clicking a SAID or ABOUT edge (which did nothing) lists its type,
 * its ends and its properties, clicking a who → whom edge lists its claims.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Handle, type OpenApp, onPage, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the property inspector tests");
}, 120_000);
afterAll(() => app?.close());

const inspector = () => app.page.locator('[data-testid="property-inspector"]');

/** The id of the first edge of a type on the canvas. */
const firstEdge = (type: string) =>
  app.page.evaluate(
    (type) => (window as Handle).__claimgraph.cy.edges(`[type = "${type}"]`).first().id() as string,
    type,
  );

describe("property inspector", () => {
  it("lists a node's labels and stored properties when it is clicked", async () => {
    const at = await onPage(app.page, "person:matthew dunn");
    await app.page.mouse.click(at.x, at.y);
    await inspector().waitFor();
    const text = (await inspector().textContent()) ?? "";
    expect(text).toContain(":Person");
    expect(text).toContain("Matthew Dunn");
    expect(text).toMatch(/aliases\[?"?Dunn/);
  });

  it.each(["SAID", "ABOUT"])("lists a %s edge's type, ends and properties when it is clicked", async (type) => {
    const id = await firstEdge(type);
    expect(id).toBeTruthy();
    const at = await onPage(app.page, id);
    await app.page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await inspector().textContent()) ?? "").toContain(`:${type}`);
    const text = (await inspector().textContent()) ?? "";
    expect(text).toContain("from");
    expect(text).toContain("to");
    expect(text).toContain(id);
  });

  it("lists the claims of a who → whom edge", async () => {
    await app.page.locator('[data-testid="view-who"]').click();
    await app.page.waitForFunction(() =>
      (window as Handle).__claimgraph.cy.edges('[type = "CLAIMS_ABOUT"]').nonempty(),
    );
    await app.page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor();
    const id = await firstEdge("CLAIMS_ABOUT");
    const at = await onPage(app.page, id);
    await app.page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await inspector().textContent()) ?? "").toContain("claim 1");
    await app.page.locator('[data-testid="view-full"]').click();
  });
});
