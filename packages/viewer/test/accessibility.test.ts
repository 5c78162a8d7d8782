/**
 * Accessibility (issue 15): axe-core, run in Chromium on every panel of the app over the fixture
 * graph, finds no serious or critical violation. Each state is reached the way a user reaches it
 * (tabs, a click on a person, on a claim, the expand menu, the sharing menu, the style panel, the shortcuts list), and
 * a failure lists each rule with the elements it flagged.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ARTICLE_ID } from "./fixture-graph.js";
import { type Handle, type OpenApp, onPage, openApp } from "./open-app.js";
import { addStatements, removeStatements, TRUMP_CLAIM } from "./statement-fixture.js";

/** axe-core's browser build, evaluated in the page (the app's CSP rightly refuses an injected script tag). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the accessibility tests");
  await addStatements();
}, 180_000);
afterAll(async () => {
  await removeStatements();
  await app?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the page as it is now, one line per rule: "id (impact): help — targets". */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const found = (await page.evaluate(async () => {
    const axe = (window as Handle).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  })) as Violation[];
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function tab(page: Page, name: "overview" | "details" | "statements" | "query"): Promise<void> {
  await page.locator(`[data-testid="tab-${name}"]`).click();
}

describe("accessibility (axe-core, serious and critical)", () => {
  it("the check itself catches a violation (an icon button with no name)", async () => {
    await app.page.evaluate(() => {
      const button = document.createElement("button");
      button.id = "unnamed-probe";
      document.body.append(button);
    });
    try {
      expect((await violations(app.page)).join("\n")).toMatch(/^button-name \(critical\): .*#unnamed-probe/m);
    } finally {
      await app.page.evaluate(() => document.getElementById("unnamed-probe")?.remove());
    }
  });

  it("the first screen: search, canvas, timeline, legend and the overview", async () => {
    expect(await violations(app.page)).toEqual([]);
  });

  it("a person's details, with the property inspector and resolution", async () => {
    const people = await app.page.evaluate(() =>
      (window as Handle).__claimgraph.cy
        .nodes('[label = "Person"]')
        .map((n: Handle) => n.id())
        .slice(0, 1),
    );
    const at = await onPage(app.page, people[0]);
    await app.page.mouse.click(at.x, at.y);
    await tab(app.page, "details");
    await app.page.locator(".panel-body h2, .panel-body h3").first().waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
  });

  it("a claim's details with its statement and dispute", async () => {
    expect(FIXTURE_ARTICLE_ID).toBeTruthy();
    const at = await onPage(app.page, TRUMP_CLAIM?.id as string);
    await app.page.mouse.click(at.x, at.y);
    await app.page.locator('[data-testid="claim-statement"]').waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
  });

  it("the Statements view", async () => {
    await tab(app.page, "statements");
    await app.page.locator(".panel-body li, .panel-body tr").first().waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
  });

  it("the Cypher panel with a result table", async () => {
    await tab(app.page, "query");
    await app.page.click('[data-testid="cypher-editor"] .cm-content');
    await app.page.keyboard.press("Control+A");
    await app.page.keyboard.press("Delete");
    await app.page.keyboard.insertText(
      "MATCH (s:Person)-[r:SAID]->(c:Claim) RETURN s, r, c, s.name AS speaker LIMIT 5",
    );
    await app.page.click('[data-testid="run-query"]');
    await app.page.locator('[data-testid="query-result"] .tabs button', { hasText: "Table" }).click();
    await app.page.locator('[data-testid="result-table"]').waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
  });

  it("the expand menu of a person", async () => {
    const person = await app.page.evaluate(
      () =>
        (window as Handle).__claimgraph.cy
          .nodes()
          .filter((n: Handle) => n.data("name") === "Matthew Dunn")[0]
          .id() as string,
    );
    const at = await onPage(app.page, person);
    await app.page.mouse.dblclick(at.x, at.y);
    await app.page
      .locator('[data-testid="expand-menu"] [data-testid="expand-MENTIONED_IN-out"]')
      .waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });

  it("the sharing menu", async () => {
    await app.page.click('[data-testid="share-open"]');
    await app.page.locator('[data-testid="share-title"]').waitFor({ timeout: 10_000 });
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });

  it("the who → whom view", async () => {
    await app.page.click('[data-testid="view-who"]');
    await app.page.locator('[data-testid="canvas"][data-layout="idle"]').waitFor({ timeout: 30_000 });
    expect(await violations(app.page)).toEqual([]);
    await app.page.click('[data-testid="view-full"]');
  });

  it("the style panel", async () => {
    await app.page.click('[data-testid="style-open"]');
    await app.page.locator('[data-testid="style-panel"]').waitFor({ timeout: 10_000 });
    expect(await violations(app.page)).toEqual([]);
    await app.page.click('[data-testid="style-open"]');
  });

  it("the shortcuts list", async () => {
    await app.page.locator("body").click({ position: { x: 2, y: 2 } });
    await app.page.keyboard.press("?");
    await app.page.locator('[role="dialog"]').first().waitFor({ timeout: 10_000 });
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });
});
