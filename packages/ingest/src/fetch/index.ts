/** Fetching: URLs, feeds, sitemaps, URL lists and WARC archives → input items (the network adapter; see README "Bring your own news"). */

export { FetchCache } from "./cache.js";
export { parseFeedItems } from "./feeds.js";
export { type FetchResult, type FetchSettings, fetchPage } from "./fetch-page.js";
export { HostLimiter } from "./host-limiter.js";
export { Robots } from "./robots.js";
export { parseSitemap } from "./sitemap.js";
export { isUrl, parseUrlList } from "./url-list.js";
export { readWarc } from "./warc.js";
export { readWebInputs, USER_AGENT, type WebInputOptions, type WebStats } from "./web-inputs.js";
