/**
 * Typo-tolerant search (issue 15 parity), in Chromium on the fixture graph: a name typed with one
 * letter missing or wrong still finds the person ("Carvn" → Stephanie Carvin), and a correctly spelt
 * name still comes first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenApp, openApp } from "./open-app.js";

let app: OpenApp;

beforeAll(async () => {
  app = await openApp("the typo-tolerant search tests");
}, 120_000);
afterAll(() => app?.close());

/** Types the text once; typing again while polling would restart the search box's debounce each time. */
async function type(text: string): Promise<void> {
  const input = app.page.locator('[data-testid="search-input"]');
  await input.fill("");
  await input.fill(text);
}

function firstHit(): Promise<string | null> {
  return app.page.locator('[data-testid="search-hit"]').first().textContent({ timeout: 15_000 });
}

describe("search with a typo", () => {
  it.each([
    ["Carvn", "Stephanie Carvin"],
    ["Stefanie Carvin", "Stephanie Carvin"],
    ["Dun", "Matthew Dunn"],
  ])("finds %s → %s first", async (typed, name) => {
    await type(typed);
    // The results of the previous query can still be showing: wait for this one's to replace them.
    await expect.poll(firstHit, { timeout: 15_000 }).toContain(name);
  });
});
