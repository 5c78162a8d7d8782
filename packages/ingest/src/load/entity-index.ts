import { organizationId, personId, scopedPersonId } from "./ids.js";
import { isEvidenceForm, nameKey } from "./names.js";

export type EntityLabel = "Person" | "Organization";

/** An entity already in the graph (or loaded earlier in this run): its id, name and known forms. */
export interface KnownEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: readonly string[];
}

/** How an article's entity was matched to a graph node; stored on its MENTIONED_IN edge. */
export interface Resolution {
  id: string;
  /** "name" (same canonical key), "alias: <form>" (unambiguous alias evidence), "new", "scoped" or "ambiguous: …". */
  how: string;
}

/**
 * Cross-article entity resolution, in memory. An article's entity joins a graph node when its
 * canonical name key is the node's (same id), when its name is a known alias of exactly one node
 * ("AP" → Associated Press), or when one of its aliases is exactly one node's name ("Donald J.
 * Trump" with alias "Donald Trump"). Two aliases alike prove nothing ("the Post"); a person's
 * surname alone never merges (one-token person names stay scoped to their article). Deterministic
 * for a given order.
 */
export class EntityIndex {
  /** label|key → ids whose name has that key. */
  private readonly byName = new Map<string, Set<string>>();
  /** label|key → ids known under an alias with that key. */
  private readonly byAlias = new Map<string, Set<string>>();
  private readonly ids = new Set<string>();

  constructor(known: Iterable<KnownEntity> = []) {
    for (const entity of known) {
      if (entity.id.includes("@")) continue; // article-scoped: never a merge target
      this.ids.add(entity.id);
      this.add(this.byName, entity.label, entity.name, entity.id);
      for (const alias of entity.aliases) this.add(this.byAlias, entity.label, alias, entity.id);
    }
  }

  /** Resolves one entity of an article, then remembers its forms under the chosen id. */
  resolve(label: EntityLabel, name: string, aliases: readonly string[], article: string): Resolution {
    const resolution = this.choose(label, name, aliases, article);
    if (!resolution.id.includes("@")) {
      const isNew = !this.ids.has(resolution.id);
      this.ids.add(resolution.id);
      this.add(isNew ? this.byName : this.byAlias, label, name, resolution.id);
      for (const alias of aliases) this.add(this.byAlias, label, alias, resolution.id);
    }
    return resolution;
  }

  private choose(label: EntityLabel, name: string, aliases: readonly string[], article: string): Resolution {
    const key = nameKey(name, label);
    const ownId = label === "Person" ? personId(key) : organizationId(key);
    if (this.ids.has(ownId)) return { id: ownId, how: "name" };
    if (label === "Person" && key.split(" ").length < 2) return { id: scopedPersonId(key, article), how: "scoped" };
    const candidates = new Map<string, string>();
    const consider = (ids: Set<string> | undefined, form: string) => {
      for (const id of ids ?? []) if (!candidates.has(id)) candidates.set(id, form);
    };
    if (isEvidenceForm(name, label)) consider(this.byAlias.get(`${label}|${key}`), name);
    for (const alias of aliases) {
      if (isEvidenceForm(alias, label)) consider(this.byName.get(`${label}|${nameKey(alias, label)}`), alias);
    }
    if (candidates.size === 1) {
      const [[id, form]] = [...candidates] as [[string, string]];
      return { id, how: `alias: ${form}` };
    }
    if (candidates.size > 1) return { id: ownId, how: `ambiguous: ${[...candidates.keys()].sort().join(", ")}` };
    return { id: ownId, how: "new" };
  }

  private add(map: Map<string, Set<string>>, label: EntityLabel, form: string, id: string): void {
    if (!isEvidenceForm(form, label)) return;
    const key = `${label}|${nameKey(form, label)}`;
    let ids = map.get(key);
    if (!ids) {
      ids = new Set();
      map.set(key, ids);
    }
    ids.add(id);
  }
}
