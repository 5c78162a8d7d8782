import { countryOf } from "../lexicon/countries.js";
import { cueOf } from "../lexicon/cues.js";
import { isLegalForm, ORG_HEADS, POSSESSED_NAME_HEADS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { extendMention, openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Words a name may end with that join it to the rest ("Universidad Mayor de …", "Instituto del …"). */
const DANGLING = new Set(["de", "del", "da", "do", "dos", "das", "di", "della", "of", "for"]);
/** Plurals with no "s" whose possessive stands inside organizations' names ("Women's", "Children's"). */
const IRREGULAR_PLURALS = /^(?:Women|Men|Children|People)$/;
/** Most capitalised words a cut name runs on over. */
const MAX_REST_WORDS = 4;

/**
 * Organizations' names the tagger cut short: "Universidad Mayor de" before "San Andrés" (a name ending in a
 * connector runs on over the capitalised words after it), "the Bodi Cocoa Farmers’ Cooperative" before "Society" (a
 * name runs on over an organization's head word right after it), "the Chamber of Agriculture and Forestry" before
 * "of Slovenia (KGZS)", "BC Ferry" before "and Marine Workers’ Union". Extends those mentions and drops the ones their
 * new span covers.
 */
export function trailingNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  portfoliosBeforeCountry(text, tokens, mentions);
  sentenceOpeningWords(text, tokens, mentions);
  const inside = new Set<Mention>();
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "country" || inside.has(m)) continue;
    const last = tokens[m.last - 1] as Token;
    let end = m.last;
    // ("the Chamber of Agriculture and Forestry of Slovenia (KGZS)": "of" and a country before the bracketed short
    // name that ends the whole name)
    const country = tokens[m.last]?.lower === "of" ? byFirst.get(m.last + 1) : undefined;
    if (country?.kind === "country" && tokens[country.last]?.text === "(" && tokens[country.last + 2]?.text === ")") {
      extendMention(text, tokens, mentions, m, country.last, inside);
      continue;
    }
    // ("the Office of the Commissioner for Human Rights", read as two organizations either side of "for": an office
    // named after an officer, then "for" and the officer's field, 2026-12-07, newsdev69)
    const field = tokens[m.last]?.lower === "for" ? byFirst.get(m.last + 1) : undefined;
    if (
      field?.type === "Organization" &&
      field.kind !== "country" &&
      !inside.has(field) &&
      /^Office of the \p{Lu}\p{Ll}+$/u.test(m.name)
    ) {
      extendMention(text, tokens, mentions, m, field.last, inside);
      continue;
    }
    // ("The Consortium for Democratic Elections in Ethiopia, an alliance of …": a body named "for" a cause whose
    // name ends "in" its country, before a comma, a bracket or a speech verb — one name, 2026-12-07, newsdev64)
    const inCountry = tokens[m.last]?.lower === "in" ? byFirst.get(m.last + 1) : undefined;
    if (
      inCountry?.kind === "country" &&
      / for \p{Lu}/u.test(m.name) &&
      CAUSE_BODIES.test((tokens[m.first] as Token).lower) &&
      (/^[,(]$/.test(tokens[inCountry.last]?.text ?? "") || isCueWord(tokens[inCountry.last]))
    ) {
      extendMention(text, tokens, mentions, m, inCountry.last, inside);
      continue;
    }
    // ("the Planters’ Association of Ceylon, which …": an association's "of" and the capitals of its place; "the Board
    // for the Authorisation of Plant Protection Products and Biocides (Ctgb)": "and" and capitals before the bracketed
    // short name that ends the whole name)
    const rest = restOfName(tokens, m, last);
    if (rest > m.last) {
      extendMention(text, tokens, mentions, m, rest, inside);
      continue;
    }
    // ("The BC Ferry and Marine Workers’ Union": a name of no head of its own, "and", and a union's name)
    const joined = tokens[m.last]?.lower === "and" ? byFirst.get(m.last + 1) : undefined;
    // (not "CGI and Clinton Foundation": a name of one word is a name of its own)
    if (
      joined?.type === "Organization" &&
      joined.kind !== "country" &&
      m.last - m.first >= 2 &&
      headless(tokens, m) &&
      ORG_HEADS.has((tokens[joined.last - 1] as Token).lower) &&
      tokens[m.last]?.sentence === last.sentence
    ) {
      extendMention(text, tokens, mentions, m, joined.last, inside);
      continue;
    }
    // ("the Tifawin Women's Cooperative": a plural with no "s" and its possessive inside the name, then its head)
    if (
      IRREGULAR_PLURALS.test(last.text) &&
      /^['’]s$/.test(tokens[m.last]?.text ?? "") &&
      capitalWord(tokens, m.last + 1, last.sentence) &&
      POSSESSED_NAME_HEADS.test((tokens[m.last + 1] as Token).lower)
    ) {
      extendMention(text, tokens, mentions, m, m.last + 2, inside);
      continue;
    }
    if (DANGLING.has(last.lower)) {
      while (end < m.last + MAX_REST_WORDS && capitalWord(tokens, end, last.sentence)) end++;
      if (end === m.last) continue;
    } else if (
      capitalWord(tokens, end, last.sentence) &&
      ORG_HEADS.has((tokens[end] as Token).lower) &&
      // (a legal form is `attachLegalForms`'s to join: "Vega Holdings Ltd." stays "Vega Holdings")
      !isLegalForm((tokens[end] as Token).lower)
    ) {
      // (the head word ends the name: "… Cooperative Society", not "… Society Chairman")
      if (capitalWord(tokens, end + 1, last.sentence)) continue;
      end++;
    } else continue;
    extendMention(text, tokens, mentions, m, end, inside);
  }
  if (inside.size === 0) return;
  const kept = mentions.filter((m) => !inside.has(m));
  mentions.length = 0;
  mentions.push(...kept);
}

/**
 * "Environment and Climate Change Canada", "Fisheries and Oceans Canada", read as "Climate Change Canada": a
 * department named by two portfolios and its country — an organization ending in a country's name, after "and" and
 * one capitalised word that opens the sentence or follows "the" or a comma — takes that word and "and" (2026-12-07,
 * newsdev66).
 */
function portfoliosBeforeCountry(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.type !== "Organization" || m.kind === "country" || m.last - m.first < 2) continue;
    if (countryOf((tokens[m.last - 1] as Token).text)?.form !== "name") continue;
    if (tokens[m.first - 1]?.lower !== "and" || !capitalWord(tokens, m.first - 2, (tokens[m.first] as Token).sentence))
      continue;
    const before = tokens[m.first - 3];
    const opens = before === undefined || before.sentence !== tokens[m.first]?.sentence;
    if (!opens && before?.lower !== "the" && before?.text !== ",") continue;
    if (mentions.some((o) => o !== m && o.first <= m.first - 2 && o.last > m.first - 2)) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 2, m.kind ?? "agency");
  }
}

/**
 * "Harvest Lane's chief executive, David Okafor, told …", read as a person "Lane" after the sentence's first word: a
 * mention right after a capitalised word that opens the sentence, where that word and the mention's name are an
 * organization's name the article writes elsewhere, takes the word (2026-12-07, newsdev67).
 */
function sentenceOpeningWords(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const organizations = new Set(mentions.filter((m) => m.type === "Organization").map((m) => m.name));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const opener = tokens[m.first - 1];
    if (!opener || opener.kind !== "word" || !opener.cap) continue;
    if (tokens[m.first - 2]?.sentence === opener.sentence) continue;
    if (!organizations.has(`${opener.text} ${m.name}`)) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 1, m.kind ?? "organization");
  }
}

/** Whether a token is a lower-case speech verb ("said", "warned"). */
function isCueWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && cueOf(t.lower) !== undefined;
}

/** First words of bodies named for a cause in a country ("Consortium for … in Ethiopia", "Network for … in Iran"). */
const CAUSE_BODIES =
  /^(?:consortium|coalition|alliance|network|centre|center|committee|council|movement|campaign|forum|league|association|foundation|institute)$/;

/** Heads of bodies named "of" their country or region ("the Planters’ Association of Ceylon"). */
const OF_PLACE_HEADS = /^(?:association|federation|union|chamber|confederation|council|society|league)$/;
/** Most capitalised words of such a place, or of a name's last conjunct. */
const MAX_PLACE_WORDS = 3;

/** Where a name the tagger cut runs on to (see `trailingNames`), or the mention's own end. */
function restOfName(tokens: readonly Token[], m: Mention, last: Token): number {
  const next = tokens[m.last]?.lower;
  if (next !== "of" && next !== "and") return m.last;
  if (next === "of" && !OF_PLACE_HEADS.test(last.lower)) return m.last;
  let e = m.last + 1;
  while (e < m.last + 1 + MAX_PLACE_WORDS && capitalWord(tokens, e, last.sentence)) e++;
  if (e === m.last + 1) return m.last;
  const after = tokens[e]?.text ?? "";
  if (next === "and") return after === "(" && /^\p{Lu}[\p{L}-]*$/u.test(tokens[e + 1]?.text ?? "") ? e : m.last;
  return after === "," || after === "(" || after === "." || tokens[e]?.sentence !== last.sentence ? e : m.last;
}

/** Whether no word of the mention heads an organization's name, nor ends a company's ("BC Ferry"; not "Acme Corp"). */
function headless(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.first; k < m.last; k++) {
    const lower = (tokens[k] as Token).lower;
    if (ORG_HEADS.has(lower) || isLegalForm(lower)) return false;
  }
  return m.kind === undefined || m.kind === "organization";
}

/** Whether token `k` is a capitalised word of sentence `sentence`. */
function capitalWord(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && t.cap && t.sentence === sentence;
}
