import { type Gender, isFullName, type PersonName, personName } from "./evidence.js";
import { IdMultiMap } from "./id-multimap.js";

/** A full-name person a short form may stand for, with the support the corpus gives it. */
export interface PersonCandidate {
  id: string;
  name: string;
  /** Articles that mention it (in the graph and in this run so far). */
  articles: number;
  /** Whether the short form's own article names this full name too. */
  inArticle: boolean;
  /** Which token of the full name the short form is. */
  match: "surname" | "first name";
  gender: Gender | undefined;
}

/**
 * What the index keeps of one full name: only what lookups read (a `PersonName` with its key and
 * token list cost ~150 bytes more a person, at a million entities most of what the index held).
 * First name and surname are interned: one string for every "john".
 */
interface Known {
  name: string;
  first: string;
  last: string;
  /** Name tokens between the first and the last (most names have none: one shared empty list). */
  middles: readonly string[];
  gender: Gender | undefined;
  articles: number;
  lastArticle: string | undefined;
}

const NO_MIDDLES: readonly string[] = [];

/**
 * The corpus's full-name people by surname and by first name, with how many articles mention each:
 * the only state short-form resolution reads. Grows as articles are resolved (`note`).
 */
export class FullNameIndex {
  private readonly known = new Map<string, Known>();
  private readonly bySurname = new IdMultiMap();
  private readonly byFirst = new IdMultiMap();
  private readonly byFirstLast = new IdMultiMap();
  /** Surnames and first names whose full names were noted since this index was made (new or in one more article). */
  private readonly changed = new Set<string>();
  /** One string per distinct first name or surname. */
  private readonly tokens = new Map<string, string>();

  /** Records that `article` mentions the person `id` (counted once per article); a short form never enters as a name. */
  note(id: string, name: string, article: string | undefined, articles = 1): void {
    const seen = this.known.get(id);
    if (seen) {
      if (article === undefined || seen.lastArticle !== article) seen.articles += articles;
      seen.lastArticle = article;
      if (article !== undefined) this.touch(seen);
      return;
    }
    const parts = personName(name);
    if (!isFullName(parts)) return;
    const known: Known = {
      name,
      first: this.intern(parts.first),
      last: this.intern(parts.last),
      middles: parts.tokens.length > 2 ? parts.tokens.slice(1, -1) : NO_MIDDLES,
      gender: parts.gender,
      articles,
      lastArticle: article,
    };
    this.known.set(id, known);
    if (article !== undefined) this.touch(known);
    this.bySurname.add(known.last, id);
    this.byFirst.add(known.first, id);
    this.byFirstLast.add(`${known.first} ${known.last}`, id);
  }

  private intern(token: string): string {
    const held = this.tokens.get(token);
    if (held !== undefined) return held;
    this.tokens.set(token, token);
    return token;
  }

  /**
   * The one known full name with the same first name and surname whose middle names agree with
   * these (a missing middle name or an initial agrees: "John R. Kasich" ~ "John Kasich", "Hillary
   * Rodham Clinton" ~ "Hillary Clinton"); undefined when none or several.
   */
  sameFirstAndLast(name: PersonName): { id: string; name: string } | undefined {
    const ids = [...this.byFirstLast.get(`${name.first} ${name.last}`)];
    if (ids.length !== 1) return undefined;
    const k = this.known.get(ids[0] as string);
    if (!k || !middlesAgree(name.tokens.slice(1, -1), k.middles)) return undefined;
    return { id: ids[0] as string, name: k.name };
  }

  /** One article fewer mentions `id` (a short form that joined it was split off again). */
  forget(id: string): void {
    const k = this.known.get(id);
    if (!k || k.articles <= 1) return;
    k.articles -= 1;
    k.lastArticle = undefined;
    this.touch(k);
  }

  /**
   * Surnames and first names that changed in this index's life and that more than one full name
   * has, each with those full names' ids: the tokens whose earlier corpus merges a namesake may
   * have put in doubt. Sorted by token.
   */
  contested(): { token: string; ids: string[] }[] {
    const out: { token: string; ids: string[] }[] = [];
    for (const token of [...this.changed].sort()) {
      const ids = new Set([...this.bySurname.get(token), ...this.byFirst.get(token)]);
      if (ids.size > 1) out.push({ token, ids: [...ids].sort() });
    }
    return out;
  }

  /**
   * Counts these full names' tokens as changed, as if noted in this index's life: the people of a
   * run killed before its end-of-run pass (their articles are stored, the pass never weighed them).
   */
  markChanged(names: Iterable<string>): void {
    for (const name of names) {
      const parts = personName(name);
      if (isFullName(parts)) this.touch(parts);
    }
  }

  private touch(parts: Pick<PersonName, "first" | "last">): void {
    this.changed.add(parts.last);
    this.changed.add(parts.first);
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** Full names whose surname is `token`, then those whose first name is (a surname match wins). */
  lookup(token: string, inArticle: ReadonlySet<string>): PersonCandidate[] {
    const out: PersonCandidate[] = [];
    for (const [match, map] of [
      ["surname", this.bySurname],
      ["first name", this.byFirst],
    ] as const) {
      for (const id of map.get(token)) {
        const k = this.known.get(id);
        if (k && !out.some((c) => c.id === id))
          out.push({
            id,
            name: k.name,
            articles: k.articles,
            inArticle: inArticle.has(id),
            match,
            gender: k.gender,
          });
      }
    }
    return out;
  }

  /** Full names sharing this one's surname (other than itself). */
  sameSurname(id: string): string[] {
    const k = this.known.get(id);
    return k ? [...this.bySurname.get(k.last)].filter((other) => other !== id) : [];
  }
}

/**
 * The candidates for a short form: full names of the same article first (`inArticle`: the ids the
 * article's own full names resolve to), then the corpus's, each with its support.
 */
export function candidatesFor(
  short: PersonName,
  corpus: FullNameIndex,
  article: ReadonlyMap<string, string>,
): PersonCandidate[] {
  const inArticle = new Set(article.keys());
  const found = corpus.lookup(short.first, inArticle);
  // A full name of this article that the corpus does not know yet (new in this article).
  for (const [id, name] of article) {
    if (found.some((c) => c.id === id)) continue;
    const parts = personName(name);
    const match = parts.last === short.first ? "surname" : parts.first === short.first ? "first name" : undefined;
    if (match && isFullName(parts)) found.push({ id, name, articles: 1, inArticle: true, match, gender: parts.gender });
  }
  return found;
}

/** Middle names agree when either side has none, or they match pairwise by initial. */
export function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.length !== b.length) return false;
  return a.every((t, i) => {
    const u = b[i] ?? "";
    return t === u || ((t.length === 1 || u.length === 1) && t[0] === u[0]);
  });
}
