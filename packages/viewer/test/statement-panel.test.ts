/**
 * A claim's statement in its details (issue 18), in Chromium: the fixture's Trump claim is also
 * reported, a day earlier and in other words, by another outlet, and Stephanie Carvin's claim
 * disputes it. Its details say how many outlets reported it and who first, list both reports with
 * the wording differences, and show the dispute.
 */
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ARTICLE_ID, FIXTURE_CLAIMS, testConnection } from "./fixture-graph.js";
import { type OpenApp, onPage, openApp } from "./open-app.js";

let app: OpenApp;
const trump = FIXTURE_CLAIMS.find((c) => c.speaker === "person:donald trump");
const carvin = FIXTURE_CLAIMS.find((c) => c.speaker === "person:stephanie carvin");
const WIRE_TEXT = "Donald Trump said he had the absolute right to share the facts with Russia.";
const WIRE_CLAIM = "he had the absolute right to share the facts with Russia";

async function addStatement(): Promise<void> {
  const c = testConnection();
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  try {
    await driver.executeQuery(
      `MATCH (t:Person {id: 'person:donald trump'}), (fixture:Claim {id: $trump}), (carvin:Claim {id: $carvin})
       CREATE (a:Article {id: 'wire-article', sourceKey: 'fixture/wire.txt', title: 'Wire report', source: 'Other Wire',
                          publishedAt: '2017-05-16', text: $text, extractorVersion: 'fixture'})
       CREATE (w:Claim {id: 'wire-claim', text: $claim, kind: 'indirect', cue: 'said', articleId: 'wire-article', anonymous: false})
       CREATE (t)-[:SAID]->(w)
       CREATE (w)-[:REPORTED_IN {start: 18, end: 18 + size($claim)}]->(a)
       CREATE (s:Statement {id: 'st:wire-claim', speakerKey: 'person:donald trump', variants: [], reports: 2, articles: 2,
                            outlets: 2, outletNames: ['Fixture Post', 'Other Wire'], firstClaim: 'wire-claim',
                            firstArticle: 'wire-article', firstOutlet: 'Other Wire', firstPublishedAt: '2017-05-16', firstOrder: 1.0})
       CREATE (w)-[:REPORTS {order: 1.0}]->(s)
       CREATE (fixture)-[:REPORTS {order: 2.0}]->(s)
       CREATE (carvin)-[:DISPUTES {evidence: 'cue "rejected": "Trump\\'s claim" of Donald Trump'}]->(fixture)`,
      { trump: trump?.id, carvin: carvin?.id, text: WIRE_TEXT, claim: WIRE_CLAIM },
    );
  } finally {
    await driver.close();
  }
}

async function removeStatement(): Promise<void> {
  const c = testConnection();
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  try {
    await driver.executeQuery("MATCH (n) WHERE n:Statement OR n.id IN ['wire-article', 'wire-claim'] DETACH DELETE n");
    await driver.executeQuery("MATCH ()-[d:DISPUTES]->() DELETE d");
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  app = await openApp("the statement panel tests");
  await addStatement();
}, 180_000);
afterAll(async () => {
  await removeStatement();
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
