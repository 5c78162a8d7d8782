import { parseFeed } from "htmlparser2";

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom → the articles' links, with htmlparser2's feed reader (already
 * our HTML parser; it knows the three formats' element names, Atom's rel="alternate" links and
 * entity-encoded titles). Relative links are made absolute against the feed's URL; duplicates go.
 */
export interface FeedItem {
  url: string;
  title?: string;
  date?: string;
}

/** A feed, or undefined when the text is not one. */
export function parseFeedItems(xml: string, feedUrl: string): FeedItem[] | undefined {
  const head = xml.slice(0, 4096);
  if (!/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return undefined;
  const feed = parseFeed(xml);
  if (!feed) return undefined;
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of feed.items) {
    if (!item.link) continue;
    let url: string;
    try {
      url = new URL(item.link.trim(), feedUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const entry: FeedItem = { url };
    if (item.title) entry.title = item.title.trim();
    if (item.pubDate) entry.date = item.pubDate.toISOString();
    items.push(entry);
  }
  return items;
}
