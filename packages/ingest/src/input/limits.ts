/**
 * The largest document accepted, in bytes of UTF-8: 5 MiB, about fifty times the longest article
 * in PolNeAR (100 KB). A file (or a JSONL line) above it is refused with an error naming it, and
 * is never held in memory whole. JSONL files themselves can be any size: they are streamed.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
