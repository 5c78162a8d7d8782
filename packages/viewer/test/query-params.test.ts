/**
 * Query parameters as in Neo4j Browser (issue 15 parity), in Chromium: `:param name => value` in
 * the Cypher editor sets $name, the next query is sent with it as a parameter (the query text is
 * left as typed: nothing is spliced in), and the answer uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenApp, openApp } from "./open-app.js";

let app: OpenApp;
const sent: Array<{ query: string; params: Record<string, unknown> }> = [];

beforeAll(async () => {
  app = await openApp("the query parameter tests");
  app.page.on("request", (request) => {
    if (request.url().endsWith("/api/cypher")) sent.push(JSON.parse(request.postData() ?? "{}"));
  });
  await app.page.click('[data-testid="tab-query"]');
}, 120_000);
afterAll(() => app?.close());

async function run(text: string): Promise<void> {
  await app.page.click('[data-testid="cypher-editor"] .cm-content');
  await app.page.keyboard.press("Control+A");
  await app.page.keyboard.press("Delete");
  await app.page.keyboard.insertText(text);
  await app.page.click('[data-testid="run-query"]');
}

describe(":param", () => {
  it("sets a parameter without running a query", async () => {
    await run(":param who => 'Stephanie Carvin'");
    await app.page.locator('[data-testid="query-notice"]').getByText('$who = "Stephanie Carvin"').waitFor();
    expect(sent).toHaveLength(0);
    expect(await app.page.locator('[data-testid="query-params"]').textContent()).toContain("$who");
  });

  it("sends it as a parameter of the next query, never inside its text", async () => {
    const query = "MATCH (p:Person {name: $who}) RETURN p.name AS name";
    await run(query);
    await app.page.locator(".query table").getByText("Stephanie Carvin").first().waitFor({ timeout: 30_000 });
    const last = sent.at(-1);
    expect(last?.query).toBe(query);
    expect(last?.params).toEqual({ who: "Stephanie Carvin" });
  });

  it("names a value it cannot read and what to write instead", async () => {
    await run(":param who => Carvin");
    const error = app.page.locator('[data-testid="query-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain(":param name => 'Carvin'");
  });

  it("clears the parameters", async () => {
    await run(":params clear");
    await app.page.locator('[data-testid="query-notice"]').getByText("parameters cleared").waitFor();
    expect(await app.page.locator('[data-testid="query-params"]').count()).toBe(0);
  });
});
