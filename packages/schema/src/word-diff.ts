import { wordTokens } from "./words.js";

/**
 * A word-level diff between two reports of a statement, in each report's own spelling: runs of
 * words both share ("same"), only the first has ("removed") and only the second has ("added").
 * Words compare as near-duplicate detection sees them (case, curly quotes and punctuation aside),
 * so a change of quotation marks is no difference. Longest common subsequence over words: O(n·m)
 * for two claims of n and m words (claims are sentences; 400 × 400 words is 160k cells).
 */
export type DiffOp = "same" | "removed" | "added";

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export const MAX_DIFF_WORDS = 400;

export function wordDiff(from: string, to: string): DiffPart[] {
  const a = wordTokens(from);
  const b = wordTokens(to);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
    // Too long to align word by word: one removal and one addition, unless identical.
    if (a.map((t) => t.word).join(" ") === b.map((t) => t.word).join(" ")) return [{ op: "same", text: to }];
    return [
      { op: "removed", text: from },
      { op: "added", text: to },
    ];
  }
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], one flat array.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[at(i, j)] =
        a[i]?.word === b[j]?.word
          ? (lcs[at(i + 1, j + 1)] as number) + 1
          : Math.max(lcs[at(i + 1, j)] as number, lcs[at(i, j + 1)] as number);
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]?.word === b[j]?.word) {
      push("same", to.slice(b[j]?.start, b[j]?.end));
      i++;
      j++;
    } else if (i < n && (j >= m || (lcs[at(i + 1, j)] as number) >= (lcs[at(i, j + 1)] as number))) {
      push("removed", from.slice(a[i]?.start, a[i]?.end));
      i++;
    } else {
      push("added", to.slice(b[j]?.start, b[j]?.end));
      j++;
    }
  }
  return parts;
}
