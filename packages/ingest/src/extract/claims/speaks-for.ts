/** An affiliation as the about rule reads it: who, of what, in which role, and whether it is past. */
export interface RoleOf {
  person: number;
  organization: number;
  role: string | null;
  former: boolean;
}

/**
 * Roles of someone who leads an organization or speaks for it (a CEO, a coach, a chairman, a spokeswoman; a county's
 * recorder, clerk or auditor, who heads the office named for the title, 2026-12-08, newsdev86).
 */
const SPEAKS_FOR =
  /\b(?:chief|ceo|executive|chair|chairman|chairwoman|chairperson|president|director|founder|co-founder|coach|manager|captain|head|leader|spokesman|spokeswoman|spokesperson|secretary|commissioner|governor|mayor|minister|owner|superintendent|bishop|archbishop|candidate|recorder|clerk|assessor|auditor|comptroller|sheriff)\b/i;

/**
 * The one organization each person leads or speaks for, by their current affiliations' roles: a CEO's
 * "we" is the company, a coach's the team, the ISRO chairman's ISRO (the newsdev gold's reading of a
 * first-person plural). A person with two such organizations, or none, is left out.
 */
export function speaksFor(affiliations: readonly RoleOf[]): Map<number, number> {
  const found = new Map<number, number | null>();
  for (const a of affiliations) {
    if (a.former || !a.role || !SPEAKS_FOR.test(a.role)) continue;
    const had = found.get(a.person);
    found.set(a.person, had === undefined || had === a.organization ? a.organization : null);
  }
  const out = new Map<number, number>();
  for (const [person, org] of found) if (org !== null) out.set(person, org);
  return out;
}

/** The organizations each person belongs to now (no former role), in the order found. */
export function memberships(affiliations: readonly RoleOf[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const a of affiliations) {
    if (a.former) continue;
    const list = out.get(a.person) ?? [];
    if (!list.includes(a.organization)) list.push(a.organization);
    out.set(a.person, list);
  }
  return out;
}
