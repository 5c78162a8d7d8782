/** The tagger's label set: BIO over people, organizations and places. */
export type TaggedType = "PER" | "ORG" | "LOC";

export const TYPES: readonly TaggedType[] = ["PER", "ORG", "LOC"];

/** Label ids: 0 = O, then B-/I- per type in TYPES order (1 = B-PER, 2 = I-PER, …). */
export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export function beginLabel(type: TaggedType): number {
  return 1 + 2 * TYPES.indexOf(type);
}

export function insideLabel(type: TaggedType): number {
  return 2 + 2 * TYPES.indexOf(type);
}

export function typeOfLabel(label: number): TaggedType | undefined {
  return label === OUTSIDE ? undefined : TYPES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== OUTSIDE && label % 2 === 0;
}

/** BIO: I-X may only follow B-X or I-X (`prev` -1 is the sentence start). */
export function transitionAllowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}

/** A tagged name: token range [first, last) and its type. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: TaggedType;
  /** How much more its tokens scored as this name than as O (mean per token; set by tagDocument). */
  margin?: number;
  /** An organization or a person under the model's margin for its type (TaggerModel.orgMinMargin, personMinMargin). */
  tentative?: boolean;
}

/** Spans of a label sequence; `offset` is added to token indices. */
export function spansOf(labels: ArrayLike<number>, offset = 0): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    const type = typeOfLabel(label);
    if (open && (!type || !isInside(label) || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (type && !open) open = { first: offset + i, last: offset + i + 1, type };
    else if (open) open.last = offset + i + 1;
  }
  if (open) spans.push(open);
  return spans;
}

/** A name as character offsets (UTF-16, end exclusive) with its type. */
export interface CharSpan {
  start: number;
  end: number;
  type: TaggedType;
}
