import type { LoadableArticle } from "../article.js";
import { buildArticleRows } from "../build-rows.js";
import { EntityIndex, type EntityLabel, type KnownEntity, type Resolution } from "../entity-index.js";
import type { ResolvePolicy } from "./decide.js";

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
  let current = "";
  const index = new (class extends EntityIndex {
    override resolve(...args: Parameters<EntityIndex["resolve"]>): Resolution {
      const resolution = super.resolve(...args);
      entities.push({ article: current, label: args[0], name: args[1], id: resolution.id, how: resolution.how });
      return resolution;
    }
  })(known, policy);
  for (const article of articles) {
    current = article.sourceKey;
    buildArticleRows(article, index, "clusters");
  }
  // The loader's end-of-run pass: short forms kept apart for want of corpus evidence, decided again.
  const articleOf = new Map<string, string>();
  for (const entity of entities) {
    if (!entity.id.includes("@")) continue;
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
