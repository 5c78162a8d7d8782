import { organizationId, personId, scopedPersonId } from "./ids.js";
import { entityKey, isEvidenceForm } from "./names.js";
import { candidatesFor, FullNameIndex } from "./resolve/candidates.js";
import {
  DEFAULT_POLICY,
  decide,
  honourRejections,
  NO_REJECTIONS as NONE,
  type PossibleMatch,
  type ResolvePolicy,
} from "./resolve/decide.js";
import { isFullName, isShortForm, organizationVariantKey, personName, shortFormName } from "./resolve/evidence.js";
import { IdMultiMap } from "./resolve/id-multimap.js";
import { Uint8Column } from "./resolve/int-column.js";
import { type CorpusMerge, type Redecision, redecideCorpusMerges } from "./resolve/redecide.js";
import { StringPool } from "./resolve/string-pool.js";

export type EntityLabel = "Person" | "Organization";

/** The key the index files a name or alias under: the id a node of that name would have. */
const formKey = (label: EntityLabel, form: string): string =>
  label === "Person" ? personId(entityKey(form, label)) : organizationId(entityKey(form, label));

/** An entity already in the graph (or loaded earlier in this run): its id, name and known forms. */
export interface KnownEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: readonly string[];
  /** Articles that mention it (its MENTIONED_IN edges); 1 when unknown. */
  articles?: number;
}

/** An entity of the same article, as context for its short forms. */
export interface ArticleEntity {
  name: string;
  type: EntityLabel;
  aliases: readonly string[];
}

/** How an article's entity was matched to a graph node; stored on its MENTIONED_IN edge. */
export interface Resolution {
  id: string;
  /** "name" (same canonical key), "alias: <form>" (unambiguous alias evidence), "new", "scoped" or "ambiguous: …". */
  how: string;
  /** The node's name when a short form joined a full name (a node it creates is named by the full name). */
  name?: string;
  /** Candidates a short form was not merged with for want of evidence (POSSIBLY_SAME_AS edges). */
  possible?: PossibleMatch[];
}

/** What short-form resolution did in this index's life (for the summary and the evaluation). */
export interface ResolutionStats {
  /** Short forms merged into a full name. */
  shortMerged: number;
  /** Short forms kept apart with possible matches. */
  shortAmbiguous: number;
  /** Earlier short-form merges whose surname later gained another full name (decided again at the end of a run). */
  revisit: number;
  /** Corpus merges the end-of-run pass split off into their article (a namesake made them ambiguous). */
  splitAgain: number;
}

/**
 * Cross-article entity resolution, in memory. An article's entity joins a graph node when its
 * canonical name key is the node's (same id), when its name is a known alias of exactly one node
 * ("AP" → Associated Press), or when one of its aliases is exactly one node's name ("Donald J.
 * Trump" with alias "Donald Trump"). Two aliases alike prove nothing ("the Post"); a person's
 * one-token person name ("Obama", "Sen. Cruz", "Hillary") joins a full name only on evidence (the
 * same article's full names, one dominant full name with that surname in the corpus: see
 * resolve/decide.ts), otherwise it stays scoped to its article with its possible matches. An
 * organization also joins by its variant key ("the U.S. State Department" → State Department).
 * Deterministic for a given order.
 */
export class EntityIndex {
  /** Every id the maps below name, interned once (resolve/string-pool.ts). */
  private readonly pool = new StringPool();
  /** By id handle: 1 when the id is a node of the graph or of this run (not merely a candidate). */
  private readonly member = new Uint8Column();
  /**
   * A form's key (as the id it would name: "person:donald trump", "org:associated press", so that
   * most keys are the very string of an id in the pool) → ids whose name has that key.
   */
  private readonly byName = new IdMultiMap(this.pool, this.pool);
  /** The same keys → ids known under an alias with that key. */
  private readonly byAlias = new IdMultiMap(this.pool, this.pool);
  /** Organization variant key → ids. */
  private readonly byVariant = new IdMultiMap(this.pool);
  private readonly people = new FullNameIndex(this.pool);
  /** Surname → short forms merged into a full name with it (to count what a new namesake puts in doubt). */
  private readonly shortMergesBySurname = new Map<string, number>();
  readonly stats: ResolutionStats = { shortMerged: 0, shortAmbiguous: 0, revisit: 0, splitAgain: 0 };

  constructor(
    known: Iterable<KnownEntity> = [],
    private readonly policy: ResolvePolicy = DEFAULT_POLICY,
  ) {
    for (const entity of known) this.know(entity);
  }

  /** Files an entity of the graph (one known before this run's articles: call before any `resolve`). */
  know(entity: KnownEntity): void {
    if (entity.id.includes("@")) return; // article-scoped: never a merge target
    this.join(entity.id);
    this.remember(entity.label, entity.id, entity.name, entity.aliases, undefined, entity.articles ?? 1);
    this.add(this.byName, entity.label, entity.name, entity.id);
    for (const alias of entity.aliases) this.add(this.byAlias, entity.label, alias, entity.id);
  }

  /** Resolves one entity of an article, then remembers its forms under the chosen id. */
  resolve(
    label: EntityLabel,
    name: string,
    aliases: readonly string[],
    article: string,
    context: readonly ArticleEntity[] = [],
    rejected: ReadonlySet<string> = NONE,
  ): Resolution {
    const resolution = this.choose(label, name, aliases, article, context, rejected);
    if (!resolution.id.includes("@")) {
      const isNew = !this.has(resolution.id);
      this.join(resolution.id);
      this.add(isNew ? this.byName : this.byAlias, label, name, resolution.id);
      for (const alias of aliases) this.add(this.byAlias, label, alias, resolution.id);
      this.remember(label, resolution.id, name, aliases, article);
    }
    return resolution;
  }

  /** Indexes an organization's variant keys, or a person's full name and the article that mentions it. */
  private remember(
    label: EntityLabel,
    id: string,
    name: string,
    aliases: readonly string[],
    article: string | undefined,
    articles = 1,
  ): void {
    if (label === "Organization") {
      for (const form of [name, ...aliases])
        if (isEvidenceForm(form, label)) this.byVariant.add(organizationVariantKey(form), id);
      return;
    }
    const isNewFullName = !this.people.has(id);
    this.people.note(id, name, article, articles);
    if (isNewFullName && this.people.has(id) && article !== undefined) {
      // A new namesake puts earlier surname merges in doubt: count them (`redecide` weighs them again).
      this.stats.revisit += this.shortMergesBySurname.get(personName(name).last) ?? 0;
    }
  }

  /** The decision `resolve` remembers (same arguments). */
  private choose(
    ...[label, name, aliases, article, context = [], rejected = NONE]: Parameters<EntityIndex["resolve"]>
  ): Resolution {
    const key = entityKey(name, label);
    const ownId = label === "Person" ? personId(key) : organizationId(key);
    if (this.has(ownId)) return { id: ownId, how: "name" };
    if (label === "Person" && key.split(" ").length < 2)
      return this.chooseShort(name, aliases, key, article, context, rejected);
    const candidates = new Map<string, string>();
    const consider = (ids: Iterable<string>, form: string) => {
      for (const id of ids) if (!candidates.has(id)) candidates.set(id, form);
    };
    if (isEvidenceForm(name, label)) consider(this.byAlias.get(ownId), name);
    for (const alias of aliases) {
      if (isEvidenceForm(alias, label)) consider(this.byName.get(formKey(label, alias)), alias);
    }
    if (candidates.size === 1) {
      const [[id, form]] = [...candidates] as [[string, string]];
      return { id, how: `alias: ${form}` };
    }
    if (candidates.size > 1) return { id: ownId, how: `ambiguous: ${[...candidates.keys()].sort().join(", ")}` };
    if (label === "Person" && this.policy.shortForms) {
      const parts = personName(name);
      const same = isFullName(parts) ? this.people.sameFirstAndLast(parts) : undefined;
      if (same && same.id !== ownId) return { id: same.id, how: `first and last name: ${name} → ${same.name}` };
    }
    if (label === "Organization" && this.policy.organizationVariants && isEvidenceForm(name, label)) {
      const variant = organizationVariantKey(name);
      const ids = [...this.byVariant.get(variant)];
      if (ids.length === 1 && ids[0] !== ownId) return { id: ids[0] as string, how: `variant: ${name} (${variant})` };
    }
    return { id: ownId, how: "new" };
  }

  /** A one-token person name: joins a full name on evidence (resolve/decide.ts) or stays in its article. */
  private chooseShort(
    name: string,
    aliases: readonly string[],
    key: string,
    article: string,
    context: readonly ArticleEntity[],
    rejected: ReadonlySet<string>,
  ): Resolution {
    const scoped = scopedPersonId(key, article);
    const short = shortFormName(name, aliases);
    if (!this.policy.shortForms || !isShortForm(short)) return { id: scoped, how: "scoped" };
    const here = new Map<string, string>();
    for (const entity of context) {
      if (entity.type !== "Person" || !isFullName(personName(entity.name))) continue;
      const id = this.choose("Person", entity.name, entity.aliases, article).id;
      if (!id.includes("@") && !here.has(id)) here.set(id, entity.name);
    }
    const decision = honourRejections(
      decide(name, short.first, short.gender, candidatesFor(short, this.people, here), this.policy),
      rejected,
    );
    if (decision.kind === "merge") {
      this.stats.shortMerged++;
      this.shortMergesBySurname.set(short.first, (this.shortMergesBySurname.get(short.first) ?? 0) + 1);
      return { id: decision.id, how: decision.how, name: decision.name };
    }
    if (decision.possible.length > 0) this.stats.shortAmbiguous++;
    return decision.possible.length > 0
      ? { id: scoped, how: decision.how, possible: decision.possible }
      : { id: scoped, how: decision.how };
  }

  /**
   * Decides again, against the corpus as it is now, a short form kept in its article for want of
   * corpus evidence (`resolution` is how it was kept): early in a run "Obama" may have met Barack
   * Obama in one article only. Undefined when it should stay where it is (kept for the same
   * article's namesakes, or still not enough evidence). A merge counts `article` for the full name,
   * as the graph will (so the next run starts from the same counts); callers repeat until nothing moves.
   */
  recheck(
    name: string,
    resolution: string,
    article: string,
    rejected: ReadonlySet<string> = NONE,
  ): { id: string; name: string; how: string } | undefined {
    if (!this.policy.shortForms || !/^ambiguous (surname|first name): /.test(resolution)) return undefined;
    if (resolution.includes("in the same article")) return undefined;
    const short = personName(name);
    if (!isShortForm(short)) return undefined;
    const decision = honourRejections(
      decide(name, short.first, short.gender, candidatesFor(short, this.people, new Map()), this.policy),
      rejected,
    );
    if (decision.kind !== "merge") return undefined;
    this.people.note(decision.id, decision.name, article);
    return { id: decision.id, name: decision.name, how: `${decision.how}; rechecked at the end of the run` };
  }

  /** The people of articles a killed run stored but never weighed at its end: their tokens count as changed in this run. */
  markChanged(names: Iterable<string>): void {
    this.people.markChanged(names);
  }

  /** Tokens whose earlier corpus merges a namesake may have put in doubt, with the full names that have them. */
  contestedTokens(): { token: string; ids: string[] }[] {
    return this.policy.shortForms ? this.people.contested() : [];
  }

  /** Decides again corpus merges of short forms (resolve/redecide.ts), keeping this index's counts in step. */
  redecide(merges: readonly CorpusMerge[]): Redecision[] {
    if (!this.policy.shortForms) return [];
    const decisions = redecideCorpusMerges(this.people, merges, this.policy);
    this.stats.splitAgain += decisions.length;
    return decisions;
  }

  private has(id: string): boolean {
    const h = this.pool.find(id);
    return h >= 0 && this.member.get(h) === 1;
  }

  private join(id: string): void {
    this.member.set(this.pool.intern(id), 1);
  }

  private add(map: IdMultiMap, label: EntityLabel, form: string, id: string): void {
    if (!isEvidenceForm(form, label)) return;
    map.add(formKey(label, form), id);
  }
}
