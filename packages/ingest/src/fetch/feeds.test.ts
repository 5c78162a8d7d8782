import { describe, expect, it } from "vitest";
import { parseFeedItems } from "./feeds.js";
import { parseSitemap } from "./sitemap.js";
import { parseUrlList } from "./url-list.js";

describe("feeds, sitemaps and URL lists", () => {
  it("RSS and Atom give absolute, deduplicated links", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>A &amp; B</title><link>/a</link><pubDate>Tue, 05 Mar 2028 10:00:00 GMT</pubDate></item>
      <item><title>Again</title><link>http://x.test/a</link></item><item><title>No link</title></item></channel></rss>`;
    expect(parseFeedItems(rss, "http://x.test/feed")).toEqual([
      { url: "http://x.test/a", title: "A & B", date: "2028-03-05T10:00:00.000Z" },
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><link rel="alternate" href="https://y.test/e"/></entry></feed>`;
    expect(parseFeedItems(atom, "https://y.test/atom")?.map((i) => i.url)).toEqual(["https://y.test/e"]);
    expect(parseFeedItems("<html><body>no</body></html>", "http://x.test/")).toBeUndefined();
  });

  it("sitemaps and sitemap indexes", () => {
    expect(
      parseSitemap("<urlset><url><loc> /p1 </loc></url><url><loc>/p1</loc></url></urlset>", "http://x.test/s.xml"),
    ).toEqual({
      kind: "pages",
      urls: ["http://x.test/p1"],
    });
    expect(
      parseSitemap("<sitemapindex><sitemap><loc>http://x.test/s2.xml</loc></sitemap></sitemapindex>", "http://x.test/")
        ?.kind,
    ).toBe("sitemaps");
    expect(parseSitemap("<rss></rss>", "http://x.test/")).toBeUndefined();
  });

  it("a URL list is every non-comment line a URL", () => {
    expect(parseUrlList("# mine\nhttps://a.test/1\n\nhttp://b.test/2\nhttps://a.test/1\n")).toEqual([
      "https://a.test/1",
      "http://b.test/2",
    ]);
    expect(parseUrlList("https://a.test/1\nnot a url")).toBeUndefined();
    expect(parseUrlList("")).toBeUndefined();
  });
});
