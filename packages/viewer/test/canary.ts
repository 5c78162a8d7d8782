/**
 * Bait for the tests that attack the read-only door: a secret in a file and behind a local web
 * address. Anything that reads either would carry the secret back, or count a hit.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

export interface Canary {
  /** The secret both hold: it must never appear in an answer. */
  secret: string;
  /** A file:// URL to a CSV file holding the secret. */
  fileUrl: string;
  /** An http:// URL on 127.0.0.1 that answers the secret. */
  webUrl: string;
  /** Requests the web address has had. */
  hits(): number;
  close(): Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  const secret = `claimgraph-canary-${randomUUID()}`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), "claimgraph-canary-"));
  const file = path.join(scratch, "secret.csv");
  writeFileSync(file, `name\n${secret}\n`);
  let hits = 0;
  const web = http.createServer((_req, res) => {
    hits += 1;
    res.end(`name\n${secret}\n`);
  });
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  return {
    secret,
    fileUrl: `file://${file}`,
    webUrl: `http://127.0.0.1:${(web.address() as AddressInfo).port}/data.csv`,
    hits: () => hits,
    close: async () => {
      await new Promise<void>((resolve) => web.close(() => resolve()));
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
