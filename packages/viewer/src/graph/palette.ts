/** Colours and shapes: one calm palette for types, and a stable colour per value for kinds and outlets. */
export const TYPE_COLOURS: Record<string, string> = {
  Person: "#4e79a7",
  Organization: "#f28e2b",
  Claim: "#8c9a7a",
  Article: "#9c755f",
  Other: "#a0a0a0",
};

export const KIND_COLOURS: Record<string, string> = {
  direct: "#59a14f",
  mixed: "#edc948",
  indirect: "#b07aa1",
};

const CATEGORICAL = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

/**
 * Colours for the values a graph holds (its outlets): sorted, each takes the palette's next colour, so
 * up to ten values never share one; past ten, `colourFor`. The view and the legend build it from the
 * same graph, so a swatch always matches its nodes.
 */
export function categoricalColours(values: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  [...new Set(values)].sort().forEach((value, i) => {
    out.set(value, i < CATEGORICAL.length ? (CATEGORICAL[i] as string) : colourFor(value));
  });
  return out;
}

/** The same value always gets the same colour. */
export function colourFor(value: string): string {
  let hash = 0;
  for (let i = 0; i < value.length; i++) hash = (hash * 31 + value.charCodeAt(i)) >>> 0;
  return CATEGORICAL[hash % CATEGORICAL.length] as string;
}
