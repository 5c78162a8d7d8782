import type { Node } from "neo4j-driver";
import type { OverviewResponse, RankedEntity } from "../../shared/api/contract.js";
import type { Reader } from "../neo4j/reader.js";
import { caption, drawnLabel, GraphCollector, nodeKey, toPlain } from "../neo4j/values.js";
import { addClaimContext } from "./claim-context.js";

const COUNTS = `RETURN
  COUNT { (n:Person) WHERE NOT n:Anonymous } AS Person, COUNT { (n:Anonymous) } AS Anonymous,
  COUNT { (n:Organization) } AS Organization, COUNT { (n:Claim) } AS Claim, COUNT { (n:Article) } AS Article,
  COUNT { ()-[:SAID]->() } AS SAID, COUNT { ()-[:ABOUT]->() } AS ABOUT`;

const ranking = (direction: "said" | "about") => {
  const pattern = direction === "said" ? "(e)-[:SAID]->()" : "(e)<-[:ABOUT]-()";
  return `CALL () {
  MATCH (e:Person) WHERE NOT e:Anonymous RETURN e, COUNT { ${pattern} } AS n
  UNION ALL
  MATCH (e:Organization) RETURN e, COUNT { ${pattern} } AS n
}
WITH e, n WHERE n > 0 ORDER BY n DESC, e.name LIMIT $top
RETURN e, n`;
};

const CLAIMS_BETWEEN = `
UNWIND $speakers AS sid
MATCH (s) WHERE elementId(s) = sid
MATCH (s)-[:SAID]->(c:Claim)-[:ABOUT]->(t) WHERE elementId(t) IN $targets
RETURN DISTINCT c.id AS id LIMIT $cap`;

const CLAIM_CAP = 150;

function ranked(records: Array<{ get(key: string): unknown }>): { list: RankedEntity[]; nodes: Node[] } {
  const nodes = records.map((r) => r.get("e") as Node);
  const list = records.map((r, i) => {
    const node = nodes[i] as Node;
    const label = drawnLabel(node.labels);
    return { id: nodeKey(node), name: caption(label, node.properties), label, count: toPlain(r.get("n")) as number };
  });
  return { list, nodes };
}

const CACHE_MS = 30_000;

interface Kept {
  at: number;
  answer: Promise<OverviewResponse>;
  settled: boolean;
  refreshing: boolean;
}

const cache = new WeakMap<Reader, Map<number, Kept>>();

/**
 * The overview changes only when articles are ingested, and it is what every page load asks for
 * first: answers are kept per reader and are fresh for 30 s. After that the next call still gets
 * the kept answer at once while a fresh one is computed behind it (stale while revalidate), so no
 * page load waits the seconds a large graph's ranking takes; a failed answer is not kept, and a
 * failed refresh keeps the last good answer. `now` is the clock (tests move it).
 */
export function overview(reader: Reader, top: number, now = Date.now()): Promise<OverviewResponse> {
  const byTop = cache.get(reader) ?? new Map<number, Kept>();
  cache.set(reader, byTop);
  const hit = byTop.get(top);
  if (hit && (now - hit.at < CACHE_MS || !hit.settled)) return hit.answer;
  if (hit) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      computeOverview(reader, top).then(
        (fresh) => byTop.set(top, { at: Date.now(), answer: Promise.resolve(fresh), settled: true, refreshing: false }),
        () => {
          hit.refreshing = false;
        },
      );
    }
    return hit.answer;
  }
  const answer = computeOverview(reader, top);
  const kept: Kept = { at: now, answer, settled: false, refreshing: false };
  byTop.set(top, kept);
  answer.then(
    () => {
      kept.settled = true;
    },
    () => byTop.delete(top),
  );
  return answer;
}

async function computeOverview(reader: Reader, top: number): Promise<OverviewResponse> {
  const [counts, speakers, targets] = await Promise.all([
    reader.read(COUNTS),
    reader.read(ranking("said"), { top }),
    reader.read(ranking("about"), { top }),
  ]);
  const countRecord = counts.records[0];
  const countMap: Record<string, number> = {};
  if (countRecord) for (const key of countRecord.keys) countMap[String(key)] = toPlain(countRecord.get(key)) as number;
  const s = ranked(speakers.records);
  const t = ranked(targets.records);
  const claims = await reader.read(
    CLAIMS_BETWEEN,
    { speakers: s.nodes.map((n) => n.elementId), targets: t.nodes.map((n) => n.elementId), cap: CLAIM_CAP + 1 },
    { maxRows: CLAIM_CAP + 1 },
  );
  const claimIds = claims.records.slice(0, CLAIM_CAP).map((r) => String(r.get("id")));
  const collector = new GraphCollector();
  for (const node of [...s.nodes, ...t.nodes]) collector.addNode(node);
  await addClaimContext(reader, claimIds, collector);
  // Keep the overview to the ranked entities and the claims between them.
  const keep = new Set([...s.list, ...t.list].map((e) => e.id).concat(claimIds));
  const graph = collector.graph();
  return {
    counts: countMap,
    topSpeakers: s.list,
    topTargets: t.list,
    graph: {
      nodes: graph.nodes.filter((n) => keep.has(n.id)),
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    },
    truncated: claims.records.length > CLAIM_CAP,
  };
}
