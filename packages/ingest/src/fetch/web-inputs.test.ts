import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { NEWS_FIXTURES } from "../input/html/news-fixtures.js";
import type { InputItem } from "../input/types.js";
import { send, startTestServer, type TestServer } from "./test-server.js";
import { readWebInputs, type WebInputOptions } from "./web-inputs.js";

/** Everything against a server on 127.0.0.1 that this test starts, serving pages it writes itself. */
let server: TestServer;
let dir = "";
const fixture = (i: number) => NEWS_FIXTURES[i] ?? NEWS_FIXTURES[0];
const articleText = (i: number) => fixture(i)?.article.join("\n\n");
let flakyCalls = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-fetch-"));
  server = await startTestServer({
    "/robots.txt": send("User-agent: *\nDisallow: /private/\n", "text/plain"),
    "/old": (_q, r) => r.writeHead(301, { location: "/news/1" }).end(),
    "/loop": (_q, r) => r.writeHead(302, { location: "/loop" }).end(),
    "/slow": async (_q, r) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (!r.destroyed) send(fixture(2)?.html ?? "")(_q, r);
    },
    "/huge": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"filler ".repeat(1000)}</p>`;
      let sent = 0;
      const more = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!r.write(chunk)) return r.once("drain", more);
        }
        r.end();
      };
      r.on("error", () => {});
      more();
    },
    "/latin1": send(
      Buffer.from(
        "<html><head><title>Café</title></head><body><p>Le maire a déclaré: « Ça suffit », à Genève.</p></body></html>",
        "latin1",
      ),
      "text/html; charset=ISO-8859-1",
    ),
    "/cp1252": send(
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
        Buffer.from([0x93]),
        Buffer.from("We will pay "),
        Buffer.from([0x80]),
        Buffer.from("5m,"),
        Buffer.from([0x94]),
        Buffer.from(" she said.</p></body></html>"),
      ]),
      "text/html",
    ),
    "/private/secret": send(fixture(3)?.html ?? ""),
    "/image.png": send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png"),
    "/flaky": (q, r) => {
      flakyCalls++;
      if (flakyCalls === 1) r.writeHead(503).end();
      else send(fixture(4)?.html ?? "")(q, r);
    },
    "/feed.xml": (_q, r) =>
      send(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>${[1, 2, 3, 1]
          .map((n) => `<item><title>Story ${n}</title><link>${server.url}/news/${n}</link></item>`)
          .join("")}<item><title>Gone</title><link>/news/404</link></item></channel></rss>`,
        "application/rss+xml",
      )(_q, r),
    "/sitemap-index.xml": send(
      `<sitemapindex><sitemap><loc>/sitemap.xml</loc></sitemap></sitemapindex>`,
      "application/xml",
    ),
    "/sitemap.xml": send(
      `<urlset><url><loc>/news/5</loc></url><url><loc>/news/6</loc></url></urlset>`,
      "application/xml",
    ),
  });
  for (let n = 1; n <= 8; n++) server.routes.set(`/news/${n}`, send(fixture(n - 1)?.html ?? ""));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function read(specs: string[], extra: Partial<WebInputOptions> = {}) {
  const { items, stats } = readWebInputs(specs, {
    cacheDir: join(dir, "cache"),
    delayMs: 0,
    timeoutMs: 1000,
    retries: 1,
    backoffMs: 10,
    maxBytes: 5 * 1024 * 1024,
    ...extra,
  });
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return { items: out, stats };
}
const doc = (item: InputItem | undefined) => {
  if (!item?.ok) throw new Error(`expected a document, got ${JSON.stringify(item)}`);
  return item.doc;
};

describe("URLs, feeds, sitemaps, URL lists and WARC files from a local server", () => {
  it("a news page: its main content and metadata; a redirect ends at the page and keeps the address given", async () => {
    const { items } = await read([`${server.url}/news/1`, `${server.url}/old`]);
    expect(doc(items[0])).toMatchObject({
      text: articleText(0),
      title: fixture(0)?.expected.title,
      source: fixture(0)?.expected.source,
      authors: fixture(0)?.expected.authors,
      date: fixture(0)?.expected.publishedAt,
      sourceKey: `${server.url}/news/1`,
    });
    expect(doc(items[1]).text).toBe(articleText(0));
    expect(doc(items[1]).sourceKey).toBe(`${server.url}/old`);
  });

  it("every failure is one line naming the URL, and the rest go on", async () => {
    const specs = ["/news/404", "/loop", "/slow", "/huge", "/image.png", "/private/secret", "/news/2"].map(
      (p) => server.url + p,
    );
    const started = Date.now();
    const { items } = await read(specs, { retries: 0 });
    const errors = items.map((item) => (item.ok ? "ok" : `${item.origin.replace(server.url, "")}: ${item.error}`));
    expect(errors).toEqual([
      "/news/404: the server answered 404 Not Found",
      "/loop: more than 5 redirects",
      "/slow: no answer within 1 s",
      "/huge: the page is more than 5.0 MB, over the 5.0 MB limit for one document",
      "/image.png: it is image/png, not a web page or feed",
      expect.stringMatching(
        /^\/private\/secret: robots.txt of 127.0.0.1:\d+ does not allow fetching \/private\/secret$/,
      ),
      "ok",
    ]);
    expect(items.every((item) => item.ok || item.hint)).toBe(true);
    const [bad] = (await read(["http://[not-an-address"])).items;
    expect(bad).toMatchObject({ ok: false, error: "not a valid web address" });
    expect(server.log).not.toContain("/private/secret");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("retries a 503 with backoff", async () => {
    const { items } = await read([`${server.url}/flaky`]);
    expect(doc(items[0]).text).toBe(articleText(4));
    expect(flakyCalls).toBe(2);
  });

  it("Latin-1 and Windows-1252 pages are decoded, not refused", async () => {
    const { items } = await read([`${server.url}/latin1`, `${server.url}/cp1252`]);
    expect(doc(items[0]).text).toBe("Le maire a déclaré: « Ça suffit », à Genève.");
    expect(doc(items[1]).text).toBe("“We will pay €5m,” she said.");
  });

  it("a feed: each article once (duplicates dropped, a 404 named); a sitemap index and a file of URLs", async () => {
    const feed = await read([`${server.url}/feed.xml`]);
    expect(
      feed.items.map((item) =>
        item.ok ? item.doc.sourceKey?.replace(server.url, "") : item.origin.replace(server.url, ""),
      ),
    ).toEqual(["/news/1", "/news/2", "/news/3", "/news/404"]);
    const sitemap = await read([`${server.url}/sitemap-index.xml`]);
    expect(sitemap.items.map((item) => doc(item).text)).toEqual([articleText(4), articleText(5)]);
    const list = join(dir, "list.urls");
    writeFileSync(list, `# my reading\n${server.url}/news/7\n\n${server.url}/news/8\n`);
    const fromList = await read([list]);
    expect(fromList.items.map((item) => doc(item).text)).toEqual([articleText(6), articleText(7)]);
  });

  it("a re-run reads from the cache and sends no request", async () => {
    const before = server.log.length;
    const { items, stats } = await read([`${server.url}/feed.xml`, `${server.url}/news/1`]);
    expect(items.filter((item) => item.ok)).toHaveLength(4);
    expect(server.log.slice(before)).toEqual(["/news/404"]); // failures are not cached: they are tried again
    expect(stats).toMatchObject({ fetched: 0, fromCache: 5 });
  });

  it("--refresh asks for the named feed again, not for its articles", async () => {
    const before = server.log.length;
    const { items, stats } = await read([`${server.url}/feed.xml`], { refresh: true });
    expect(items.filter((item) => item.ok)).toHaveLength(3);
    expect(server.log.slice(before)).toEqual(["/feed.xml", "/news/404"]);
    expect(stats).toMatchObject({ fetched: 1, fromCache: 3 });
  });

  it("a WARC file's HTML responses are articles, with their archived URLs", async () => {
    const records = [
      WARCRecord.create({ type: "warcinfo", url: "" }, [new TextEncoder().encode("software: test\r\n")]),
      WARCRecord.create(
        {
          url: "https://news.example.org/a",
          type: "response",
          httpHeaders: { "content-type": "text/html; charset=utf-8" },
        },
        [new TextEncoder().encode(fixture(9)?.html ?? "")],
      ),
      WARCRecord.create(
        { url: "https://news.example.org/logo.png", type: "response", httpHeaders: { "content-type": "image/png" } },
        [new Uint8Array([1, 2, 3])],
      ),
      WARCRecord.create(
        {
          url: "https://news.example.org/latin",
          type: "response",
          httpHeaders: { "content-type": "text/html; charset=iso-8859-1" },
        },
        [Buffer.from("<p>À Genève, dit-il.</p>", "latin1")],
      ),
    ];
    const chunks: Uint8Array[] = [];
    for (const record of records) chunks.push(await WARCSerializer.serialize(record, { gzip: true }));
    const path = join(dir, "crawl.warc.gz");
    writeFileSync(path, Buffer.concat(chunks));
    const { items } = await read([path]);
    expect(items.map((item) => doc(item).sourceKey)).toEqual([
      "https://news.example.org/a",
      "https://news.example.org/latin",
    ]);
    expect(doc(items[0])).toMatchObject({ text: articleText(9), title: fixture(9)?.expected.title });
    expect(doc(items[1]).text).toBe("À Genève, dit-il.");
    writeFileSync(join(dir, "bad.warc"), "not a warc");
    const bad = await read([join(dir, "bad.warc")]);
    expect(bad.items[0]).toMatchObject({ ok: false, origin: join(dir, "bad.warc") });
  });
});
