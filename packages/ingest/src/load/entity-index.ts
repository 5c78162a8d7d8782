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
 * Cross-article entity resolution, in memory. Entities merge on the canonical name key, or on an
 * alias form that points at exactly one entity in the corpus; a person's surname alone never
 * merges (one-token person names stay scoped to their article). Deterministic for a given order.
 */
export class EntityIndex {
  /** label + key → ids whose canonical key it is, or that used it as an evidence form. */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly canonical = new Set<string>();

  constructor(known: Iterable<KnownEntity> = []) {
    for (const entity of known) this.remember(entity.id, entity.label, [entity.name, ...entity.aliases]);
  }

  /** Resolves one entity of an article, then remembers its forms under the chosen id. */
  resolve(label: EntityLabel, name: string, aliases: readonly string[], article: string): Resolution {
    const resolution = this.choose(label, name, aliases, article);
    this.remember(resolution.id, label, [name, ...aliases]);
    return resolution;
  }

  private choose(label: EntityLabel, name: string, aliases: readonly string[], article: string): Resolution {
    const key = nameKey(name, label);
    const ownId = label === "Person" ? personId(key) : organizationId(key);
    if (this.canonical.has(ownId)) return { id: ownId, how: "name" };
    if (label === "Person" && key.split(" ").length < 2) return { id: scopedPersonId(key, article), how: "scoped" };
    const candidates = new Map<string, string>();
    for (const form of [name, ...aliases]) {
      if (!isEvidenceForm(form, label)) continue;
      for (const id of this.byKey.get(`${label}|${nameKey(form, label)}`) ?? []) {
        if (id !== ownId && !candidates.has(id)) candidates.set(id, form);
      }
    }
    if (candidates.size === 1) {
      const [[id, form]] = [...candidates] as [[string, string]];
      return { id, how: `alias: ${form}` };
    }
    if (candidates.size > 1) return { id: ownId, how: `ambiguous: ${[...candidates.keys()].sort().join(", ")}` };
    return { id: ownId, how: "new" };
  }

  private remember(id: string, label: EntityLabel, forms: readonly string[]): void {
    if (id.includes("@")) return; // article-scoped: never a merge target
    this.canonical.add(id);
    for (const form of forms) {
      if (!isEvidenceForm(form, label)) continue;
      const key = `${label}|${nameKey(form, label)}`;
      let ids = this.byKey.get(key);
      if (!ids) {
        ids = new Set();
        this.byKey.set(key, ids);
      }
      ids.add(id);
    }
  }
}
