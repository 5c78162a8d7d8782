import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Test support: an HTTP server on 127.0.0.1 (a random free port) serving what the test gives it,
 * logging every request path. Tests never reach the internet.
 */
export type Route = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface TestServer {
  url: string;
  log: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startTestServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const log: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    log.push(path);
    const route = table.get(path);
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    Promise.resolve(route(request, response)).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (body: string | Uint8Array, contentType = "text/html; charset=utf-8", status = 200): Route =>
  (_request, response) => {
    response.writeHead(status, { "content-type": contentType }).end(body);
  };
