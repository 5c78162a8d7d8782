/**
 * Which Host headers the viewer answers: DNS rebinding makes a hostile web page's own name resolve
 * to 127.0.0.1, so its requests reach this server with that name in Host. Only loopback names, the
 * address the server listens on and the names in CLAIMGRAPH_ALLOWED_HOSTS are served.
 */

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

export interface HostPolicy {
  /** Lower-case host names (any port) or host:port pairs. */
  readonly allowed: ReadonlySet<string>;
}

/** "a.example, b.example:8080" → the names; an empty or unset variable adds none. */
export function parseHostList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

export function hostPolicy(listenHost: string | undefined, extra: string[] = []): HostPolicy {
  const listening = listenHost && !["0.0.0.0", "::"].includes(listenHost) ? [bracketed(listenHost)] : [];
  return { allowed: new Set([...LOOPBACK, ...listening, ...extra.map((h) => h.toLowerCase())]) };
}

function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host.toLowerCase();
}

/** "Example.com:5173" → { name: "example.com", port: "5173" }; null for a malformed header. */
export function splitHost(header: string): { name: string; port: string | null } | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!match) return null;
  return { name: (match[1] as string).toLowerCase().replace(/\.$/, ""), port: match[2] ?? null };
}

export function isAllowedHost(policy: HostPolicy, header: string | undefined): boolean {
  if (!header) return false;
  const host = splitHost(header);
  if (!host) return false;
  return policy.allowed.has(host.name) || (host.port !== null && policy.allowed.has(`${host.name}:${host.port}`));
}

/**
 * A browser request with an Origin must come from a page this server served: same scheme-less
 * host as the request (and that host already passed the Host check).
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
