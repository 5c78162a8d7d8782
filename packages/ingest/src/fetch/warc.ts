import { createReadStream } from "node:fs";
import { WARCParser } from "warcio";

/**
 * A web archive (`.warc` or `.warc.gz`, WARC 1.0/1.1, as written by wget --warc-file, Heritrix,
 * Browsertrix or webrecorder) → its archived HTML pages, read as a stream with warcio (the
 * Webrecorder project's reader: record framing, per-record gzip members, HTTP headers inside
 * `response` records). Only `response` records with status 2xx and an HTML content type are pages;
 * requests, metadata, images and scripts are passed over. A record over `maxBytes` is reported,
 * not read into memory.
 */
export type WarcEntry =
  | { ok: true; url: string; contentType: string; body: Uint8Array }
  | { ok: false; url: string; error: string; hint: string };

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<WarcEntry> {
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    if (record.warcType !== "response") continue;
    const url = record.warcTargetURI ?? "";
    const http = record.httpHeaders;
    const status = Number(http?.statusCode ?? 0);
    const contentType = http?.headers.get("content-type") ?? "";
    if (!url || status < 200 || status >= 300 || !HTML.test(contentType)) continue;
    const length = Number(record.warcHeaders.headers.get("content-length") ?? 0);
    if (length > maxBytes) {
      yield {
        ok: false,
        url,
        error: `the archived page is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit for one document`,
        hint: "save the article's text and ingest the file instead",
      };
      continue;
    }
    const body = await record.readFully(true);
    yield { ok: true, url, contentType, body };
  }
}
