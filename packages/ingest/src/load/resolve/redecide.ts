import { scopedPersonId } from "../ids.js";
import { entityKey } from "../names.js";
import { candidatesFor, type FullNameIndex } from "./candidates.js";
import { decide, honourRejections, NO_REJECTIONS, type PossibleMatch, type ResolvePolicy } from "./decide.js";
import { isShortForm, personName, shortFormName } from "./evidence.js";

/**
 * A short form's mention that joined a full name on the corpus's evidence alone ("surname: Obama →
 * Barack Obama (284 of 293 articles naming a full name with that surname)"): the graph's
 * MENTIONED_IN edge from `id` to `article`, with the forms the article wrote.
 */
export interface CorpusMerge {
  /** The node the short form joined. */
  id: string;
  article: string;
  /** The mention's forms as written; the first is the article entity's name. */
  forms: readonly string[];
  resolution: string;
  /** Candidates an analyst rejected for this short form in this article. */
  rejected?: ReadonlySet<string>;
}

/** A corpus merge the corpus no longer supports: split off into its article (`to`), with its possible matches. */
export interface Redecision {
  merge: CorpusMerge;
  to: string;
  name: string;
  how: string;
  possible: PossibleMatch[];
}

/** Appended to the reason of a mention the end-of-run pass moved. */
export const REDECIDED = "decided again at the end of the run: a namesake changed the picture";

const ANNOTATIONS = new Set(["rechecked at the end of the run", REDECIDED]);
const CORPUS_MERGE =
  /^(surname|first name): (\S+) → .+ \((?:only full name with that (?:surname|first name) in the corpus|\d+ of \d+ articles naming a full name with that (?:surname|first name))/u;

/**
 * The token ("obama") a mention's reason says it joined its node by, when every reason it gives is
 * a corpus merge by that token; undefined for anything else (a name, an alias, the same article's
 * full name, an analyst's correction), which nothing here reconsiders.
 */
export function corpusMergeToken(resolution: string): string | undefined {
  let token: string | undefined;
  for (const part of resolution.split("; ")) {
    if (ANNOTATIONS.has(part)) continue;
    const match = CORPUS_MERGE.exec(part);
    if (!match) return undefined;
    const t = (match[2] as string).toLowerCase();
    if (token !== undefined && token !== t) return undefined;
    token = t;
  }
  return token;
}

/**
 * Decides again, against the corpus as it is now (`people`'s counts), each corpus merge whose
 * token a namesake may have put in doubt: a new or growing "Michelle Obama" can leave "Barack
 * Obama" no longer dominant for a bare "Obama". Each merge is weighed with its own article taken
 * out of its node's count (as when it was first decided). A merge the corpus still supports stays;
 * any other is split off into its article (`scopedPersonId`) with its possible matches — also when
 * the corpus now points to another full name, which is no proof either (precision first: a wrong
 * merge costs an analyst more than a missed one). Counts follow each change and the
 * pass repeats until nothing moves (a split lowers its node's count, which can undo another merge
 * that rested on it). Mutates `people`'s counts; otherwise pure.
 */
export function redecideCorpusMerges(
  people: FullNameIndex,
  merges: readonly CorpusMerge[],
  policy: ResolvePolicy,
): Redecision[] {
  const open = merges.flatMap((merge) => {
    const token = corpusMergeToken(merge.resolution);
    const form = merge.forms.find((f) => {
      const parts = personName(f);
      return isShortForm(parts) && parts.first === token;
    });
    // (the title of another form, "Mr. Clinton", tells the gender the bare one lacks, as when first decided)
    return token !== undefined && form !== undefined ? [{ merge, form, short: shortFormName(form, merge.forms) }] : [];
  });
  const out: Redecision[] = [];
  const done = new Set<CorpusMerge>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const { merge, form, short } of open) {
      if (done.has(merge)) continue;
      const candidates = candidatesFor(short, people, new Map()).map((c) =>
        c.id === merge.id ? { ...c, articles: Math.max(0, c.articles - 1) } : c,
      );
      const decision = honourRejections(
        decide(form, short.first, short.gender, candidates, policy),
        merge.rejected ?? NO_REJECTIONS,
      );
      if (decision.kind === "merge" && decision.id === merge.id) continue;
      // Another full name winning now is no proof either: the short form has two readings, so it
      // stays apart with every candidate the corpus weighs (no dominance asked) and the one it had joined.
      const apart =
        decision.kind === "separate"
          ? decision
          : decide(form, short.first, short.gender, candidates, { ...policy, dominance: Number.POSITIVE_INFINITY });
      const possible = apart.kind === "separate" ? [...apart.possible] : [];
      if (!possible.some((p) => p.id === merge.id))
        possible.push({ id: merge.id, score: 0, evidence: `${merge.resolution} (when first decided)` });
      const rejected = merge.rejected ?? NO_REJECTIONS;
      const how =
        decision.kind === "separate"
          ? decision.how
          : `ambiguous ${decision.how.slice(0, decision.how.indexOf(":"))}: ${form} now points to ${decision.name}, not the full name it had joined`;
      people.forget(merge.id);
      out.push({
        merge,
        to: scopedPersonId(entityKey(form, "Person"), merge.article),
        name: form,
        how: `${how}; ${REDECIDED}`,
        possible: possible.filter((p) => !rejected.has(p.id)),
      });
      done.add(merge);
      changed = true;
    }
  }
  return out;
}
