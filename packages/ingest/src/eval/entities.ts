import type { Entity, EntityType } from "@claimgraph/schema";
import { maximumMatching } from "./matching.js";
import type { Counts } from "./metrics.js";
import { isSingleWord, nameKey, surnameKey } from "./names.js";

/**
 * Entity matching (the person and org rows) and name resolution (what speaker, about and
 * affiliation scoring use to compare a predicted name with a gold one).
 *
 * A predicted entity can match a gold entity of the same type when one of its names (name or
 * alias) has the same key as one of the gold entity's names, or, for people, when one of its
 * names is a single word equal to the gold person's surname. Matching is one-to-one: a gold
 * entity predicted twice counts once as a true positive and once as a false positive.
 */

/** A name resolved for comparison: a gold entity ("gold:3") or, failing that, the name key ("name:…"). */
export type EntityRef = string;

export interface EntityScores {
  person: Counts;
  org: Counts;
  /** Resolves a name used in the prediction (speaker, about, affiliation). */
  resolvePredicted(name: string): EntityRef;
  /** Resolves a name used in the gold. */
  resolveGold(name: string): EntityRef;
  /** The one-to-one matching: predicted entity index → gold entity index. */
  matches: ReadonlyMap<number, number>;
}

function keysOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(nameKey).filter((key) => key.length > 0);
}

function goldRef(index: number): EntityRef {
  return `gold:${index}`;
}

function nameRef(key: string): EntityRef {
  return `name:${key}`;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function scoreEntities(predicted: readonly Entity[], gold: readonly Entity[]): EntityScores {
  const goldByKey = new Map<string, number[]>();
  const goldBySurname = new Map<string, number[]>();
  gold.forEach((entity, index) => {
    for (const key of new Set(keysOf(entity))) addTo(goldByKey, key, index);
    const surname = entity.type === "Person" ? surnameKey(entity.name) : undefined;
    if (surname) addTo(goldBySurname, surname, index);
  });

  const candidates = predicted.map((entity) => {
    const keys = keysOf(entity);
    const exact = keys.flatMap((key) => goldByKey.get(key) ?? []);
    const bySurname =
      entity.type === "Person" ? keys.filter(isSingleWord).flatMap((key) => goldBySurname.get(key) ?? []) : [];
    const sameType = (index: number) => gold[index]?.type === entity.type;
    return [...new Set([...exact, ...bySurname])].filter(sameType);
  });
  const matches = maximumMatching(candidates, gold.length);

  const count = (type: EntityType): Counts => {
    let tp = 0;
    for (const [left] of matches) if (predicted[left]?.type === type) tp++;
    const predictedOfType = predicted.filter((e) => e.type === type).length;
    const goldOfType = gold.filter((e) => e.type === type).length;
    return { tp, fp: predictedOfType - tp, fn: goldOfType - tp };
  };

  // Every name of a matched predicted entity stands for its gold entity.
  const predictedNameToGold = new Map<string, number>();
  for (const [left, right] of matches) {
    const entity = predicted[left];
    if (!entity) continue;
    for (const key of keysOf(entity)) if (!predictedNameToGold.has(key)) predictedNameToGold.set(key, right);
  }

  const resolveGold = (name: string): EntityRef => {
    const key = nameKey(name);
    const index = goldByKey.get(key)?.[0];
    return index === undefined ? nameRef(key) : goldRef(index);
  };

  const resolvePredicted = (name: string): EntityRef => {
    const key = nameKey(name);
    const matched = predictedNameToGold.get(key);
    if (matched !== undefined) return goldRef(matched);
    const exact = goldByKey.get(key)?.[0];
    if (exact !== undefined) return goldRef(exact);
    const bySurname = isSingleWord(key) ? goldBySurname.get(key) : undefined;
    if (bySurname?.length === 1 && bySurname[0] !== undefined) return goldRef(bySurname[0]);
    return nameRef(key);
  };

  return { person: count("Person"), org: count("Organization"), resolvePredicted, resolveGold, matches };
}
