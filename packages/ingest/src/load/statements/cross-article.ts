import type { ManagedTransaction } from "neo4j-driver";
import {
  type CrossArticleAsk,
  crossArticleAsk,
  type Dispute,
  type DisputeClaim,
  findDisputes,
  type NamedEntity,
} from "../../statements/disputes.js";
import type { ArticleRows } from "../rows.js";
import { CROSS_ARTICLE_TARGETS } from "./cypher.js";
import type { StatementClaim } from "./statement-claims.js";

/** The people and organizations an article's rows name, as a denial's words may name them. */
function namedEntities(rows: ArticleRows): NamedEntity[] {
  return rows.entities.map((e) => ({ id: e.id, name: e.name, label: e.label, media: e.kind === "media" }));
}

/**
 * Disputes of the batch's denials against claims of other articles already stored (Neo4j adapter):
 * a denial that names a speaker or an outlet asks for their claims in its window
 * (`CROSS_ARTICLE_TARGETS`), and `findDisputes` over the denial and what came back decides, with
 * the same rules as within an article. Only this direction: a report stored after the denial that
 * disputes it is not linked (its article would have to look for earlier denials).
 */
export async function crossArticleDisputes(
  tx: ManagedTransaction,
  batch: readonly ArticleRows[],
  perArticle: readonly StatementClaim[][],
): Promise<Dispute[]> {
  const asks: CrossArticleAsk[] = [];
  const denials = new Map<string, DisputeClaim>();
  batch.forEach((rows, i) => {
    const entities = namedEntities(rows);
    for (const claim of perArticle[i] ?? []) {
      const ask = crossArticleAsk(claim.dispute, entities);
      if (!ask) continue;
      asks.push(ask);
      denials.set(claim.claim, claim.dispute);
    }
  });
  if (asks.length === 0) return [];
  const found = await tx.run(CROSS_ARTICLE_TARGETS, { asks });
  const targets = new Map<string, DisputeClaim[]>();
  for (const r of found.records) {
    const text = (r.get("text") as string | null) ?? "";
    const list = targets.get(r.get("denial") as string) ?? [];
    list.push({
      id: r.get("id") as string,
      articleId: r.get("article") as string,
      text,
      cue: r.get("cue") as string | null,
      speaker: r.get("speaker") as string | null,
      speakerName: r.get("speakerName") as string | null,
      speakerIsMedia: r.get("media") as boolean,
      context: text,
      publishedAt: r.get("publishedAt") as string | null,
      outlet: r.get("outlet") as string | null,
    });
    targets.set(r.get("denial") as string, list);
  }
  const out: Dispute[] = [];
  for (const [id, denial] of denials) {
    const candidates = targets.get(id) ?? [];
    if (candidates.length === 0) continue;
    out.push(...findDisputes([denial, ...candidates]).filter((d) => d.from === id));
  }
  return out;
}
