import { ORG_HEADS } from "../lexicon/organizations.js";
import { PLACES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import { WORLD_CITIES } from "../lexicon/world-cities.js";
import type { Token } from "../text/tokens.js";
import { extendMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/**
 * Bodies named for a cause, which the tagger cuts inside the cause:
 * - "the Reporters Committee for Freedom of the Press": a name with "for" and a capitalised word, then "of (the)" and
 *   one or two capitalised words (no country's, person's or place's name);
 * - "Students for a Just Campus", "the Committee for a Responsible Federal Budget": capitalised words naming a body
 *   or its members, "for a", and the cause's capitalised words.
 * The joined mention is an organization; the mentions inside it are dropped.
 */
export function joinCauseNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (!byFirst.has(m.first)) byFirst.set(m.first, m);
  // a body for a cause whose cause runs on after "of": "the Reporters Committee for Freedom of the Press" (one or two
  // capitalised words, no country's or person's name)
  for (const m of mentions) {
    if (m.type !== "Organization" || inside.has(m) || !/ for \p{Lu}/u.test(m.name)) continue;
    if (tokens[m.last]?.lower !== "of") continue;
    const at = tokens[m.last + 1]?.lower === "the" ? m.last + 2 : m.last + 1;
    const sentence = tokens[m.first]?.sentence;
    let end = at;
    while (end < at + 2 && tokens[end]?.cap && tokens[end]?.kind === "word" && tokens[end]?.sentence === sentence)
      end++;
    if (end === at || tokens[end]?.cap) continue;
    const named = byFirst.get(at);
    if (named && (named.type === "Person" || named.kind === "country" || named.last !== end)) continue;
    const cause = tokens
      .slice(at, end)
      .map((t) => t.text)
      .join(" ");
    if (PLACES.has(cause.toLowerCase()) || WORLD_CITIES.has(cause) || SUBNATIONAL_REGIONS.has(cause.toLowerCase()))
      continue;
    extendMention(text, tokens, mentions, m, end, inside);
  }
  // a group named "for a" cause: "Students for a Just Campus", "Citizens for a Sound Economy" (the tagger keeps only
  // the cause's capitalised words)
  // ("The group, Georgians for Fair Insurance, said …": a plural of people, "for" and the cause's capitalised words
  // with no article — one word before "for", and the mention after it no person's or country's, 2026-12-07, newsdev64)
  for (const m of mentions) {
    if (inside.has(m)) continue;
    // (the cause's first words may be outside the mention: "Just" of "Just Campus")
    let cause = m.first;
    while (cause > m.first - 2 && tokens[cause - 1]?.cap && tokens[cause - 1]?.kind === "word") cause--;
    const article = tokens[cause - 1]?.lower === "a" || tokens[cause - 1]?.lower === "an";
    const forAt = article ? cause - 2 : cause - 1;
    if (tokens[forAt]?.lower !== "for") continue;
    if (!article && (cause !== m.first || m.type === "Person" || m.kind === "country")) continue;
    if (m.type === "Person" && cause === m.first) continue;
    const sentence = tokens[m.first]?.sentence;
    let first = forAt;
    while (
      first > 0 &&
      forAt - first < 3 &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.kind === "word" &&
      tokens[first - 1]?.lower !== "the" &&
      tokens[first - 1]?.sentence === sentence
    )
      first--;
    if (first === forAt) continue;
    // (the word before "for" names a body or its members: "Committee", "Centre", "Students", "Citizens"; not an
    // opening participle, "Writing for a Los Angeles Times …")
    const before = tokens[forAt - 1] as Token;
    if (!ORG_HEADS.has(before.lower) && !/^\p{Lu}\p{Ll}+[^s]s$/u.test(before.text)) continue;
    if (!article && (first !== forAt - 1 || !PEOPLE_PLURAL.test(before.text))) continue;
    const opening = byFirst.get(first);
    if (opening && (opening.type === "Person" || opening.kind === "country")) continue;
    for (const other of mentions) if (other !== m && other.first >= first && other.last <= m.first) inside.add(other);
    m.start = (tokens[first] as Token).start;
    m.first = first;
    m.text = text.slice(m.start, m.end);
    m.name = m.text.replace(/\s+/g, " ");
    m.type = "Organization";
    m.kind = "organization";
  }
  // a body named for a right "to" do something: "the Castleford Freedom to Read Coalition", "the National Right to
  // Life Committee" (the tagger reads two organizations either side of "to")
  for (const m of mentions) {
    if (m.type !== "Organization" || inside.has(m) || tokens[m.last]?.lower !== "to") continue;
    const after = byFirst.get(m.last + 1);
    if (after?.type !== "Organization" || inside.has(after) || after.last - after.first > 3) continue;
    const head = (tokens[after.last - 1] as Token).lower;
    if (!RIGHTS_BODY_HEADS.test(head) || !RIGHTS.test((tokens[m.last - 1] as Token).lower)) continue;
    extendMention(text, tokens, mentions, m, after.last, inside);
    m.kind = ORG_HEADS.get(head) ?? "organization";
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
  mentions.sort((a, b) => a.first - b.first);
}

/** A plural of people that names a group before "for" and its cause ("Georgians", "Citizens", "Parents", "Voters"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ens|ers|ists|ors|ents)$/u;

/** The right a body is named for, before "to" ("Freedom to Read", "Right to Life", "Right to Know"). */
const RIGHTS = /^(?:freedom|right|rights|liberty)$/;
/** Heads of such bodies' names. */
const RIGHTS_BODY_HEADS =
  /^(?:coalition|committee|alliance|campaign|network|project|foundation|fund|movement|center|centre)$/;
