/**
 * Cross-document entity resolution scores: B-cubed precision/recall/F1 and pairwise F1 of predicted
 * clusters against gold identities. Items are (article, type, name) of extracted entities; a gold
 * identity "unknown" is a cluster of its own item. Pure.
 */

export interface IdentityItem {
  article: string;
  type: "Person" | "Organization";
  name: string;
  identity: string;
}

export interface ClusterScores {
  items: number;
  goldClusters: number;
  predictedClusters: number;
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number; goldPairs: number; predictedPairs: number };
  /** Gold items the extraction no longer names, and how many of them stand with their article's item of the same identity. */
  notExtracted: { items: number; inArticle: number };
}

export const itemKey = (item: { article: string; type: string; name: string }) =>
  `${item.article}\u0000${item.type}\u0000${item.name}`;

/**
 * Scores `predicted` (item key → cluster id) over the gold items it covers. An item it lacks is its own
 * cluster — unless the same article has a predicted item of the same (known) identity: the extractor now
 * names that entity once in the article ("House" is part of its "United States House of Representatives"),
 * so the item stands where that one does.
 */
export function scoreClusters(gold: readonly IdentityItem[], predicted: ReadonlyMap<string, string>): ClusterScores {
  const goldOf = new Map<string, string>();
  const predOf = new Map<string, string>();
  const inArticle = new Map<string, string>();
  let notExtracted = 0;
  let standsWith = 0;
  for (const item of gold) {
    const cluster = predicted.get(itemKey(item));
    if (cluster !== undefined && item.identity !== "unknown")
      inArticle.set(`${item.article}\u0000${item.identity}`, cluster);
  }
  for (const item of gold) {
    const key = itemKey(item);
    goldOf.set(key, item.identity === "unknown" ? `unknown\u0000${key}` : item.identity);
    const merged = item.identity === "unknown" ? undefined : inArticle.get(`${item.article}\u0000${item.identity}`);
    const cluster = predicted.get(key);
    if (cluster === undefined) {
      notExtracted++;
      if (merged !== undefined) standsWith++;
    }
    predOf.set(key, cluster ?? merged ?? `missing\u0000${key}`);
  }
  const keys = [...goldOf.keys()];
  const groups = (of: Map<string, string>) => {
    const out = new Map<string, string[]>();
    for (const k of keys) {
      const c = of.get(k) as string;
      const list = out.get(c);
      if (list) list.push(k);
      else out.set(c, [k]);
    }
    return out;
  };
  const goldGroups = groups(goldOf);
  const predGroups = groups(predOf);
  let p = 0;
  let r = 0;
  for (const k of keys) {
    const g = goldGroups.get(goldOf.get(k) as string) as string[];
    const q = predGroups.get(predOf.get(k) as string) as string[];
    const gSet = new Set(g);
    const both = q.filter((x) => gSet.has(x)).length;
    p += both / q.length;
    r += both / g.length;
  }
  const n = keys.length || 1;
  const bp = p / n;
  const br = r / n;
  const pairs = (size: number) => (size * (size - 1)) / 2;
  let goldPairs = 0;
  let predPairs = 0;
  let common = 0;
  for (const g of goldGroups.values()) goldPairs += pairs(g.length);
  for (const q of predGroups.values()) {
    predPairs += pairs(q.length);
    const byGold = new Map<string, number>();
    for (const k of q) byGold.set(goldOf.get(k) as string, (byGold.get(goldOf.get(k) as string) ?? 0) + 1);
    for (const count of byGold.values()) common += pairs(count);
  }
  const pp = predPairs === 0 ? 1 : common / predPairs;
  const pr = goldPairs === 0 ? 1 : common / goldPairs;
  return {
    items: keys.length,
    goldClusters: goldGroups.size,
    predictedClusters: predGroups.size,
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr), goldPairs, predictedPairs: predPairs },
    notExtracted: { items: notExtracted, inArticle: standsWith },
  };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
