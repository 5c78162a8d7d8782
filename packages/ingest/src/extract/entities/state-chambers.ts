import { PLACES } from "../lexicon/places.js";
import type { Mention } from "./types.js";

/** The United States chambers a bare "Senate" / "House" names by default, and the state chamber names that may take it. */
const CHAMBERS: readonly { us: string; bare: RegExp; state: RegExp }[] = [
  { us: "United States Senate", bare: /^(?:the )?Senate$/i, state: /^(\p{Lu}[\p{L}. ]*?) (?:State )?Senate$/u },
  {
    us: "United States House of Representatives",
    bare: /^(?:the )?House(?: of Representatives)?$/i,
    state: /^(\p{Lu}[\p{L}. ]*?) (?:State )?(?:House of Representatives|House of Delegates|House|Assembly)$/u,
  },
];

/**
 * "The Arizona State Senate voted … the bill "in the form the Senate passed it"": in a story of one state's
 * chamber that never names the United States chamber in full, a bare "Senate" or "House" is the state's.
 * Renames those mentions (run before clustering).
 */
export function bareChambersOfState(mentions: Mention[]): void {
  for (const { us, bare, state } of CHAMBERS) {
    const named = new Set<string>();
    let federal = false;
    for (const m of mentions) {
      if (m.type !== "Organization") continue;
      if (m.name === us && !bare.test(m.text)) federal = true;
      const place = state.exec(m.name)?.[1];
      if (place !== undefined && m.name !== us && PLACES.has(place.toLowerCase())) named.add(m.name);
    }
    if (federal || named.size !== 1) continue;
    const [chamber] = named as Set<string>;
    for (const m of mentions) if (m.name === us && bare.test(m.text)) m.name = chamber as string;
  }
}
