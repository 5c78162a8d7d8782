/**
 * The Statements view (issue 18), in Chromium against the test Neo4j: it ranks the statements
 * reported most often and those disputed most, opening one draws its reports with their speakers
 * and the disputes at them, and the statement ids, report counts and DISPUTES edges travel in the
 * CSV and JSON exports and in the snapshot file.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Handle, type OpenApp, openApp } from "./open-app.js";
import { csvRecords } from "./parse-csv.js";
import {
  addStatements,
  CARVIN_CLAIM,
  DISPUTE_EVIDENCE,
  removeStatements,
  TRUMP_CLAIM,
  WIRE_CLAIM,
} from "./statement-fixture.js";

let app: OpenApp;
const DISPUTE_EDGE = `DISPUTES:${CARVIN_CLAIM.id}->${TRUMP_CLAIM.id}`;

beforeAll(async () => {
  app = await openApp("the Statements view tests");
  await addStatements();
}, 180_000);
afterAll(async () => {
  await removeStatements();
  await app?.close();
});

const listed = () =>
  app.page
    .locator('[data-testid="statement-row"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-statement")));

async function grab(testId: string): Promise<string> {
  await app.page.locator('[data-testid="share-open"]').click();
  const [download] = await Promise.all([
    app.page.waitForEvent("download", { timeout: 30_000 }),
    app.page.locator(`[data-testid="share-${testId}"]`).click(),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  await app.page.keyboard.press("Escape");
  return text;
}

describe("the Statements view", () => {
  it("ranks the most repeated statements, and the most disputed", async () => {
    await app.page.locator('[data-testid="tab-statements"]').click();
    await app.page.locator('[data-testid="statements-list"]').waitFor({ timeout: 30_000 });
    // A statement reported once (st:carvin) is not "repeated".
    expect(await listed()).toEqual(["st:dunn", "st:wire-claim"]);
    const figures = app.page.locator('[data-testid="statement-figures"]');
    expect(await figures.nth(0).textContent()).toBe("3 reports · 3 outlets · first by Fixture Post on 2017-05-17");
    expect(await figures.nth(1).textContent()).toBe(
      "2 reports · 2 outlets · disputed by 1 · first by Other Wire on 2017-05-16",
    );
    const wire = app.page.locator('[data-statement="st:wire-claim"]');
    expect(await wire.textContent()).toContain("Donald Trump");
    expect(await wire.textContent()).toContain(WIRE_CLAIM);

    await app.page.locator('[data-testid="statements-disputed"]').click();
    await expect.poll(listed, { timeout: 15_000 }).toEqual(["st:wire-claim"]);
  });

  it("opens a statement's reports with their speakers and the disputes on the canvas", async () => {
    const onCanvas = (id: string) =>
      app.page.evaluate((id) => (window as Handle).__claimgraph.cy.getElementById(id).nonempty() as boolean, id);
    expect(await onCanvas("wire-claim")).toBe(false);
    await app.page.locator('[data-statement="st:wire-claim"] button').click();
    await app.page.waitForFunction(
      () => (window as Handle).__claimgraph.cy.getElementById("wire-claim").nonempty(),
      null,
      { timeout: 15_000 },
    );
    for (const id of ["wire-claim", TRUMP_CLAIM.id, CARVIN_CLAIM.id, "person:donald trump", DISPUTE_EDGE]) {
      expect(await onCanvas(id), id).toBe(true);
    }
    // The first report's details open, with its statement.
    expect(await app.page.locator('[data-testid="statement-summary"]').textContent({ timeout: 15_000 })).toBe(
      "Reported by 2 outlets in 2 articles, first by Other Wire on 2017-05-16",
    );
    expect(await app.page.locator('[data-testid="tab-details"]').getAttribute("aria-selected")).toBe("true");
  });

  it("carries statement ids, report counts and disputes in the CSV and JSON exports and the snapshot file", async () => {
    const csv = csvRecords(await grab("export-csv"));
    const row = (id: string) => csv.find((r) => r.claim_id === id) as Record<string, string>;
    expect(row("wire-claim")).toMatchObject({
      statement_id: "st:wire-claim",
      statement_reports: "2",
      statement_articles: "2",
      statement_outlets: "2",
    });
    expect(row(TRUMP_CLAIM.id)).toMatchObject({ statement_id: "st:wire-claim", disputed_by: CARVIN_CLAIM.id });
    expect(row(CARVIN_CLAIM.id)).toMatchObject({ statement_id: "st:carvin", disputes: TRUMP_CLAIM.id });

    const json = JSON.parse(await grab("export-json"));
    const claim = (json.claims as Array<Record<string, unknown>>).find((c) => c.claimId === TRUMP_CLAIM.id);
    expect(claim).toMatchObject({ statementId: "st:wire-claim", statementReports: 2, disputedBy: [CARVIN_CLAIM.id] });

    const snapshot = JSON.parse(await grab("export-file"));
    const edge = (snapshot.state.edges as Array<Record<string, unknown>>).find((e) => e.id === DISPUTE_EDGE);
    expect(edge).toMatchObject({ type: "DISPUTES", props: { evidence: DISPUTE_EVIDENCE } });
    const wire = (snapshot.state.nodes as Array<{ id: string; props: Record<string, unknown> }>).find(
      (n) => n.id === "wire-claim",
    );
    expect(wire?.props).toMatchObject({ statementId: "st:wire-claim", statementReports: 2, statementOutlets: 2 });
  });
});
