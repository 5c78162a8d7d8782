import { type Gender, isFullName, type PersonName, personName } from "./evidence.js";
import { IdMultiMap } from "./id-multimap.js";
import { Int32Column, Uint8Column } from "./int-column.js";
import { StringPool } from "./string-pool.js";

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

const NO_MIDDLES: readonly string[] = [];
const GENDERS: readonly (Gender | undefined)[] = [undefined, "m", "f"];

/**
 * The corpus's full-name people by surname and by first name, with how many articles mention each:
 * the only state short-form resolution reads. Grows as articles are resolved (`note`). Kept in
 * columns indexed by the person's id handle in `ids` (a pool the entity index shares): of each full
 * name only what lookups read — its name, first name and surname (interned tokens), middle names
 * when it has any, gender, article count and the last article counted. A million people cost
 * ~100 bytes each, not the ~500 of objects in maps (README, "Memory").
 */
export class FullNameIndex {
  /** By id handle: name handle + 1 in `names` (0: not a known full name). */
  private readonly name = new Int32Column();
  private readonly first = new Int32Column();
  private readonly last = new Int32Column();
  private readonly gender = new Uint8Column();
  private readonly articles = new Int32Column();
  /** By id handle: the last article counted, its handle + 1 in `articleIds` (0: none). */
  private readonly lastArticle = new Int32Column();
  /** By id handle: the name tokens between the first and the last, space-separated, handle + 1 in `middleNames` (0: none). */
  private readonly middles = new Int32Column();
  private readonly names = new StringPool();
  private readonly middleNames = new StringPool();
  private readonly tokens = new StringPool();
  private readonly articleIds = new StringPool();
  private readonly bySurname: IdMultiMap;
  private readonly byFirst: IdMultiMap;
  /** By token handle: 1 for surnames and first names whose full names were noted since this index was made (new or in one more article). */
  private readonly changed = new Uint8Column();

  constructor(private readonly ids: StringPool = new StringPool()) {
    this.bySurname = new IdMultiMap(ids);
    this.byFirst = new IdMultiMap(ids);
  }

  /** Records that `article` mentions the person `id` (counted once per article); a short form never enters as a name. */
  note(id: string, name: string, article: string | undefined, articles = 1): void {
    const seen = this.ids.find(id);
    const articleHandle = article === undefined ? 0 : this.articleIds.intern(article) + 1;
    if (seen >= 0 && this.name.get(seen) !== 0) {
      if (article === undefined || this.lastArticle.get(seen) !== articleHandle)
        this.articles.set(seen, this.articles.get(seen) + articles);
      this.lastArticle.set(seen, articleHandle);
      if (article !== undefined) this.touch(this.first.get(seen), this.last.get(seen));
      return;
    }
    const parts = personName(name);
    if (!isFullName(parts)) return;
    const h = this.ids.intern(id);
    this.name.set(h, this.names.intern(name) + 1);
    this.first.set(h, this.tokens.intern(parts.first));
    this.last.set(h, this.tokens.intern(parts.last));
    this.gender.set(h, GENDERS.indexOf(parts.gender));
    this.articles.set(h, articles);
    this.lastArticle.set(h, articleHandle);
    if (parts.tokens.length > 2) this.middles.set(h, this.middleNames.intern(parts.tokens.slice(1, -1).join(" ")) + 1);
    if (article !== undefined) this.touch(this.first.get(h), this.last.get(h));
    // A person is filed once, when first noted: its id is new under these keys.
    this.bySurname.addNew(parts.last, h);
    this.byFirst.addNew(parts.first, h);
  }

  private tokenAt(column: Int32Column, h: number): string {
    return this.tokens.text(column.get(h));
  }

  private nameOf(h: number): string {
    return this.names.text(this.name.get(h) - 1);
  }

  /** The handle of a known full name's id, or -1. */
  private known(id: string): number {
    const h = this.ids.find(id);
    return h >= 0 && this.name.get(h) !== 0 ? h : -1;
  }

  /**
   * The one known full name with the same first name and surname whose middle names agree with
   * these (a missing middle name or an initial agrees: "John R. Kasich" ~ "John Kasich", "Hillary
   * Rodham Clinton" ~ "Hillary Clinton"); undefined when none or several.
   */
  sameFirstAndLast(name: PersonName): { id: string; name: string } | undefined {
    // The surname's full names with this first name (a surname's list is the shorter: no map of its own for the pair).
    const first = this.tokens.find(name.first);
    if (first < 0) return undefined;
    let h = -1;
    for (const candidate of this.bySurname.handles(name.last)) {
      if (this.first.get(candidate) !== first) continue;
      if (h >= 0) return undefined;
      h = candidate;
    }
    if (h < 0) return undefined;
    if (!middlesAgree(name.tokens.slice(1, -1), this.middlesOf(h))) return undefined;
    return { id: this.ids.text(h), name: this.nameOf(h) };
  }

  /** One article fewer mentions `id` (a short form that joined it was split off again). */
  forget(id: string): void {
    const h = this.known(id);
    if (h < 0 || this.articles.get(h) <= 1) return;
    this.articles.set(h, this.articles.get(h) - 1);
    this.lastArticle.set(h, 0);
    this.touch(this.first.get(h), this.last.get(h));
  }

  /**
   * Surnames and first names that changed in this index's life and that more than one full name
   * has, each with those full names' ids: the tokens whose earlier corpus merges a namesake may
   * have put in doubt. Sorted by token.
   */
  contested(): { token: string; ids: string[] }[] {
    const out: { token: string; ids: string[] }[] = [];
    const changed: string[] = [];
    for (let t = 0; t < this.tokens.size; t++) if (this.changed.get(t) === 1) changed.push(this.tokens.text(t));
    for (const token of changed.sort()) {
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
      if (isFullName(parts)) this.touch(this.tokens.intern(parts.first), this.tokens.intern(parts.last));
    }
  }

  /** Marks a first name's and a surname's tokens (by handle) as changed. */
  private touch(first: number, last: number): void {
    this.changed.set(first, 1);
    this.changed.set(last, 1);
  }

  private middlesOf(h: number): readonly string[] {
    const held = this.middles.get(h);
    return held === 0 ? NO_MIDDLES : this.middleNames.text(held - 1).split(" ");
  }

  has(id: string): boolean {
    return this.known(id) >= 0;
  }

  /** Full names whose surname is `token`, then those whose first name is (a surname match wins). */
  lookup(token: string, inArticle: ReadonlySet<string>): PersonCandidate[] {
    const out: PersonCandidate[] = [];
    const seen = new Set<number>();
    for (const [match, map] of [
      ["surname", this.bySurname],
      ["first name", this.byFirst],
    ] as const) {
      for (const h of map.handles(token)) {
        if (seen.has(h) || this.name.get(h) === 0) continue;
        seen.add(h);
        const id = this.ids.text(h);
        out.push({
          id,
          name: this.nameOf(h),
          articles: this.articles.get(h),
          inArticle: inArticle.has(id),
          match,
          gender: GENDERS[this.gender.get(h)],
        });
      }
    }
    return out;
  }

  /** Full names sharing this one's surname (other than itself). */
  sameSurname(id: string): string[] {
    const h = this.known(id);
    if (h < 0) return [];
    return this.bySurname
      .handles(this.tokenAt(this.last, h))
      .filter((other) => other !== h)
      .map((other) => this.ids.text(other));
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
