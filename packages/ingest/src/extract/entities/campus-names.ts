import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { type Token, visibleText } from "../text/tokens.js";
import type { Mention } from "./types.js";

/** Longest campus city after a university's comma, in words ("Las Vegas", "Chapel Hill"). */
const MAX_CAMPUS_WORDS = 3;

/**
 * "the University of Nevada, Las Vegas", "the University of California, Berkeley": a state university's name,
 * a comma and the city of its campus is one university (the city no person or place of its own there), when the
 * city's words end the phrase (a comma, a stop, a lower-case word or a bracket after them).
 */
export function joinCampusNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const covered = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || !/^University of /.test(m.name) || tokens[m.last]?.text !== ",") continue;
    let e = m.last + 1;
    while (e < m.last + 1 + MAX_CAMPUS_WORDS && tokens[e]?.cap && tokens[e]?.kind === "word") e++;
    if (e === m.last + 1) continue;
    const city = visibleText(text.slice((tokens[m.last + 1] as Token).start, (tokens[e - 1] as Token).end));
    const after = tokens[e];
    const ends = after?.kind !== "word" || !after.cap;
    if (!WORLD_CITIES.has(city) || !ends) continue;
    for (const o of mentions) if (o !== m && o.first >= m.last + 1 && o.last <= e) covered.add(o);
    m.last = e;
    m.end = (tokens[e - 1] as Token).end;
    m.text = text.slice(m.start, m.end);
    m.name = `${m.name}, ${city}`;
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (covered.has(mentions[i] as Mention)) mentions.splice(i, 1);
}
