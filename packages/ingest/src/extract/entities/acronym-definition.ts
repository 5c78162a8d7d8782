import { NON_ORG_HEADS } from "../lexicon/events.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { ORG_HEADS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import { spellsInitials } from "./normalize.js";
import type { Mention } from "./types.js";

/**
 * "The World Food Programme (WFP) said …": a name no lexicon or tagger typed, defined by the
 * organization acronym in brackets right after it — the acronym's capitals are the name's initials —
 * is that organization. (The acronym alone would otherwise stand for it, under its letters.) Names of
 * several words only; a country acronym or an untyped one types nothing, nor does a name whose head
 * says it is a law, an event or a work ("Affordable Care Act (ACA)", whatever the acronym was typed).
 */
export function typeNamesByAcronym(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const acronym = mentions[k + 1] as Mention;
    if (m.type !== "Unknown" || m.title || m.last - m.first < 2) continue;
    if (acronym.type !== "Organization" || acronym.kind === "country" || acronym.last - acronym.first !== 1) continue;
    if (!/^\s*\($/.test(text.slice(m.end, acronym.start)) || text[acronym.end] !== ")") continue;
    if (!spellsInitials(acronym.name, m.name)) continue;
    if (NON_ORG_HEADS.has(m.name.split(/\s+/).at(-1)?.toLowerCase() ?? "")) continue;
    m.type = "Organization";
    m.kind = acronym.kind ?? "organization";
    m.tagged = "ORG";
    if (acronym.tentative) m.tentative = true;
  }
}

/**
 * "the Australian Broadcasting Corporation (ABC)": an acronym in brackets right after the organization
 * whose initials it spells names that organization in this article — there and wherever it stands
 * after — even where a lexicon knows the letters as another's (ABC News), or where the tagger typed
 * nothing.
 */
export function bindDefinedAcronyms(text: string, mentions: Mention[]): void {
  const defined = new Map<string, Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const acronym = mentions[k] as Mention;
    if (acronym.last - acronym.first !== 1) continue;
    // (an acronym the tagger left untyped: "The All India Anna Dravida Munnetra Kazhagam (AIADMK)")
    const untyped = acronym.type === "Unknown" && !acronym.title && /^\p{Lu}{2,}$/u.test(acronym.text);
    if (acronym.type !== "Organization" && !untyped) continue;
    const full = defined.get(acronym.text) ?? definedBy(text, mentions[k - 1], acronym);
    if (!full || acronym.name === full.name) continue;
    defined.set(acronym.text, full);
    if (untyped) {
      acronym.type = "Organization";
      acronym.tagged = "ORG";
    }
    acronym.name = full.name;
    if (full.kind !== undefined) acronym.kind = full.kind;
    else delete acronym.kind;
  }
}

/**
 * "The Agriculture and Livestock Federation of Mato Grosso do Sul (Famasul)", "the Indigenist Missionary Council
 * (Cimi)": one capitalised word in brackets right after an organization's name of three words or more is its
 * short name (often its initials in another language, written as a word in title case), whatever the tagger typed it, unless
 * it is a place (`isPlace`: "the University of Minho (Braga)") or a person's title or name with a title; and an
 * acronym after ", known by its Spanish initials" or ", also known as" is the name's ("FGR").
 */
export function bindBracketShortNames(text: string, mentions: Mention[], isPlace: (word: string) => boolean): void {
  const defined = new Map<string, Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const short = mentions[k] as Mention;
    if (short.title || short.kind === "country") continue;
    if (short.last - short.first !== 1) {
      // (and the same words wherever they stand after: "JRCC Trenton answered within four minutes")
      const full = defined.get(short.text) ?? translatedName(text, mentions[k - 1], short, isPlace);
      if (full && short.name !== full.name) {
        defined.set(short.text, full);
        nameAfter(short, full);
      }
      continue;
    }
    // (and the same word wherever it stands after: "Caltrans said …")
    const full = defined.get(short.text) ?? shortNameOf(text, mentions[k - 1], short, isPlace);
    if (!full || short.name === full.name) continue;
    defined.set(short.text, full);
    nameAfter(short, full);
  }
  // ("CalMac said it was a mechanical fault" before "Caledonian MacBrayne (CalMac), which …": a blended short name
  // the article defines later stands for the same organization before it too)
  for (const m of mentions) {
    const full = defined.get(m.text);
    if (!full || m.name === full.name || m.title || m.last - m.first !== 1) continue;
    if (!blendOf(m.text, full.name) || (m.type !== "Unknown" && m.type !== "Organization")) continue;
    nameAfter(m, full);
  }
}

/** Makes `short` a sure mention of the organization `full` names (its name and kind). */
function nameAfter(short: Mention, full: Mention): void {
  short.type = "Organization";
  short.tagged = "ORG";
  short.name = full.name;
  if (full.kind !== undefined) short.kind = full.kind;
  else delete short.kind;
  delete short.tentative;
}

/**
 * "the Ombudsman’s Office (Defensoría del Pueblo)", "the National Police (Policía Nacional)": a name of two to
 * five words that fills the brackets right after an organization's name is that name in the country's own
 * language, when it reads as an organization's itself (not "the Ministry of Health (Lima Province)").
 */
function translatedName(
  text: string,
  m: Mention | undefined,
  short: Mention,
  isPlace: (word: string) => boolean,
): Mention | undefined {
  if (m?.type !== "Organization" || m.kind === "country" || m.last - m.first < 2) return undefined;
  if (short.last - short.first > 5 || short.type !== "Organization" || short.kind === "country") return undefined;
  if (!/^\s*\($/.test(text.slice(m.end, short.start)) || text[short.end] !== ")") return undefined;
  if (text[short.start - 1] !== "(" || isPlace(short.text)) return undefined;
  return short.name === m.name ? undefined : m;
}

/** ", known by its Spanish initials", ", also known as": the words that introduce a name's other form after it. */
const KNOWN_AS =
  /^,?\s+(?:(?:also|better)\s+)?known\s+(?:as|by\s+(?:its|the|their)\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation))\s+$/u;

/** The organization `m` right before `short` when `short` is its short name in brackets (`bindBracketShortNames`). */
function shortNameOf(
  text: string,
  m: Mention | undefined,
  short: Mention,
  isPlace: (word: string) => boolean,
): Mention | undefined {
  if (m?.type !== "Organization" || m.kind === "country") return undefined;
  // "The Attorney General’s Office, known by its Spanish initials FGR, said …": an acronym after the words
  // that introduce it
  // (a name of two words or more; never a known organization's acronym: "the radical Islamist organization, also
  // known as ISIS")
  const untyped = short.type === "Unknown" || short.kind === undefined || short.kind === "organization";
  if (KNOWN_AS.test(text.slice(m.end, short.start)) && /^\p{Lu}{2,6}$/u.test(short.text))
    return untyped && m.last - m.first >= 2 ? m : undefined;
  if (!/^\s*\($/.test(text.slice(m.end, short.start)) || text[short.end] !== ")") return undefined;
  // ("Caledonian MacBrayne (CalMac)": the short name joins the first letters of two words or more; "Aluminium Bahrain
  // (Alba)", each word's first syllable)
  if (m.last - m.first >= 2 && (blendOf(short.text, m.name) || syllableBlend(short.text, m.name))) return m;
  // (a name of two words that ends in an organization's head too: "The Electoral Service (Servel)", newsdev73)
  const headed = m.last - m.first === 2 && ORG_HEADS.has(m.name.split(/\s+/).at(-1)?.toLowerCase() ?? "");
  if (m.last - m.first < 3 && !headed) return undefined;
  // (title case; an acronym in capitals, "DAB", "SoCO", is `bindDefinedAcronyms`' to bind or not — unless the
  // tagger was unsure of it and its letters are another language's: "the Housing Development Administration (TOKİ)")
  // (capitals then small letters too: "Chico Mendes Institute for Biodiversity Conservation (ICMBio)")
  const titleCase = /^\p{Lu}\p{Ll}{2,}$/u.test(short.text) || /^\p{Lu}{2,5}\p{Ll}{1,4}$/u.test(short.text);
  // ("the Confederation of Indigenous Nationalities of the Ecuadorian Amazon (CONFENIAE)": long in Spanish, newsdev84)
  const unsureAcronym = /^\p{Lu}{3,10}$/u.test(short.text) && (short.tentative === true || short.type === "Unknown");
  // (an acronym with a small letter inside: "the National Broadcasting Council (KRRiT)", newsdev60)
  const mixedAcronym =
    (/^\p{Lu}[\p{Lu}\p{Ll}]{2,6}$/u.test(short.text) && (short.text.match(/\p{Lu}/gu)?.length ?? 0) >= 3) ||
    // (a Spanish "y" between two capitals, after a name of three words or more: "the Costa Rican Institute of Aqueducts
    // and Sewers (AyA)", 2026-12-07, newsdev80)
    (/^\p{Lu}y\p{Lu}$/u.test(short.text) && m.last - m.first >= 3);
  // (a party's or a movement's short name may be a town's too: "the governing National Regeneration Movement (Morena)",
  // newsdev70)
  const party = m.kind === "party" || /\b(?:Movement|Party|Front|Alliance)$/.test(m.name);
  return (titleCase || unsureAcronym || mixedAcronym) && (party || !isPlace(short.text)) ? m : undefined;
}

/** The organization `m` right before `acronym` when the acronym, in brackets, spells its initials. */
function definedBy(text: string, m: Mention | undefined, acronym: Mention): Mention | undefined {
  if (m?.type !== "Organization" || m.kind === "country" || m.last - m.first < 2) return undefined;
  if (!/^\s*\($/.test(text.slice(m.end, acronym.start)) || text[acronym.end] !== ")") return undefined;
  // ("Pakistan Tehreek-e-Insaf (PTI)": the parts of a hyphenated word count)
  return spellsInitials(acronym.text, m.name) ? m : undefined;
}

/** Words a term's initials skip ("weapons of mass destruction" → WMD). */
const SKIPPED = new Set(["of", "and", "the", "for", "in", "on", "to", "a"]);

/**
 * Whether the acronym at token i, in brackets, is defined by the lower-case words right before the bracket whose
 * first letters spell it ("amyotrophic lateral sclerosis (ALS)", "small modular reactors (SMRs)"): a term, not a
 * name.
 */
function definedByLowerCaseTerm(tokens: readonly Token[], i: number): boolean {
  const acronym = (tokens[i] as Token).text.replace(/s$/, "");
  if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")" || !/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const letters: string[] = [];
  for (let k = i - 2; k >= 0 && letters.length < acronym.length; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap || t.sentence !== (tokens[i] as Token).sentence) return false;
    if (SKIPPED.has(t.lower) && letters.length > 0) continue;
    letters.unshift(t.lower.charAt(0));
  }
  return letters.join("") === acronym.toLowerCase();
}

/**
 * "An experimental drug for amyotrophic lateral sclerosis (ALS)": an acronym a lower-case term defines names a
 * disease, a technology, a measure — nothing that speaks or is spoken for. Its one-word mentions anywhere in the
 * article ("Experimental ALS drug …" in the headline) are dropped; longer names that hold it stay ("The ALS
 * Association").
 */
export function dropTermAcronyms(tokens: readonly Token[], mentions: Mention[]): void {
  const terms = new Set<string>();
  for (let i = 2; i + 1 < tokens.length; i++)
    if (definedByLowerCaseTerm(tokens, i)) terms.add((tokens[i] as Token).text);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if ((m.last - m.first === 1 && terms.has(m.text)) || namesIndex(tokens, m)) mentions.splice(k, 1);
  }
}

/** Words between a market index's name and "index" ("the KOSPI share index", "the Hang Seng composite index"). */
const INDEX_WORDS = /^(?:share|stock|stocks|equity|composite|benchmark|price|main)$/;

/**
 * "the benchmark KOSPI share index fell 1.2 percent": a one-word organization's name right before "index" (a word of
 * the market's between them) names the index, no actor (2026-12-07, newsdev71).
 */
function namesIndex(tokens: readonly Token[], m: Mention): boolean {
  if (m.type !== "Organization" || m.last - m.first !== 1 || m.kind === "country") return false;
  let k = m.last;
  if (INDEX_WORDS.test(tokens[k]?.lower ?? "")) k++;
  return tokens[k]?.lower === "index" && !tokens[k]?.cap;
}

/**
 * Whether `short` is made of the openings of two or more of `name`'s words in order, two letters or more each, each
 * opening with a capital ("CalMac" of "Caledonian MacBrayne", "ConEd" of "Consolidated Edison").
 */
export function blendOf(short: string, name: string): boolean {
  if (!/^(?:\p{Lu}\p{Ll}+){2,}$/u.test(short)) return false;
  const parts = short.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  const words = name.split(/\s+/);
  let w = 0;
  for (const part of parts) {
    while (w < words.length && !(words[w] as string).startsWith(part)) w++;
    if (w === words.length) return false;
    w++;
  }
  return parts.length >= 2;
}

/** Lower-case words that join an organization's name to what comes before it ("members of the X for Y (Z)"). */
const JOINERS: ReadonlySet<string> = new Set(["for", "of", "and", "the", "from"]);

/**
 * Heads whose own name goes on after "for" ("the Ministry for Health and Social Services (HSS)", "the Commission for
 * Human Rights"): an acronym of the words after the "for" names the head's organization by its portfolio.
 */
const HEADS_GOING_ON =
  /^(?:ministry|department|office|agency|bureau|commission|commissioner|council|committee|centre|center|institute|secretariat|authority|fund|foundation|alliance|coalition|campaign|movement|party|association|society|network)$/;

/**
 * "Three members of the National Assembly for A Partnership for National Unity (APNU)": where the names before an
 * acronym in brackets run on past the acronym's initials (the tagger joined the chamber and the party over "for", or
 * cut them elsewhere), the words whose initials the acronym spells — from a capitalised word after a joining word —
 * are the acronym's organization, the acronym its mention, and the words before the joining word a name of their
 * own. Rewrites those mentions, keeping them sorted.
 */
export function splitAtDefinedAcronyms(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const before = mentions[k] as Mention;
    const open = before.last;
    const letters = tokens[open + 1];
    if (tokens[open]?.text !== "(" || tokens[open + 2]?.text !== ")" || !letters) continue;
    if (!/^\p{Lu}{3,}$/u.test(letters.text) || before.type === "Person" || before.title) continue;
    if (spellsInitials(letters.text, before.name)) continue;
    // (the names the run holds: mentions joined by lower-case joining words)
    let chain = k;
    while (chain > 0) {
      const prev = mentions[chain - 1] as Mention;
      const cur = mentions[chain] as Mention;
      const gap = tokens.slice(prev.last, cur.first);
      if (gap.length === 0 || gap.length > 2 || !gap.every((t) => !t.cap && JOINERS.has(t.lower))) break;
      if (prev.type === "Person" || prev.title) break;
      chain--;
    }
    const first = (mentions[chain] as Mention).first;
    // the shortest tail that the acronym spells
    let from = -1;
    for (let s = open - 1; s > first + 1; s--) {
      const word = tokens[s] as Token;
      // (after "for" only, which "of" is not: "the U.S. Department of Health and Human Services (HHS)")
      if (!word.cap || tokens[s - 1]?.text !== "for") continue;
      if (HEADS_GOING_ON.test(tokens[s - 2]?.lower ?? "")) continue;
      if (spellsInitials(letters.text, text.slice(word.start, (tokens[open - 1] as Token).end))) {
        from = s;
        break;
      }
    }
    if (from < 0) continue;
    let headEnd = from - 1;
    while (headEnd > first && JOINERS.has(tokens[headEnd - 1]?.lower ?? "") && !tokens[headEnd - 1]?.cap) headEnd--;
    const org = organizationMention(text, tokens, from, open, "organization");
    if (before.tentative) org.tentative = true;
    // the names over the run: the head's kept up to the joining word, the rest replaced
    const head = mentions.slice(chain, k + 1).find((m) => m.first < headEnd);
    mentions.splice(chain, k + 1 - chain);
    const kept: Mention[] = [];
    if (head) {
      const wasWhole = head.name === head.text;
      head.last = Math.min(head.last, headEnd);
      head.end = (tokens[head.last - 1] as Token).end;
      head.text = text.slice(head.start, head.end);
      if (wasWhole) head.name = head.text;
      kept.push(head);
    }
    kept.push(org);
    const acronymMention = mentions[chain];
    if (acronymMention?.first !== open + 1)
      kept.push(organizationMention(text, tokens, open + 1, open + 2, "organization"));
    mentions.splice(chain, 0, ...kept);
    k = chain + kept.length - 1;
  }
}

/**
 * Whether a short name in title case joins the opening letters (two or more) of every word of a name of two or three
 * words, in order ("Alba" for "Aluminium Bahrain").
 */
export function syllableBlend(short: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,7}$/u.test(short)) return false;
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  const fits = (rest: string, w: number): boolean => {
    if (w === words.length) return rest === "";
    const word = words[w] as string;
    for (let n = 2; n <= Math.min(rest.length, word.length); n++)
      if (word.startsWith(rest.slice(0, n)) && fits(rest.slice(n), w + 1)) return true;
    return false;
  };
  return fits(short.toLowerCase(), 0);
}

/**
 * "Aluminium Bahrain (Alba) will build …": capitalised words (two or three, a country's name among them, which the
 * tagger typed alone) right before a short name in brackets that joins each word's opening letters are one
 * organization's name; its mention replaces the ones inside (the short name is `bindBracketShortNames`' to bind).
 * Keeps the mentions sorted.
 */
export function namesBeforeBlends(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (let p = 2; p + 2 < tokens.length; p++) {
    const short = tokens[p + 1] as Token;
    if (tokens[p]?.text !== "(" || tokens[p + 2]?.text !== ")" || short.kind !== "word") continue;
    for (const words of [2, 3]) {
      const first = p - words;
      if (first < 0) continue;
      const run = tokens.slice(first, p);
      if (!run.every((t) => t.kind === "word" && t.cap && t.sentence === short.sentence)) continue;
      const start = (run[0] as Token).start;
      const end = (run.at(-1) as Token).end;
      if (!syllableBlend(short.text, text.slice(start, end))) continue;
      const inside = mentions.filter((m) => m.first < p && m.last > first);
      // (the tagger's person over the whole run, when no listed first name opens it, is its doubt)
      const guessed = (m: Mention) =>
        m.type === "Person" && m.first === first && m.last === p && firstNameGender(run[0]?.text ?? "") === undefined;
      if (
        inside.some(
          (m) =>
            m.first < first ||
            (m.type === "Person" && !guessed(m)) ||
            (m.type === "Organization" && m.kind !== "country"),
        )
      )
        break;
      for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      const org = organizationMention(text, tokens, first, p, "company");
      // (the short name's own mention, where the tagger kept none: `bindBracketShortNames` names it)
      const found = [org];
      if (!mentions.some((m) => m.first === p + 1))
        found.push(organizationMention(text, tokens, p + 1, p + 2, "company"));
      addMentions(mentions, found);
      break;
    }
  }
}

/** One word with capitals inside it, after its first letter ("KazMunayGas", "PetroChina"). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;

/**
 * "the 330 stations run by KazMunayGas (KMG), the state oil company": one word whose capitals are the acronym in
 * brackets right after it is an organization (the tagger, which has not seen the word, may type nothing), there and
 * wherever the article writes the word again; the acronym binds to it (`bindDefinedAcronyms`). Adds the mentions
 * (2026-12-08, newsdev86).
 */
export function camelCaseAcronymNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const names = new Set<string>();
  /** The name each acronym spells ("KMG" → "KazMunayGas"). */
  const spelt = new Map<string, string>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (!CAMEL_CASE.test(word.text) || tokens[i + 1]?.text !== "(" || tokens[i + 3]?.text !== ")") continue;
    const capitals = word.text.replace(/[^\p{Lu}]/gu, "");
    if (capitals.length < 2 || tokens[i + 2]?.text !== capitals) continue;
    names.add(word.text);
    spelt.set(capitals, word.text);
  }
  if (names.size === 0) return;
  const covered = new Set<number>();
  for (const m of mentions) {
    for (let k = m.first; k < m.last; k++) covered.add(k);
    if (m.last - m.first !== 1 || m.title !== undefined) continue;
    // (the word's own mentions, whatever the tagger typed them: a place, nothing, a person; and its acronym's)
    const name = names.has(m.text) ? m.text : spelt.get(m.text);
    if (name === undefined) continue;
    m.type = "Organization";
    m.name = name;
    m.kind = "organization";
    m.tagged = "ORG";
    delete m.tentative;
  }
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (names.has((tokens[i] as Token).text) && !covered.has(i))
      found.push(organizationMention(text, tokens, i, i + 1, "organization"));
  addMentions(mentions, found);
}
