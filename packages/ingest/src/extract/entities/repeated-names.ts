import { isLegalForm } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Fewest words of a name that is copied to its other occurrences. */
const MIN_WORDS = 3;

/**
 * "… filed in U.S. District Court in Phoenix by Fair Ballot Arizona, says …" and, below, "Rosa Villanueva, the executive
 * director of Fair Ballot Arizona, a nonpartisan group …": an organization's name of three words or more, typed once, is
 * the same organization wherever else the article writes it word for word and no mention covers it (the tagger read the
 * other occurrence as a place, or not at all), and so is a company's name of three words or more without its legal form.
 * Sorts `mentions` by start. (2026-12-07, newsdev72, newsdev76)
 */
export function repeatOrganizationNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const covered = new Uint8Array(tokens.length);
  // (a place's reading of a word in it covers nothing: "Arizona" of "Fair Ballot Arizona")
  const place = (m: Mention) => m.type === "Unknown" && m.tagged === "LOC";
  for (const m of mentions) if (!place(m)) covered.fill(1, m.first, m.last);
  const seen = new Set<string>();
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "country" || m.title) continue;
    const all = tokens.slice(m.first, m.last).map((t) => t.text);
    // (and a company's name without its legal form: "Richard Kowalczyk, chief executive of Mahoning Valley Steel" after
    // "Mahoning Valley Steel Corp.", read as a place)
    const bare = all.length > MIN_WORDS && isLegalForm((all.at(-1) as string).toLowerCase()) ? all.slice(0, -1) : all;
    const length = bare.length;
    if (length < MIN_WORDS) continue;
    const words = bare;
    const key = words.join(" ");
    if (seen.has(key) || words.some((w, k) => k > 0 && !/^\p{Lu}/u.test(w) && w !== "of" && w !== "the")) continue;
    seen.add(key);
    for (let i = 0; i + length <= tokens.length; i++) {
      if (covered[i] || tokens[i]?.text !== words[0]) continue;
      let k = 1;
      while (k < length && !covered[i + k] && tokens[i + k]?.text === words[k]) k++;
      if (k < length) continue;
      // (whole words of a run of capitals: not inside a longer name)
      const before = tokens[i - 1];
      const after = tokens[i + length];
      if ((before?.cap && before.kind === "word") || (after?.cap && after.kind === "word")) continue;
      const start = (tokens[i] as Token).start;
      const end = (tokens[i + length - 1] as Token).end;
      added.push({ ...m, start, end, text: text.slice(start, end), first: i, last: i + length, cluster: -1 });
      covered.fill(1, i, i + length);
    }
  }
  if (added.length === 0) return;
  const inside = (m: Mention) => place(m) && added.some((a) => m.first >= a.first && m.last <= a.last);
  const kept = mentions.filter((m) => !inside(m));
  mentions.length = 0;
  mentions.push(...kept, ...added);
  mentions.sort((a, b) => a.start - b.start);
}
