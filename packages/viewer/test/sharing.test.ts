/**
 * Sharing end to end, in headless Chromium against the real server and the test Neo4j: a time
 * window, a saved snapshot opened by permalink in a fresh context (no credentials, same nodes at the
 * same positions, same window), the HTML export opened from disk with the network cut off, and a
 * damaged snapshot file refused with a precise error. Data: the seed article plus eight invented
 * articles from September 2016 (test/dated-articles.ts), so the timeline spans two periods.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { connect, ingest, resetClaimGraph } from "@claimgraph/ingest";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningViewer, startViewerServer } from "../server/index.js";
import { launchBrowser } from "./browser.js";
import { ensureBuiltApp } from "./built-app.js";
import { datedArticlesJsonLines } from "./dated-articles.js";
import { testConnection } from "./fixture-graph.js";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO_ROOT = path.resolve(PACKAGE_DIR, "..", "..");
const SHOTS = path.join(REPO_ROOT, "artifacts", "screenshots");
const DIST = path.join(PACKAGE_DIR, "dist");

// biome-ignore lint/suspicious/noExplicitAny: the page-side handles are untyped on purpose
type Handle = any;
interface Placed {
  id: string;
  x: number;
  y: number;
}

let driver: Driver;
let server: RunningViewer;
let browser: Browser;
let author: Page;
let work: string;
let permalink = "";

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Nodes drawn on the page's canvas with their model positions, sorted by id. */
const placed = (page: Page): Promise<Placed[]> =>
  page.evaluate(() =>
    (window as Handle).__claimgraph.cy
      .nodes()
      .map((n: Handle) => ({ id: n.id(), x: n.position().x, y: n.position().y }))
      .sort((a: Placed, b: Placed) => a.id.localeCompare(b.id)),
  );

const viewport = (page: Page): Promise<{ zoom: number; pan: { x: number; y: number } }> =>
  page.evaluate(() => {
    const cy = (window as Handle).__claimgraph.cy;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

/**
 * Waits until the canvas shows `count` nodes (any, when not given), no layout runs, nothing is
 * animated, and every node stands where the graph store has it (what a snapshot records).
 */
async function settled(page: Page, count?: number): Promise<void> {
  const waiting = page.waitForFunction(
    (expected) => {
      const h = (window as Handle).__claimgraph;
      const nodes = h?.cy?.nodes();
      if (!nodes || nodes.length === 0 || (expected !== undefined && nodes.length !== expected)) return false;
      if (document.querySelector('[data-testid="canvas"]')?.getAttribute("data-layout") === "running") return false;
      const positions = h.stores.graph.get().positions;
      return nodes.every((node: Handle) => {
        const stored = positions[node.id()];
        const p = node.position();
        // The store keeps positions to 0.1.
        return stored && !node.animated() && Math.abs(stored.x - p.x) <= 0.06 && Math.abs(stored.y - p.y) <= 0.06;
      });
    },
    count,
    { timeout: 60_000 },
  );
  await waiting.catch(async (error: Error) => {
    // Say what was still unsettled, so that a timeout on a loaded machine can be told from a bug.
    const state = await page.evaluate(() => {
      const h = (window as Handle).__claimgraph;
      const positions = h?.stores.graph.get().positions ?? {};
      const nodes = h?.cy?.nodes().toArray() ?? [];
      const off = nodes.filter((n: Handle) => {
        const s = positions[n.id()];
        return !s || n.animated() || Math.abs(s.x - n.position().x) > 0.06 || Math.abs(s.y - n.position().y) > 0.06;
      });
      const layout = document.querySelector('[data-testid="canvas"]')?.getAttribute("data-layout");
      return `${nodes.length} nodes, layout ${layout}, ${off.length} not where the store has them`;
    });
    throw new Error(`${error.message} (${state}; wanted ${count ?? "any number of"} nodes)`);
  });
}

async function openShare(page: Page): Promise<void> {
  if ((await page.locator('[data-testid="share-title"]').count()) === 0) await page.click('[data-testid="share-open"]');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(path.join(tmpdir(), "claimgraph-sharing-"));
  ensureBuiltApp("the sharing tests", { exportViewer: true });
  const jsonl = path.join(work, "dated-articles.jsonl");
  writeFileSync(jsonl, datedArticlesJsonLines());
  const connection = testConnection();
  driver = await connect(connection);
  await resetClaimGraph(driver);
  await driver.executeQuery("MATCH (s:Snapshot) DETACH DELETE s");
  const summary = await ingest({ inputs: [path.join(REPO_ROOT, "seeds"), jsonl], driver, connection });
  expect(summary.failures ?? []).toEqual([]);
  server = await startViewerServer({ port: 0, neo4j: connection, staticDir: DIST });
  browser = await launchBrowser();
  author = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await author.goto(server.url);
  await settled(author);
});

afterAll(async () => {
  await driver?.executeQuery("MATCH (s:Snapshot) DETACH DELETE s").catch(() => {});
  await browser?.close();
  await server?.close();
  await driver?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("sharing in a real browser", () => {
  it("dragging across the timeline filters the graph to that period", async () => {
    const before = await author.evaluate(() => (window as Handle).__claimgraph.cy.nodes('[label = "Claim"]').length);
    const bars = author.locator('[data-testid="timeline-bars"]');
    const box = await bars.boundingBox();
    if (!box) throw new Error("the timeline is not drawn");
    // The first third of the timeline: the September 2016 articles, not the 2017 seed.
    await author.mouse.move(box.x + 2, box.y + box.height / 2);
    await author.mouse.down();
    await author.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 5 });
    await author.mouse.up();
    const period: { from: string; to: string } = await author.evaluate(
      () => (window as Handle).__claimgraph.sharing.timeline.get().window,
    );
    expect(period?.from).toMatch(/^2016-/);
    const after = await author.evaluate(() => (window as Handle).__claimgraph.cy.nodes('[label = "Claim"]').length);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const dates: string[] = await author.evaluate(() =>
      (window as Handle).__claimgraph.cy
        .nodes('[label = "Claim"]')
        .map((n: Handle) =>
          (window as Handle).__claimgraph.stores.graph.get().nodes[n.id()].props.publishedAt.slice(0, 10),
        ),
    );
    for (const d of dates) expect(d >= period.from && d <= period.to).toBe(true);
    await shot(author, "sharing-01-time-window");
  });

  it("saves a snapshot whose permalink opens in a fresh browser, without credentials, exactly as the author saw it", async () => {
    // Move one node so the picture is the author's own, not a layout anyone would get.
    await author.evaluate(() => {
      const h = (window as Handle).__claimgraph;
      const node = h.cy.nodes().first();
      node.position({ x: node.position().x + 77, y: node.position().y - 33 });
      node.emit("dragfree");
    });
    await openShare(author);
    await author.fill('[data-testid="share-title"]', "September claims");
    await author.fill('[data-testid="share-notes"]', "For the desk: who said what in September 2016.");
    await author.click('[data-testid="share-save"]');
    const link = author.locator('[data-testid="share-link"]');
    await link.waitFor();
    permalink = await link.inputValue();
    expect(permalink).toMatch(new RegExp(`^${server.url}s/[A-Za-z0-9_-]{38}$`));
    const seen = await placed(author);
    const view = await viewport(author);
    const windowText = await author.locator('[data-testid="timeline-window"]').textContent();
    await shot(author, "sharing-02-saved");

    // The graph changes after the snapshot was taken: the reader still sees the author's picture, and is told.
    await driver.executeQuery(
      "CREATE (:Article {id: 'sharing-test-later', title: 'Later', text: '', ingestedAt: '2099-01-01T00:00:00Z'})",
    );
    const reader = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    try {
      const apiCalls: string[] = [];
      reader.on("request", (r) => apiCalls.push(new URL(r.url()).pathname));
      await reader.goto(permalink);
      await reader.locator('[data-testid="snapshot-banner"]').waitFor();
      await settled(reader, seen.length);
      expect(await reader.locator('[data-testid="snapshot-title"]').textContent()).toBe("September claims");
      // How it was made travels with it: the time window the author chose is among the steps.
      expect(await reader.locator('[data-testid="snapshot-steps"] li').allTextContents()).toContain(
        `Time window ${windowText?.split(" · ")[0]}`,
      );
      const got = await placed(reader);
      expect(got.map((p) => p.id)).toEqual(seen.map((p) => p.id));
      for (const [i, p] of got.entries()) {
        expect(Math.abs(p.x - (seen[i] as Placed).x)).toBeLessThan(0.11);
        expect(Math.abs(p.y - (seen[i] as Placed).y)).toBeLessThan(0.11);
      }
      const readerView = await viewport(reader);
      expect(readerView.zoom).toBeCloseTo(view.zoom, 5);
      expect(readerView.pan.x).toBeCloseTo(view.pan.x, 3);
      expect(readerView.pan.y).toBeCloseTo(view.pan.y, 3);
      expect(await reader.locator('[data-testid="timeline-window"]').textContent()).toBe(windowText);
      // The snapshot came from the server; the live overview was not loaded over it.
      expect(apiCalls).toContain(new URL(permalink).pathname.replace("/s/", "/api/snapshots/"));
      expect(apiCalls).not.toContain("/api/overview");
      expect(await reader.locator('[data-testid="snapshot-changed"]').textContent()).toContain(
        "the live graph has changed since",
      );
      await shot(reader, "sharing-03-permalink-opened");
    } finally {
      await reader.context().close();
      await driver.executeQuery("MATCH (a:Article {id: 'sharing-test-later'}) DETACH DELETE a");
    }
  });

  it("exports one HTML file that opens from disk with the network cut off and shows a claim's quote on click", async () => {
    await openShare(author);
    const [download] = await Promise.all([
      author.waitForEvent("download"),
      author.click('[data-testid="share-export-html"]'),
    ]);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(file.endsWith(".html")).toBe(true);

    const offline = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    await offline.route("**/*", (route) => {
      if (route.request().url().startsWith("file:")) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await offline.newPage();
    try {
      await page.goto(pathToFileURL(file).toString());
      await page.waitForFunction(() => ((window as Handle).__claimgraphExport?.cy?.nodes().length ?? 0) > 0);
      // The claim standing furthest from any other node, so the click cannot land on a neighbour.
      const target = await page.evaluate(() => {
        const { cy, snapshot } = (window as Handle).__claimgraphExport;
        const all = cy.nodes();
        let best: Handle = null;
        let bestGap = -1;
        cy.nodes('[label = "Claim"]').forEach((c: Handle) => {
          const p = c.renderedPosition();
          let gap = Number.POSITIVE_INFINITY;
          all.forEach((o: Handle) => {
            if (o.id() === c.id()) return;
            const q = o.renderedPosition();
            gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
          });
          if (gap > bestGap) {
            bestGap = gap;
            best = c;
          }
        });
        const box = cy.container().getBoundingClientRect();
        const p = best.renderedPosition();
        const node = snapshot.state.nodes.find((n: Handle) => n.id === best.id());
        return { x: box.left + p.x, y: box.top + p.y, text: node.props.text as string };
      });
      await page.mouse.click(target.x, target.y);
      const quote = page.locator('[data-testid="quote"]');
      await quote.waitFor();
      expect(await quote.textContent()).toBe(target.text);
      expect(requests).toEqual([]);
      await shot(page, "sharing-04-html-export-offline");
    } finally {
      await offline.close();
    }
  });

  it("exports the claims in view as CSV and JSON, and the whole graph as PNG and SVG", async () => {
    const grab = async (testId: string) => {
      await openShare(author);
      const [download] = await Promise.all([
        author.waitForEvent("download"),
        author.click(`[data-testid="${testId}"]`),
      ]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const drawnClaims: string[] = await author.evaluate(() =>
      (window as Handle).__claimgraph.cy
        .nodes('[label = "Claim"]')
        .map((n: Handle) => n.id())
        .sort(),
    );
    const period: { from: string; to: string } = await author.evaluate(
      () => (window as Handle).__claimgraph.sharing.timeline.get().window,
    );

    const json = JSON.parse((await grab("share-export-json")).bytes.toString("utf8"));
    expect(json.count).toBe(drawnClaims.length);
    expect(json.claims.map((c: Handle) => c.claimId).sort()).toEqual(drawnClaims);
    for (const c of json.claims) {
      expect(c.speaker).not.toBe("");
      expect(c.quote.length).toBeGreaterThan(0);
      expect(c.articleTitle).not.toBe("");
      expect(c.outlet).not.toBe("");
      expect(c.date >= period.from && c.date <= period.to).toBe(true);
    }

    const csv = await grab("share-export-csv");
    expect(csv.name.endsWith(".csv")).toBe(true);
    const text = csv.bytes.toString("utf8");
    expect(
      text.startsWith(
        "\uFEFFspeaker,quote,targets,article_title,outlet,date,url,article_id,start,end,kind,claim_id,statement_id,statement_reports,statement_articles,statement_outlets,disputes,disputed_by\r\n",
      ),
    ).toBe(true);
    for (const id of drawnClaims) expect(text).toContain(`,${id},`);

    const png = (await grab("share-export-png")).bytes;
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const canvasWidth = await author.evaluate(() => (window as Handle).__claimgraph.cy.width());
    expect(png.readUInt32BE(16)).toBeGreaterThan(canvasWidth * 0.5);

    const svg = (await grab("share-export-svg")).bytes.toString("utf8");
    const drawn = await author.evaluate(() => (window as Handle).__claimgraph.cy.nodes().length);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<g data-id=/g)?.length).toBe(drawn);
  });

  it.each([
    ["damaged.claimgraph.json", '{"kind":"claimgraph.snapshot","version":1,"title":"x"', "not valid JSON"],
    ["wrong-field.claimgraph.json", "WRONG_FIELD", "state.nodes.0.id"],
  ])("refuses the damaged snapshot file %s and says what is wrong", async (name, content, words) => {
    let text = content;
    if (content === "WRONG_FIELD") {
      const [download] = await Promise.all([
        author.waitForEvent("download"),
        (async () => {
          await openShare(author);
          await author.click('[data-testid="share-export-file"]');
        })(),
      ]);
      const good = JSON.parse(readFileSync(await download.path(), "utf8"));
      good.state.nodes[0].id = 42;
      text = JSON.stringify(good);
    }
    const before = await placed(author);
    await openShare(author);
    await author.setInputFiles('[data-testid="share-import"]', {
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    const error = author.locator('[data-testid="share-error"]');
    await error.waitFor();
    const message = (await error.textContent()) ?? "";
    expect(message).toContain(`${name} is not a valid claimgraph snapshot`);
    expect(message).toContain(words);
    // Nothing on screen was lost.
    expect(await placed(author)).toEqual(before);
    await shot(author, `sharing-05-import-error-${name.split(".")[0]}`);
    await author.click('[data-testid="share-error"] button');
  });
});
