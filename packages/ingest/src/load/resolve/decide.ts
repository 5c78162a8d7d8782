import type { PersonCandidate } from "./candidates.js";
import type { Gender } from "./evidence.js";

/** A candidate the short form may be: recorded as POSSIBLY_SAME_AS when the evidence is not enough. */
export interface PossibleMatch {
  id: string;
  score: number;
  evidence: string;
}

export type Decision =
  | { kind: "merge"; id: string; name: string; score: number; how: string }
  | { kind: "separate"; how: string; possible: PossibleMatch[] };

export interface ResolvePolicy {
  /** Articles a corpus-only surname candidate needs (one article is too little to name a person by surname). */
  minSupport: number;
  /** How many times the runner-up's articles the leading surname candidate needs to be "dominant". */
  dominance: number;
  /** First names join only on the same article's evidence, or on a corpus candidate with at least this support. */
  firstNameMinSupport: number;
  /** Off: one-token names stay in their article, as before issue 13 (for the evaluation's baseline). */
  shortForms: boolean;
  /** Off: organizations join on their exact key and aliases only. */
  organizationVariants: boolean;
}

export const DEFAULT_POLICY: ResolvePolicy = {
  minSupport: 2,
  dominance: 5,
  firstNameMinSupport: 5,
  shortForms: true,
  organizationVariants: true,
};

/**
 * Decides what one short person form ("Obama", "Mrs. Clinton", "Hillary") of an article is, from
 * its candidates. In order: the same article's full names (one with that surname, or else one with
 * that first name, wins; several stay separate); then the corpus, where one dominant full name with
 * that surname (at least `minSupport` articles and `dominance` times the runner-up) wins. A gendered
 * title rules out candidates of the other gender. Otherwise the form stays separate, with every
 * candidate as a possible match (score = its share of the candidates' articles). Pure.
 */
export function decide(
  form: string,
  token: string,
  gender: Gender | undefined,
  all: readonly PersonCandidate[],
  policy: ResolvePolicy = DEFAULT_POLICY,
): Decision {
  const label = display(token);
  const candidates = gender ? all.filter((c) => c.gender === undefined || c.gender === gender) : [...all];
  const ruledOut = all.length - candidates.length;
  const genderNote = gender && ruledOut > 0 ? `, "${form}" rules out ${ruledOut} of the other gender` : "";
  const possible = (list: readonly PersonCandidate[], why: string): PossibleMatch[] => {
    const total = list.reduce((n, c) => n + c.articles, 0) || 1;
    return [...list]
      .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1))
      .map((c) => ({
        id: c.id,
        score: round(c.inArticle ? 0.5 : c.articles / total),
        evidence: `${c.match} ${label}; ${why}; ${plural(c.articles, "article")}${c.inArticle ? ", named in the same article" : ""}`,
      }));
  };

  for (const match of ["surname", "first name"] as const) {
    const here = candidates.filter((c) => c.inArticle && c.match === match);
    if (here.length === 1) {
      const [c] = here as [PersonCandidate];
      return {
        kind: "merge",
        id: c.id,
        name: c.name,
        score: 0.95,
        how: `${match}: ${label} → ${c.name} (the only full name with that ${match} in the same article${genderNote})`,
      };
    }
    if (here.length > 1)
      return {
        kind: "separate",
        how: `ambiguous ${match}: ${label} (${here.length} full names with it in the same article)`,
        possible: possible(here, "several in the same article"),
      };
  }

  for (const match of ["surname", "first name"] as const) {
    const list = candidates
      .filter((c) => c.match === match)
      .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1));
    const [top, second] = list;
    if (!top) continue;
    const min = match === "surname" ? policy.minSupport : policy.firstNameMinSupport;
    const runnerUp = second?.articles ?? 0;
    if (top.articles >= min && top.articles >= policy.dominance * runnerUp) {
      const why =
        list.length === 1
          ? `only full name with that ${match} in the corpus, ${plural(top.articles, "article")}`
          : `${top.articles} of ${list.reduce((n, c) => n + c.articles, 0)} articles naming a full name with that ${match}`;
      return {
        kind: "merge",
        id: top.id,
        name: top.name,
        score: round(top.articles / (top.articles + runnerUp + 1)),
        how: `${match}: ${label} → ${top.name} (${why}${genderNote})`,
      };
    }
    const why =
      list.length === 1
        ? `only candidate, too little support (${plural(top.articles, "article")})`
        : `${list.length} full names with that ${match}, none dominant`;
    return { kind: "separate", how: `ambiguous ${match}: ${label} (${why})`, possible: possible(list, why) };
  }
  return { kind: "separate", how: "scoped", possible: [] };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const display = (token: string) => token.charAt(0).toUpperCase() + token.slice(1);

/** No candidate is ruled out by an analyst's rejection. */
export const NO_REJECTIONS: ReadonlySet<string> = new Set();

/**
 * An analyst's rejection ("this Obama is not Michelle Obama") takes that candidate out of what is
 * recorded and chosen, but not out of the weighing: the rejected namesake still competes, so
 * rejecting one of two candidates keeps the short form apart (with the other as its possible match)
 * rather than merging it — the same state the viewer leaves when it deletes the rejected edge.
 */
export function honourRejections(decision: Decision, rejected: ReadonlySet<string>): Decision {
  if (rejected.size === 0) return decision;
  if (decision.kind === "merge") {
    if (!rejected.has(decision.id)) return decision;
    return {
      kind: "separate",
      how: `kept apart, rejected by an analyst: ${decision.how}`,
      possible: [],
    };
  }
  return { ...decision, possible: decision.possible.filter((p) => !rejected.has(p.id)) };
}
