/**
 * The style panel (issue 15, a Neo4j Browser parity gap), in Chromium on the fixture graph: a type's
 * colour, size and caption property change every node of that type on the canvas and nothing else,
 * show in the legend, and Reset takes them back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Handle, type OpenApp, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the style panel tests");
}, 180_000);
afterAll(async () => {
  await app?.close();
});

interface Drawn {
  id: string;
  label: string;
  colour: string;
  size: number;
  caption: string;
}

const drawn = (): Promise<Drawn[]> =>
  app.page.evaluate(() =>
    (window as Handle).__claimgraph.cy.nodes().map((n: Handle) => ({
      id: n.id(),
      label: n.data("label"),
      colour: n.data("colour"),
      size: n.data("size"),
      caption: n.data("caption"),
    })),
  );

describe("the style panel", () => {
  it("sets a type's colour, size and caption property on the canvas, and Reset takes them back", async () => {
    const { page } = app;
    const before = await drawn();
    const people = before.filter((n) => n.label === "Person");
    const others = before.filter((n) => n.label !== "Person");
    expect(people.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(0);

    await page.click('[data-testid="style-open"]');
    await page.locator('[data-testid="style-Person-colour"]').fill("#112233");
    await page.selectOption('[data-testid="style-Person-size"]', "2");
    await page.selectOption('[data-testid="style-Person-caption"]', "id");
    await page.waitForFunction(
      () =>
        (window as Handle).__claimgraph.cy
          .nodes('[label = "Person"]')
          .every((n: Handle) => n.data("colour") === "#112233" && n.data("caption") === n.id()),
      null,
      { timeout: 10_000 },
    );
    const after = await drawn();
    for (const p of people) {
      const now = after.find((n) => n.id === p.id);
      expect(now).toMatchObject({ colour: "#112233", caption: p.id, size: Math.round(p.size * 2) });
    }
    // Other types are untouched.
    expect(after.filter((n) => n.label !== "Person")).toEqual(others);
    // The legend's swatch follows the type's colour.
    const swatch = await page
      .locator('[data-testid="legend"] button', { hasText: "Person" })
      .locator(".swatch")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(swatch).toBe("rgb(17, 34, 51)");

    await page.click('[data-testid="style-Person-reset"]');
    await page.waitForFunction(
      (colour) =>
        (window as Handle).__claimgraph.cy
          .nodes('[label = "Person"]')
          .every((n: Handle) => n.data("colour") === colour),
      people[0]?.colour,
      { timeout: 10_000 },
    );
    expect(await drawn()).toEqual(before);
  });
});
