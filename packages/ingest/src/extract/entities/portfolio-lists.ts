import { countryOf } from "../lexicon/countries.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { ORG_HEADS } from "../lexicon/organizations.js";
import { PLACES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import { type Token, visibleText } from "../text/tokens.js";
import { extendMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Bodies whose name may list several portfolios after "of" / "for". */
const LIST_HEADS =
  /(?:^|\s)(?:Ministry|Department|Bureau|Union|Federation|Confederation|Secretariat|Agency|Commission|Council|Institute|Association|Chambers?|Administration|Directorate|Authority)\s+(?:of|for)\s+\S/;

function isPlace(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    PLACES.has(lower) || WORLD_CITIES.has(name) || SUBNATIONAL_REGIONS.has(lower) || countryOf(name)?.form === "name"
  );
}

/** At most this many words in one portfolio of the list. */
const MAX_ITEM_WORDS = 3;

function listWord(t: Token | undefined): t is Token {
  // (not the pronoun: "UNAF will go to the Council of State, and I will be in the room")
  return t !== undefined && t.kind === "word" && t.cap && t.lower !== "the" && t.text !== "I";
}

/**
 * The end (exclusive) of a portfolio list opening at token `i`, right after a body's name: ", Forestry and
 * Fisheries", ", Great Lakes, and Energy", " and Metal Workers"; -1 when what follows is no such list (no final
 * "and", an item of more than three words, or one that is a name of its own: a country, a known organization,
 * a person's first name or a person the text already named).
 */
function listEnd(
  tokens: readonly Token[],
  i: number,
  people: ReadonlySet<string>,
  known: (name: string) => boolean,
): number {
  let k = i;
  for (let items = 0; ; items++) {
    const sep = tokens[k]?.lower;
    const last = sep === "and" || (sep === "," && tokens[k + 1]?.lower === "and");
    if (sep !== "," && sep !== "and") return -1;
    k += sep === "," && last ? 2 : 1;
    // ("the Department of Agriculture, Food and the Marine": after items set off by commas, the last may take "the",
    // one word after it)
    const article =
      last && items > 0 && tokens[k]?.lower === "the" && listWord(tokens[k + 1]) && !listWord(tokens[k + 2]);
    if (article) k++;
    const from = k;
    while (listWord(tokens[k]) && tokens[k]?.sentence === tokens[i]?.sentence) k++;
    if (k === from || k - from > MAX_ITEM_WORDS) return -1;
    const first = tokens[from] as Token;
    const item = tokens
      .slice(from, k)
      .map((t) => t.text)
      .join(" ");
    // (a given name opens no portfolio, but after items set off by commas a word the name lists share is one: "…,
    // Fisheries, Water and Land Reform", newsdev73)
    if ((items === 0 && firstNameGender(first.text)) || countryOf(item) || known(item) || people.has(item)) return -1;
    if (last) return k;
  }
}

/**
 * "the Ministry of Agriculture, Forestry and Fisheries", "the Michigan Department of Environment, Great Lakes,
 * and Energy", "the National Union of Mine and Metal Workers": a ministry's, department's or union's name that
 * lists its portfolios is one organization, which the tagger cut at the commas or at "and" ("Ministry of
 * Agriculture", "Forestry", "Fisheries" as a person). The mentions inside the list are dropped. `known`: whether
 * a name is an organization the lexicons know (no portfolio: "the Department of Justice and Microsoft").
 */
export function joinPortfolioLists(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  known: (name: string) => boolean,
): void {
  // the words of the people the text names by a title or a known first name ("FBI Director James Comey")
  const people = new Set<string>();
  for (const m of mentions)
    if (m.type === "Person" && (m.title || firstNameGender(m.name.split(" ")[0] ?? "")))
      for (const w of m.name.split(" ")) people.add(w);
  const inside = new Set<Mention>();
  for (const m of mentions) {
    // (the name as written: "the FBI and State" is no list after the Federal Bureau of Investigation's canonical name)
    if (m.type !== "Organization" || inside.has(m) || !LIST_HEADS.test(m.name) || !LIST_HEADS.test(m.text)) continue;
    // ("the American Civil Liberties Union of Ohio and Demos": a body of a place, then another name)
    const of = m.name.match(/\s(?:of|for)\s+(?:the\s+)?(.+)$/)?.[1] ?? "";
    // (but a ministry's portfolio may be a region: "France's Ministry for Europe and Foreign Affairs")
    if (isPlace(of) && !/(?:^|\s)Ministry\s+(?:of|for)\s/.test(m.name)) continue;
    const end = listEnd(tokens, m.last, people, known);
    if (end < 0) continue;
    const endOffset = (tokens[end - 1] as Token).end;
    for (const other of mentions) if (other !== m && other.start >= m.end && other.end <= endOffset) inside.add(other);
    m.name = visibleText(text.slice((tokens[m.first] as Token).start, endOffset));
    m.text = text.slice(m.start, endOffset);
    m.end = endOffset;
    m.last = end;
    m.tagged = "ORG";
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
}

/**
 * "the Senate Commerce, Science and Transportation Committee": a committee whose portfolios open its name, set off by
 * a comma, which the tagger cut there ("Senate Commerce" and "Science and Transportation Committee") — an
 * organization without a head of its own before the comma, and one with "and" that ends in a head after it.
 */
export function joinLeadingPortfolios(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (!byFirst.has(m.first)) byFirst.set(m.first, m);
  for (const m of mentions) {
    if (m.type !== "Organization" || inside.has(m) || tokens[m.last]?.text !== ",") continue;
    if (ORG_HEADS.has((tokens[m.last - 1] as Token).lower) || m.kind === "country") continue;
    // ("the Senate Health, Education, Labor and Pensions Committee": portfolios of one word or two in between, each
    // set off by its comma, whatever the tagger made of them)
    const middle: Mention[] = [];
    let at = m.last + 1;
    while (middle.length < 3) {
      const item = byFirst.get(at);
      let end = item ? item.last : at;
      if (!item) while (end < at + 2 && tokens[end]?.cap && tokens[end]?.kind === "word") end++;
      if (end === at || tokens[end]?.text !== ",") break;
      if (item && (item.kind === "country" || ORG_HEADS.has((tokens[item.last - 1] as Token).lower))) break;
      if (item) middle.push(item);
      at = end + 1;
    }
    const next = byFirst.get(at);
    if (!next || next === m || next.type !== "Organization" || inside.has(next)) continue;
    const words = tokens.slice(next.first, next.last);
    if (!words.some((t) => t.lower === "and") || !ORG_HEADS.has((tokens[next.last - 1] as Token).lower)) continue;
    if (tokens[next.first]?.sentence !== tokens[m.first]?.sentence) continue;
    for (const item of middle) inside.add(item);
    inside.add(next);
    extendMention(text, tokens, mentions, m, next.last, inside);
    inside.delete(m);
    m.kind = next.kind ?? "organization";
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
  mentions.sort((a, b) => a.first - b.first);
}
