import { countryOf } from "../lexicon/countries.js";
import { isLegalForm } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

const AND_OR = new Set(["and", "or", "&"]);

/** True when only a list separator stands between tokens a (exclusive end) and b: ",", "and", ", and". */
function separated(tokens: readonly Token[], a: number, b: number): boolean {
  const between = tokens.slice(a, b).map((t) => t.lower);
  if (between.length === 1) return between[0] === "," || AND_OR.has(between[0] as string);
  return between.length === 2 && between[0] === "," && AND_OR.has(between[1] as string);
}

/**
 * "Google, Bing, and Yahoo!", "The New York Times, Jezebel, Metro.us": in a list of three or
 * more names where at least two are organizations and none is a person, a name left untyped
 * (the tagger said O or place, no lexicon knew it) is an organization too, and so is one one-word "person"
 * with no title that the article never writes inside a longer person's name.
 */
export function typeCoordinatedOrganizations(tokens: readonly Token[], mentions: Mention[]): void {
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  // (a word the article also writes inside a longer person's name stays that person's)
  const personal = new Set<string>();
  for (const m of mentions)
    if (m.type === "Person" && m.name.includes(" ")) for (const w of m.name.split(" ")) personal.add(w);
  let group: Mention[] = [];
  const close = () => {
    if (group.length >= 3) {
      const orgs = group.filter((m) => m.type === "Organization" && m.kind !== "country").length;
      const people = group.filter((m) => m.type === "Person").length;
      // ("members include Meta, Google and Snap": one one-word "person" among organizations is one of them)
      const lone = group.filter((m) => m.type === "Person" && !m.title && m.last - m.first === 1);
      if (orgs >= 2 && (people === 0 || (people === 1 && lone.length === 1)))
        for (const m of group)
          if ((m.type === "Unknown" || lone.includes(m)) && !m.title && !personal.has(m.name)) {
            m.type = "Organization";
            m.kind = "organization";
          }
    }
    group = [];
  };
  for (const m of sorted) {
    const previous = group.at(-1);
    if (previous && !separated(tokens, previous.last, m.first)) close();
    group.push(m);
  }
  close();
}

/**
 * "holding Georgian and European Union flags": a name that opens with a nationality adjective and "and" / "or"
 * joins two modifiers of what follows it; the name after the conjunction is the organization ("Hungarian and
 * Slovak Railways" is lost to this, a rarer form).
 */
export function trimNationalityConjuncts(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || m.last - m.first < 3) continue;
    if (!AND_OR.has(tokens[m.first + 1]?.lower ?? "")) continue;
    const word = (tokens[m.first] as Token).text;
    // (an adjective the lexicon lacks reads as one: "Georgian", "Kosovar", "Emirati")
    if (countryOf(word)?.form !== "adjective" && !/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ar|i)$/u.test(word)) continue;
    const first = tokens[m.first + 2] as Token;
    m.first += 2;
    m.start = first.start;
    m.text = text.slice(m.start, m.end);
    if (m.name.startsWith(`${(tokens[m.first - 2] as Token).text} `)) m.name = m.text.replace(/\s+/g, " ");
  }
}

/**
 * "Faber & Faber", "Johnson & Johnson", "Whitcomb & Dray": two names joined by an ampersand are one
 * organization's name (news writes "and" between two people or two organizations); the two mentions become one.
 */
export function joinAmpersandNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  // ("the Philadelphia firm Strand & Loeffler": a first partner's name the tagger left untagged, the same as a
  // surname the article names in full — the pair's mention starts at it)
  for (const b of mentions) {
    const before = tokens[b.first - 2];
    if (tokens[b.first - 1]?.text !== "&" || !before?.cap || before.kind !== "word" || b.title) continue;
    if (
      before.sentence !== tokens[b.first]?.sentence ||
      mentions.some((m) => m.first <= b.first - 2 && m.last > b.first - 2)
    )
      continue;
    b.first -= 2;
    b.start = before.start;
    b.text = text.slice(b.start, b.end);
    b.name = b.text;
    if (b.type !== "Organization") {
      b.type = "Organization";
      b.kind = "company";
      b.tagged = "ORG";
    }
  }
  const joined = new Set<Mention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k] as Mention;
    const b = mentions[k + 1] as Mention;
    if (joined.has(a) || b.first !== a.last + 1 || tokens[a.last]?.text !== "&") continue;
    if (tokens[a.first]?.sentence !== tokens[b.first]?.sentence || a.title || b.title) continue;
    // ("Whitcomb & Dray LLP": the firm's legal form after the second name, which the tagger left out)
    const form = tokens[b.last];
    const withForm = form !== undefined && form.sentence === tokens[b.first]?.sentence && isLegalForm(form.lower);
    a.end = withForm ? form.end : b.end;
    a.last = withForm ? b.last + 1 : b.last;
    // ("Hale, Mercer & Sutton": a one-word name no lexicon knows and a comma before the pair are the firm's first
    // partner; "Google, Apple & Microsoft" stays a list)
    const first = mentions[k - 1];
    if (
      first &&
      !joined.has(first) &&
      first.last - first.first === 1 &&
      first.last + 1 === a.first &&
      tokens[first.last]?.text === "," &&
      !first.title &&
      first.tagged !== undefined &&
      first.kind !== "company" &&
      first.kind !== "country"
    ) {
      a.start = first.start;
      a.first = first.first;
      joined.add(first);
    }
    a.text = text.slice(a.start, a.end);
    a.name = a.text.replace(/\s+/g, " ");
    a.type = "Organization";
    a.kind = b.type === "Organization" && b.kind ? b.kind : "company";
    a.tagged = "ORG";
    delete a.tentative;
    joined.add(b);
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (joined.has(mentions[k] as Mention)) mentions.splice(k, 1);
}
