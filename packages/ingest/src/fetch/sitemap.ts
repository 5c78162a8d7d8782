import { DomUtils, parseDocument } from "htmlparser2";

/**
 * A sitemap (`<urlset>`: pages) or a sitemap index (`<sitemapindex>`: more sitemaps) → its `<loc>`
 * URLs, made absolute and deduplicated, read with htmlparser2 in XML mode.
 */
export interface Sitemap {
  kind: "pages" | "sitemaps";
  urls: string[];
}

export function parseSitemap(xml: string, sitemapUrl: string): Sitemap | undefined {
  const head = xml.slice(0, 4096);
  const kind = /<sitemapindex[\s>]/i.test(head) ? "sitemaps" : /<urlset[\s>]/i.test(head) ? "pages" : undefined;
  if (!kind) return undefined;
  const document = parseDocument(xml, { xmlMode: true });
  const urls = new Set<string>();
  for (const loc of DomUtils.getElementsByTagName("loc", document, true)) {
    try {
      urls.add(new URL(DomUtils.textContent(loc).trim(), sitemapUrl).href);
    } catch {
      // A <loc> that is not a URL is skipped.
    }
  }
  return { kind, urls: [...urls] };
}
