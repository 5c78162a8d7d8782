/**
 * Exports that can be traced back to the source (issue 15 item 4), in a real browser on the
 * fixture graph: every claim row in the CSV and JSON names its article (title, outlet, date, URL,
 * id) and the quote's offsets, also for a claim that came from a Cypher result; the snapshot file
 * keeps the notes; the HTML export shows them and names the article of a clicked claim; the SVG
 * export draws each relationship type in its own colour (issue 15 item 8).
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { FIXTURE_ARTICLE_ID, FIXTURE_CLAIMS, FIXTURE_TEXT, loadFixtureGraph, testConnection } from "./fixture-graph.js";
import { parseCsv } from "./parse-csv.js";

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

let server: RunningViewer;
let browser: Browser;
let page: Page;

const NOTES = "Checked against the article on 17 May.";
const TITLE = "Allies weigh what to share";

async function grab(testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

beforeAll(async () => {
  ensureBuiltApp("the export tests", { exportViewer: true });
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 30_000,
  });
  // One claim as a Cypher result brings it: the bare node, without the context an expand adds.
  await page.evaluate(async (id) => {
    const handle = (window as Handle).__claimgraph;
    const response = await fetch("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (c:Claim {id: $id}) RETURN c", params: { id }, limit: 10 }),
    });
    const result = await response.json();
    handle.actions.graph.remove([id]);
    handle.actions.graph.add(result.graph);
  }, FIXTURE_CLAIMS[3]?.id);
  await page.click('[data-testid="share-open"]');
  await page.fill('[data-testid="share-title"]', "Traceable");
  await page.fill('[data-testid="share-notes"]', NOTES);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("exports a reader can trace", () => {
  it("gives every CSV row its article and the quote's offsets", async () => {
    const { text } = await grab("share-export-csv");
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
    const col = (name: string) => {
      const i = header?.indexOf(name) ?? -1;
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(rows.length).toBe(FIXTURE_CLAIMS.length);
    for (const row of rows) {
      expect(row[col("article_title")]).toBe(TITLE);
      expect(row[col("outlet")]).toBe("Fixture Post");
      expect(row[col("date")]).toBe("2017-05-17");
      expect(row[col("url")]).toBe("https://example.org/allies");
      expect(row[col("article_id")]).toBe(FIXTURE_ARTICLE_ID);
      const start = Number(row[col("start")]);
      const end = Number(row[col("end")]);
      expect(FIXTURE_TEXT.slice(start, end)).toBe(row[col("quote")]);
    }
  }, 60_000);

  it("gives every JSON claim its article and offsets", async () => {
    const { text } = await grab("share-export-json");
    const doc = JSON.parse(text);
    const claims = doc.claims as Array<Record<string, unknown>>;
    expect(claims.length).toBe(FIXTURE_CLAIMS.length);
    for (const claim of claims) {
      expect(claim.articleTitle).toBe(TITLE);
      expect(claim.outlet).toBe("Fixture Post");
      expect(claim.articleId).toBe(FIXTURE_ARTICLE_ID);
      expect(FIXTURE_TEXT.slice(claim.start as number, claim.end as number)).toBe(claim.quote);
    }
  }, 60_000);

  it("keeps the notes in the snapshot file", async () => {
    const { text } = await grab("share-export-file");
    expect(JSON.parse(text).notes).toBe(NOTES);
  }, 60_000);

  it("draws SAID and ABOUT apart in the SVG export, as Chromium renders it", async () => {
    const { text } = await grab("share-export-svg");
    const viewer = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await viewer.setContent(text);
      const strokes = await viewer.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const path of document.querySelectorAll("g.edges > *")) {
          const type = path.querySelector("title")?.textContent ?? "";
          out[type] = [...new Set([...(out[type] ?? []), getComputedStyle(path).stroke])];
        }
        return out;
      });
      expect(strokes.SAID).toHaveLength(1);
      expect(strokes.ABOUT).toHaveLength(1);
      expect(strokes.SAID?.[0]).not.toBe(strokes.ABOUT?.[0]);
    } finally {
      await viewer.close();
    }
  }, 60_000);

  it("shows the notes in the HTML export and names a clicked claim's article", async () => {
    const { text } = await grab("share-export-html");
    const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await reader.setContent(text);
      await reader.waitForFunction(() => !!(window as Handle).__claimgraphExport);
      expect(await reader.locator("body").textContent()).toContain(NOTES);
      await reader.evaluate((id) => {
        (window as Handle).__claimgraphExport.cy.getElementById(id).emit("tap");
      }, FIXTURE_CLAIMS[3]?.id);
      const details = reader.locator("#details");
      await details.locator('[data-testid="quote"]').waitFor();
      const shown = (await details.textContent()) ?? "";
      expect(shown).toContain(TITLE);
      expect(shown).toContain("Fixture Post");
      expect(shown).toContain("2017-05-17");
    } finally {
      await reader.close();
    }
  }, 60_000);
});
