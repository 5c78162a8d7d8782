import type { Cluster } from "../entities/types.js";
import { US_PARTIES, usPartyMembers } from "../lexicon/us-parties.js";
import { US_BODIES } from "./default-office.js";

/**
 * `findOrg` for the organizations a title or AP's notation only implies — the US chambers ("Sen." → the Senate)
 * and the US parties (", R-Ariz.," → the Republican Party): found only where the article names them itself (a
 * mention of the chamber or the party, or the party's members' plural, "Republicans"), never made up. The gold
 * READMEs: a senator with no Senate named is the party's only (newsdev14), "(R-Texas)" gives no party
 * affiliation when no party is named as a noun (newsdev24 vo06, newsdev26 vq04), "House" inside a committee's
 * name is no mention of the House (newsdev18). Every other organization goes to `findOrg` as it is.
 */
export function namedOnly(
  text: string,
  clusters: readonly Cluster[],
  findOrg: (name: string) => Cluster | undefined,
): (name: string) => Cluster | undefined {
  // (each name looked up once: a long article's many titles would scan its text again and again)
  const named = new Map<string, boolean>();
  const isNamed = (name: string): boolean => {
    const plural = usPartyMembers(name);
    return (
      clusters.some((c) => c.type === "Organization" && c.name === name && c.mentions.length > 0) ||
      (plural !== undefined && new RegExp(`\\b${plural}\\b`).test(text))
    );
  };
  return (name) => {
    if (!US_BODIES.has(name) && !US_PARTIES.some((p) => p.name === name)) return findOrg(name);
    if (!named.has(name)) named.set(name, isNamed(name));
    return named.get(name) ? findOrg(name) : undefined;
  };
}
