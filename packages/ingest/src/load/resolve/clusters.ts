import type { LoadableArticle } from "../article.js";
import { buildArticleRows } from "../build-rows.js";
import { EntityIndex, type EntityLabel, type KnownEntity, type Resolution } from "../entity-index.js";
import type { ResolvePolicy } from "./decide.js";
import { type CorpusMerge, corpusMergeToken } from "./redecide.js";

/** Which node one extracted entity of one article became, and why. */
export interface ResolvedEntity {
  /** The article's source key (the PolNeAR document id for JSON Lines). */
  article: string;
  label: EntityLabel;
  name: string;
  id: string;
  how: string;
}

/**
 * The clusters loading would make, without a database: the articles go through the loader's own
 * `buildArticleRows` and `EntityIndex`, in order, from `known` (the graph's entities), and every
 * entity's resolution is recorded. What `pnpm eval:resolution` scores.
 */
export function resolveCorpus(
  articles: Iterable<LoadableArticle>,
  known: Iterable<KnownEntity> = [],
  policy?: ResolvePolicy,
): { entities: ResolvedEntity[]; index: EntityIndex } {
  const entities: ResolvedEntity[] = [];
  /** Each entity's article id (the node ids' scope), beside its source key. */
  const articleIds = new Map<ResolvedEntity, string>();
  /** Each entity's forms in its article (its name and aliases), as its mention edge keeps them. */
  const formsOf = new Map<ResolvedEntity, readonly string[]>();
  let current = "";
  const index = new (class extends EntityIndex {
    override resolve(...args: Parameters<EntityIndex["resolve"]>): Resolution {
      const resolution = super.resolve(...args);
      const entity = { article: current, label: args[0], name: args[1], id: resolution.id, how: resolution.how };
      entities.push(entity);
      articleIds.set(entity, args[3]);
      formsOf.set(entity, [args[1], ...args[2]]);
      return resolution;
    }
  })(known, policy);
  for (const article of articles) {
    current = article.sourceKey;
    buildArticleRows(article, index, "clusters");
  }
  // The loader's end-of-run pass (recheck.ts). First, corpus merges a namesake put in doubt, decided again.
  const tokens = new Set(index.contestedTokens().map((c) => c.token));
  const merges = new Map<CorpusMerge, ResolvedEntity>();
  for (const entity of entities) {
    const token = entity.label === "Person" ? corpusMergeToken(entity.how) : undefined;
    if (token === undefined || !tokens.has(token)) continue;
    merges.set(
      {
        id: entity.id,
        article: articleIds.get(entity) ?? "",
        forms: formsOf.get(entity) ?? [entity.name],
        resolution: entity.how,
      },
      entity,
    );
  }
  const split = new Set<string>();
  for (const decision of index.redecide([...merges.keys()])) {
    const entity = merges.get(decision.merge);
    if (entity) Object.assign(entity, { id: decision.to, how: decision.how });
    split.add(decision.to);
  }
  // Then short forms kept apart for want of corpus evidence (not the ones just split off).
  const articleOf = new Map<string, string>();
  for (const entity of entities) {
    if (!entity.id.includes("@") || split.has(entity.id)) continue;
    const at = entity.id.indexOf("@");
    articleOf.set(entity.id, entity.id.slice(at + 1));
  }
  for (let moved = true; moved; ) {
    moved = false;
    for (const entity of entities) {
      const article = articleOf.get(entity.id);
      if (article === undefined) continue;
      const merge = index.recheck(entity.name, entity.how, article);
      if (!merge) continue;
      const from = entity.id;
      for (const same of entities) if (same.id === from) Object.assign(same, { id: merge.id, how: merge.how });
      moved = true;
    }
  }
  return { entities, index };
}
