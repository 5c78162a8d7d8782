import { DEFAULT_SHAPE, type Fingerprint, type FingerprintShape, fromVariant } from "./fingerprint.js";
import { bandKeyHashes } from "./minhash.js";
import { DEFAULT_RULE, similarity, type UtteranceRule } from "./same-utterance.js";

/**
 * Near-duplicate grouping of claims into statements, incremental: a claim is compared only with
 * the statements that share an LSH band key with it, and only with their stored wording variants
 * (at most MAX_VARIANTS distinct ones), so adding a claim costs the same however large the corpus
 * or the statement. A claim joins the statement whose founding wording (its first variant) it is
 * most alike, or one that already holds its very wording (`match: "founder"`; with `match: "any"`, any stored variant: a statement then grows
 * by chains of paraphrases away from what was first said); with `link: "single"` a claim that
 * matches two statements joins them instead (the one with more reports absorbs the other, ties:
 * the smaller id).
 *
 * The loader seeds an index with the statements the graph already holds for a batch's band keys;
 * the evaluation runs one over a whole corpus. Either way the decisions are the same.
 */
export const MAX_VARIANTS = 16;

export interface StoredStatement {
  id: string;
  speakerKey: string;
  variants: string[];
  reports: number;
}

export interface IndexedStatement extends StoredStatement {
  /** Its wordings' band keys as numbers (`keyNumber`), without repeats. */
  keys: number[];
  /** Its wordings' fingerprints, kept without their band-key strings (`keys` holds them as numbers). */
  fingerprints: Fingerprint[];
}

const NO_KEYS: string[] = [];
const NO_KEY_NUMBERS: readonly number[] = [];

/**
 * A band key as a 53-bit number: 53 bits of its two hashes (`bandKeyHashes`, as the graph stores it). What the index keys its map by — a number
 * and an array of numbers instead of 16 strings and a Set per wording (a loader's cache holds tens
 * of thousands). Two keys that collide (odds ~1e-16 a pair) only make one more candidate, which
 * `similarity` then compares by speaker and wording like any other.
 */
export function keyNumber(key: string): number {
  const [plain, seeded] = bandKeyHashes(key);
  return (seeded & 0x1fffff) * 0x100000000 + plain;
}

/** What the index keeps of a fingerprint: its speaker, wording and shingles. */
const slim = (f: Fingerprint): Fingerprint =>
  f.keys.length === 0 ? f : { speakerKey: f.speakerKey, variant: f.variant, shingles: f.shingles, keys: NO_KEYS };

/** What adding one claim did: the statement it now reports, whether that is new, and statements merged into it. */
export interface Placement {
  statement: string;
  created: boolean;
  merged: string[];
  /** True when the claim's wording was new to the statement and stored as a variant (its keys with it). */
  newVariant: boolean;
}

export interface IndexOptions {
  rule: UtteranceRule;
  shape: FingerprintShape;
  /**
   * "best": a claim joins the one statement it is most alike (statements never merge);
   * "single": it joins every statement it matches (single link: they merge). Measured in
   * pnpm bench:statements; "best" keeps one bridging claim from chaining two utterances together.
   */
  link: "best" | "single";
  /**
   * What of a statement a claim is compared with: "founder", its first wording (later variants
   * are kept for the viewer's differences and for finding the statement, not for matching);
   * "any", every stored variant. Measured in pnpm bench:statements: matching any variant chains
   * one speaker's different sentences through a quote they share.
   */
  match: "founder" | "any";
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  rule: DEFAULT_RULE,
  shape: DEFAULT_SHAPE,
  link: "best",
  match: "founder",
};

export class StatementIndex {
  private readonly statements = new Map<string, IndexedStatement>();
  /** Band key (`keyNumber`) → its statement's id, or their ids when several share it (most keys have one). */
  private readonly byKey = new Map<number, string | string[]>();
  /** Candidate statements looked at, over all `add` calls (the cost LSH keeps small). */
  candidatesSeen = 0;

  constructor(private readonly options: IndexOptions = DEFAULT_INDEX_OPTIONS) {}

  /** Makes a stored statement known (its keys are recomputed from its variants). */
  seed(stored: StoredStatement): void {
    if (this.statements.has(stored.id)) return;
    const fingerprints = stored.variants.map((v) => fromVariant(v, stored.speakerKey, this.options.shape));
    const statement: IndexedStatement = {
      ...stored,
      variants: [...stored.variants],
      keys: [],
      fingerprints: fingerprints.map(slim),
    };
    this.statements.set(stored.id, statement);
    for (const f of fingerprints) this.addKeys(statement, f.keys.map(keyNumber));
  }

  /** Places a claim: joins every statement whose wording it shares, or founds `newId`. */
  add(claim: Fingerprint, newId: string): Placement {
    const keys = claim.keys.map(keyNumber);
    let matched: IndexedStatement[] = [];
    let best = 0;
    for (const id of this.candidates(keys)) {
      this.candidatesSeen++;
      const statement = this.statements.get(id);
      if (!statement) continue;
      let score = 0;
      // a wording the statement already holds is its own (so every edition of a report joins the same statement)
      const founderOnly = this.options.match === "founder" && !statement.variants.includes(claim.variant);
      const compared = founderOnly ? 1 : statement.fingerprints.length;
      for (let v = 0; v < compared; v++)
        score = Math.max(score, similarity(claim, statement.fingerprints[v] as Fingerprint, this.options.rule));
      if (score === 0) continue;
      if (this.options.link === "single") matched.push(statement);
      else if (score > best || (score === best && matched[0] && statement.reports > matched[0].reports)) {
        best = score;
        matched = [statement];
      }
    }
    if (matched.length === 0) {
      const statement: IndexedStatement = {
        id: newId,
        speakerKey: claim.speakerKey,
        variants: [claim.variant],
        reports: 1,
        keys: [],
        fingerprints: [slim(claim)],
      };
      this.statements.set(newId, statement);
      this.addKeys(statement, keys);
      return { statement: newId, created: true, merged: [], newVariant: true };
    }
    matched.sort((a, b) => b.reports - a.reports || (a.id < b.id ? -1 : 1));
    const [survivor, ...others] = matched as [IndexedStatement, ...IndexedStatement[]];
    for (const other of others) this.absorb(survivor, other);
    survivor.reports++;
    const newVariant = this.addVariant(survivor, claim, keys);
    return { statement: survivor.id, created: false, merged: others.map((o) => o.id), newVariant };
  }

  get(id: string): IndexedStatement | undefined {
    return this.statements.get(id);
  }

  all(): IterableIterator<IndexedStatement> {
    return this.statements.values();
  }

  /** How many statements the index holds. */
  get size(): number {
    return this.statements.size;
  }

  /** Forgets a statement and its band keys (a loader's cache evicting a speaker). */
  remove(id: string): void {
    const statement = this.statements.get(id);
    if (!statement) return;
    for (const key of statement.keys) this.unlink(key, id);
    this.statements.delete(id);
  }

  private candidates(keys: readonly number[]): Set<string> {
    const out = new Set<string>();
    for (const key of keys) {
      const held = this.byKey.get(key);
      if (typeof held === "string") out.add(held);
      else if (held) for (const id of held) out.add(id);
    }
    return out;
  }

  /** Adds `id` under a key (once). */
  private link(key: number, id: string): void {
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, id);
    else if (typeof held === "string") {
      if (held !== id) this.byKey.set(key, [held, id]);
    } else if (!held.includes(id)) held.push(id);
  }

  /** Takes `id` from under a key. */
  private unlink(key: number, id: string): void {
    const held = this.byKey.get(key);
    if (held === undefined) return;
    if (typeof held === "string") {
      if (held === id) this.byKey.delete(key);
      return;
    }
    const left = held.filter((other) => other !== id);
    if (left.length === 0) this.byKey.delete(key);
    else this.byKey.set(key, left.length === 1 ? (left[0] as string) : left);
  }

  /** Keeps a wording new to the statement, with its keys (none for a wording moved from an absorbed statement: its keys move apart). */
  private addVariant(statement: IndexedStatement, claim: Fingerprint, keys: readonly number[]): boolean {
    if (statement.variants.includes(claim.variant) || statement.variants.length >= MAX_VARIANTS) return false;
    statement.variants.push(claim.variant);
    statement.fingerprints.push(slim(claim));
    this.addKeys(statement, keys);
    return true;
  }

  private absorb(into: IndexedStatement, from: IndexedStatement): void {
    into.reports += from.reports;
    for (const f of from.fingerprints) this.addVariant(into, f, NO_KEY_NUMBERS);
    for (const key of from.keys) {
      this.unlink(key, from.id);
      this.link(key, into.id);
      if (!into.keys.includes(key)) into.keys.push(key);
    }
    this.statements.delete(from.id);
  }

  private addKeys(statement: IndexedStatement, keys: readonly number[]): void {
    for (const key of keys) {
      if (!statement.keys.includes(key)) statement.keys.push(key);
      this.link(key, statement.id);
    }
  }
}
