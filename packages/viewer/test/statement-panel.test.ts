/**
 * A claim's statement in its details (issue 18), in Chromium: the fixture's Trump claim is also
 * reported, a day earlier and in other words, by another outlet, and Stephanie Carvin's claim
 * disputes it. Its details say how many outlets reported it and who first, list both reports with
 * the wording differences, and show the dispute.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ARTICLE_ID } from "./fixture-graph.js";
import { type OpenApp, onPage, openApp } from "./open-app.js";
import { addStatements, CARVIN_CLAIM as carvin, removeStatements, TRUMP_CLAIM as trump } from "./statement-fixture.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the statement panel tests");
  await addStatements();
}, 180_000);
afterAll(async () => {
  await removeStatements();
  await app?.close();
});

describe("a claim's statement", () => {
  it("says who reported it first and how many outlets did, with each report's wording differences and the dispute", async () => {
    expect(trump && carvin && FIXTURE_ARTICLE_ID).toBeTruthy();
    const at = await onPage(app.page, trump?.id as string);
    await app.page.mouse.click(at.x, at.y);
    const panel = app.page.locator('[data-testid="claim-statement"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await app.page.locator('[data-testid="statement-summary"]').textContent()).toBe(
      "Reported by 2 outlets in 2 articles, first by Other Wire on 2017-05-16",
    );
    const reports = app.page.locator('[data-testid="statement-report"]');
    expect(await reports.count()).toBe(2);
    expect(await reports.nth(0).textContent()).toContain("Other Wire");
    expect(await reports.nth(0).textContent()).toContain("first report");
    // The fixture's wording against the wire's: "I have" for "he had", "the facts" lost its "the".
    const second = reports.nth(1);
    expect(await second.textContent()).toContain("this claim");
    expect(await second.locator('[data-testid="diff-removed"]').allTextContents()).toContain("he had ");
    expect(await second.locator('[data-testid="diff-added"]').allTextContents()).toContain("I have ");
    const disputedBy = app.page.locator('[data-testid="claim-disputed-by"]');
    expect(await disputedBy.textContent()).toContain("Stephanie Carvin");
    expect(await disputedBy.textContent()).toContain('cue "rejected"');
  });
});
