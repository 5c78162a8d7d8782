import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * An on-disk cache of fetched documents keyed by URL (sha256 of the URL as given): a re-run reads
 * them from here and fetches nothing. Each entry is two files, `<key>.json` (URL, final URL after
 * redirects, content type, when) and `<key>.body` (the bytes as received); each is written to a
 * temporary name and renamed, so a run killed mid-write leaves no half entry. Only successful
 * fetches are kept: a failed URL is tried again next time.
 */
export interface CachedPage {
  url: string;
  finalUrl: string;
  contentType: string;
  fetchedAt: string;
  body: Uint8Array;
}

export class FetchCache {
  constructor(readonly dir: string) {}

  private path(url: string, ext: string): string {
    return join(this.dir, `${createHash("sha256").update(url).digest("hex").slice(0, 40)}.${ext}`);
  }

  async get(url: string): Promise<CachedPage | undefined> {
    try {
      const meta = JSON.parse(await readFile(this.path(url, "json"), "utf8")) as Omit<CachedPage, "body">;
      if (meta.url !== url) return undefined;
      const body = new Uint8Array(await readFile(this.path(url, "body")));
      return { ...meta, body };
    } catch {
      return undefined;
    }
  }

  async put(page: CachedPage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const { body, ...meta } = page;
    const suffix = `.${process.pid}.${Date.now()}.tmp`;
    const bodyPath = this.path(page.url, "body");
    const metaPath = this.path(page.url, "json");
    await writeFile(bodyPath + suffix, body);
    await rename(bodyPath + suffix, bodyPath);
    // The metadata file is written last: an entry is there only once both files are.
    await writeFile(metaPath + suffix, JSON.stringify(meta));
    await rename(metaPath + suffix, metaPath);
  }
}
