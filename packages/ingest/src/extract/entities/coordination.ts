import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

const AND_OR = new Set(["and", "or", "&"]);

/** True when only a list separator stands between tokens a (exclusive end) and b: ",", "and", ", and". */
function separated(tokens: readonly Token[], a: number, b: number): boolean {
  const between = tokens.slice(a, b).map((t) => t.lower);
  if (between.length === 1) return between[0] === "," || AND_OR.has(between[0] as string);
  return between.length === 2 && between[0] === "," && AND_OR.has(between[1] as string);
}

/**
 * "Google, Bing, and Yahoo!", "The New York Times, Jezebel, Metro.us": in a list of three or
 * more names where at least two are organizations and none is a person, a name left untyped
 * (the tagger said O or place, no lexicon knew it) is an organization too.
 */
export function typeCoordinatedOrganizations(tokens: readonly Token[], mentions: Mention[]): void {
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  let group: Mention[] = [];
  const close = () => {
    if (group.length >= 3) {
      const orgs = group.filter((m) => m.type === "Organization" && m.kind !== "country").length;
      const people = group.filter((m) => m.type === "Person").length;
      if (orgs >= 2 && people === 0)
        for (const m of group)
          if (m.type === "Unknown" && !m.title) {
            m.type = "Organization";
            m.kind = "organization";
          }
    }
    group = [];
  };
  for (const m of sorted) {
    const previous = group.at(-1);
    if (previous && !separated(tokens, previous.last, m.first)) close();
    group.push(m);
  }
  close();
}
