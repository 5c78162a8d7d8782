import { BandKeyTable } from "./band-key-table.js";
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

/** A held statement and its slot: the small integer the band-key table files it under. */
interface Slotted extends IndexedStatement {
  readonly slot: number;
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
  private readonly statements = new Map<string, Slotted>();
  /** Band key (`keyNumber`) → the slots of the statements holding it, in the order they came. */
  private readonly byKey: BandKeyTable;
  /** Slot → its statement; slots of removed statements are used again. */
  private readonly bySlot: (Slotted | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Candidate statements looked at, over all `add` calls (the cost LSH keeps small). */
  candidatesSeen = 0;

  /** `expectedKeys`: band keys the index will hold at most (a bounded cache sizes its table once). */
  constructor(
    private readonly options: IndexOptions = DEFAULT_INDEX_OPTIONS,
    expectedKeys?: number,
  ) {
    this.byKey = new BandKeyTable(expectedKeys);
  }

  /** Makes a stored statement known (its keys are recomputed from its variants). */
  seed(stored: StoredStatement): void {
    if (this.statements.has(stored.id)) return;
    const fingerprints = stored.variants.map((v) => fromVariant(v, stored.speakerKey, this.options.shape));
    const statement = this.hold({
      ...stored,
      variants: [...stored.variants],
      keys: [],
      fingerprints: fingerprints.map(slim),
    });
    for (const f of fingerprints) this.addKeys(statement, f.keys.map(keyNumber));
  }

  /** Places a claim: joins every statement whose wording it shares, or founds `newId`. */
  add(claim: Fingerprint, newId: string): Placement {
    const keys = claim.keys.map(keyNumber);
    let matched: Slotted[] = [];
    let best = 0;
    for (const statement of this.candidates(keys)) {
      this.candidatesSeen++;
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
      const statement = this.hold({
        id: newId,
        speakerKey: claim.speakerKey,
        variants: [claim.variant],
        reports: 1,
        keys: [],
        fingerprints: [slim(claim)],
      });
      this.addKeys(statement, keys);
      return { statement: newId, created: true, merged: [], newVariant: true };
    }
    matched.sort((a, b) => b.reports - a.reports || (a.id < b.id ? -1 : 1));
    const [survivor, ...others] = matched as [Slotted, ...Slotted[]];
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
    for (const key of statement.keys) this.byKey.remove(key, statement.slot);
    this.release(statement);
  }

  /** Band keys held, and statements filed under them (a key is filed once per statement holding it). */
  get keyCounts(): { keys: number; filed: number } {
    return { keys: this.byKey.size, filed: this.byKey.entries };
  }

  /** Gives a new statement (an object of its own) a slot and holds it. */
  private hold(statement: IndexedStatement): Slotted {
    const slotted: Slotted = Object.assign(statement, { slot: this.freeSlots.pop() ?? this.bySlot.length });
    this.bySlot[slotted.slot] = slotted;
    this.statements.set(slotted.id, slotted);
    return slotted;
  }

  private release(statement: Slotted): void {
    this.statements.delete(statement.id);
    this.bySlot[statement.slot] = undefined;
    this.freeSlots.push(statement.slot);
  }

  /** The statements filed under any of `keys`, each once, in the order met. */
  private candidates(keys: readonly number[]): Set<Slotted> {
    const out = new Set<Slotted>();
    for (const key of keys) for (const slot of this.byKey.get(key)) out.add(this.bySlot[slot] as Slotted);
    return out;
  }

  /** Keeps a wording new to the statement, with its keys (none for a wording moved from an absorbed statement: its keys move apart). */
  private addVariant(statement: Slotted, claim: Fingerprint, keys: readonly number[]): boolean {
    if (statement.variants.includes(claim.variant) || statement.variants.length >= MAX_VARIANTS) return false;
    statement.variants.push(claim.variant);
    statement.fingerprints.push(slim(claim));
    this.addKeys(statement, keys);
    return true;
  }

  private absorb(into: Slotted, from: Slotted): void {
    into.reports += from.reports;
    for (const f of from.fingerprints) this.addVariant(into, f, NO_KEY_NUMBERS);
    for (const key of from.keys) {
      this.byKey.remove(key, from.slot);
      this.byKey.add(key, into.slot);
      if (!into.keys.includes(key)) into.keys.push(key);
    }
    this.release(from);
  }

  private addKeys(statement: Slotted, keys: readonly number[]): void {
    for (const key of keys) {
      if (!statement.keys.includes(key)) statement.keys.push(key);
      this.byKey.add(key, statement.slot);
    }
  }
}
