/**
 * A file of URLs: one http(s) URL a line; blank lines and lines starting with # are skipped. A
 * file is taken as a URL list when it is named `*.urls` or when every such line is a URL.
 */
const URL_LINE = /^https?:\/\/\S+$/i;

export function isUrl(spec: string): boolean {
  return URL_LINE.test(spec.trim());
}

export function parseUrlList(text: string): string[] | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (lines.length === 0 || !lines.every((line) => URL_LINE.test(line))) return undefined;
  return [...new Set(lines)];
}
