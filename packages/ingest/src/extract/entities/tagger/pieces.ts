import type { TaggedSpan } from "./labels.js";

/** The tagger's spans by token, to ask what it says about a run of tokens. */
export interface TagIndex {
  /** Tagged spans overlapping [first, last), clipped to it, in order; [] when it tagged none (O). */
  pieces(first: number, last: number): TaggedSpan[];
}

export function tagIndex(spans: readonly TaggedSpan[], tokenCount: number): TagIndex {
  const at = new Int32Array(tokenCount).fill(-1);
  spans.forEach((s, index) => {
    for (let i = s.first; i < s.last; i++) at[i] = index;
  });
  return {
    pieces(first, last) {
      const out: TaggedSpan[] = [];
      for (let i = first; i < last; i++) {
        const index = at[i] as number;
        if (index < 0) continue;
        const span = spans[index] as TaggedSpan;
        const previous = out.at(-1);
        if (previous && previous.last === i && at[i - 1] === index) previous.last = i + 1;
        else out.push({ first: i, last: i + 1, type: span.type, ...(span.tentative ? { tentative: true } : {}) });
      }
      return out;
    },
  };
}
