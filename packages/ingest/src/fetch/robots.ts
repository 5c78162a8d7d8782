import { createRequire } from "node:module";

// A CommonJS module exporting one function, whose bundled types do not type-check as ESM: required and typed here.
type RobotsParser = (url: string, text: string) => { isAllowed(url: string, agent?: string): boolean | undefined };
const robotsParser = createRequire(import.meta.url)("robots-parser") as RobotsParser;

/**
 * robots.txt, read once per origin with robots-parser (the full matching rules: wildcards, `$`,
 * longest match, Allow beside Disallow, agent groups). `get` fetches a text document (through the
 * same cache and limiter as pages, so a re-run fetches no robots.txt either). No robots.txt (4xx)
 * means everything is allowed; one that cannot be had (5xx, network) also allows, as most
 * crawlers do for a missing file — the per-host delay still applies.
 */
export class Robots {
  private readonly byOrigin = new Map<string, Promise<(url: string) => boolean>>();

  constructor(
    private readonly userAgent: string,
    private readonly get: (url: string) => Promise<string | undefined>,
  ) {}

  allowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = this.get(robotsUrl).then((text) => {
        if (text === undefined) return () => true;
        const robots = robotsParser(robotsUrl, text);
        return (target: string) => robots.isAllowed(target, this.userAgent) !== false;
      });
      this.byOrigin.set(origin, rules);
    }
    return rules.then((isAllowed) => isAllowed(url));
  }
}
