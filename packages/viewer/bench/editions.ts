/**
 * N editions of a corpus: every article once per edition, with its id, source key and origin
 * suffixed `#e<k>` (and a line naming the edition appended to its text) so the loader stores each
 * edition as distinct articles while the people and organizations in them resolve to the same nodes:
 * a hub's degree grows with N, as it would over years of news.
 */
import type { InputItem } from "@claimgraph/ingest";

export function* editions(items: readonly InputItem[], n: number): Generator<InputItem> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--scale must be a whole number ≥ 1 (got ${n}).`);
  for (let k = 0; k < n; k++) {
    for (const item of items) {
      if (!item.ok) continue;
      if (k === 0) {
        yield item;
        continue;
      }
      const doc = item.doc;
      yield {
        ok: true,
        doc: {
          ...doc,
          id: `${doc.id}#e${k}`,
          origin: `${doc.origin}#e${k}`,
          ...(doc.sourceKey ? { sourceKey: `${doc.sourceKey}#e${k}` } : {}),
          ...(doc.url ? { url: `${doc.url}#e${k}` } : {}),
          text: `${doc.text}\n\n[edition ${k}]`,
        },
      };
    }
  }
}
