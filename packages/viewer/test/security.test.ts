/**
 * The security headers as a browser sees them (issue 10): the built app served by the real server
 * on the real test Neo4j, in headless Chromium. The page works under its Content-Security-Policy
 * (no violation while it draws, searches and runs Cypher), refuses to be framed, sends no
 * Referer, and the server serves no source maps and refuses a rebinding host name.
 */
import http from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { DIST, ensureBuiltApp } from "./built-app.js";
import { loadFixtureGraph, testConnection } from "./fixture-graph.js";

let server: RunningViewer;
let browser: Browser;
let page: Page;
const violations: string[] = [];

// biome-ignore lint/suspicious/noExplicitAny: the page-side handle is untyped on purpose
type Handle = any;

beforeAll(async () => {
  ensureBuiltApp("the security headers test");
  await loadFixtureGraph();
  server = await startViewerServer({ port: 0, neo4j: testConnection(), staticDir: DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load (CSP ${event.violatedDirective}): ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("security headers in a real browser", () => {
  it("serves the app with a CSP it runs under without a single violation", async () => {
    const response = await page.goto(server.url);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("script-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["x-frame-options"]).toBe("DENY");
    await page.waitForFunction(() => ((window as Handle).__claimgraph?.cy?.nodes().length ?? 0) > 0, null, {
      timeout: 30_000,
    });
    await page.fill('[data-testid="search-input"]', "Dunn");
    await page.locator('[data-testid="search-hit"]').first().waitFor();
    await page.click('[data-testid="tab-query"]');
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText("MATCH (p:Person) RETURN p.name AS name LIMIT 3");
    await page.click('[data-testid="run-query"]');
    await page.locator('[data-testid="result-table"], [data-testid="query-error"]').first().waitFor();
    expect(await page.locator('[data-testid="query-error"]').count()).toBe(0);
    expect(await page.locator('[data-testid="result-table"] tbody tr').count()).toBe(3);
    expect(violations).toEqual([]);
  });

  it("cannot be framed by another page", async () => {
    const framing = await browser.newPage();
    try {
      // setContent waits for the load event, which waits for the frame.
      await framing.setContent(`<iframe id="f" src="${server.url}"></iframe>`);
      const frame = framing.frames().find((f) => f.url().startsWith(server.url));
      const rendered = frame
        ? await frame
            .locator("#root")
            .count()
            .catch(() => 0)
        : 0;
      expect(rendered).toBe(0);
    } finally {
      await framing.close();
    }
  });

  it("serves no source maps and answers no foreign host name", async () => {
    const html = await (await fetch(server.url)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await (await fetch(new URL(script as string, server.url))).text();
    expect(js).not.toContain("sourceMappingURL");
    expect(await (await fetch(new URL(`${script}.map`, server.url))).text()).not.toContain('"mappings"');
    // A rebinding page reaches the server under its own name: a browser cannot fake Host, so ask raw.
    const port = Number(new URL(server.url).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        { host: "127.0.0.1", port, path: "/api/health", headers: { host: `attacker.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
    });
    expect(status).toBe(421);
  });
});
