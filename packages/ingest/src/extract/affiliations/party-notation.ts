import type { AnalyzedText } from "../document.js";
import { isAcronym, spellsInitials } from "../entities/normalize.js";
import type { Cluster, Mention } from "../entities/types.js";
import { usPartyBy, usPartyMembers } from "../lexicon/us-parties.js";
import type { Token } from "../text/tokens.js";

/** "D-Tucson", "R-Ariz", "D-N" (of "D-N.Y."), or the letter alone. */
const US_NOTATION = /^([DR])(?:-\p{Lu}[\p{L}.]*)?$/u;

/**
 * A person's party written in brackets right after the name: American notation with the state or district
 * ("Senator Lucia Benavides (D-Tucson)", "Sen. John McCain (R-Ariz.)" — Democratic or Republican Party; an
 * independent's "(I-Vt.)" names none), a party the article names, or the acronym of an organization it defines
 * ("Labour Minister Jörg Wiesenthal-Kröger (CDU)"). The person is its member.
 */
export function partyInBrackets(
  doc: AnalyzedText,
  m: Mention,
  findOrg: (name: string) => Cluster | undefined,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.last]?.text !== "(") return undefined;
  const inside = tokens[m.last + 1];
  if (!inside || inside.sentence !== tokens[m.last]?.sentence) return undefined;
  const us = US_NOTATION.exec(inside.text);
  if (us) {
    // the bracket closes after the state's abbreviation ("R-Ariz.)", "D-N.Y.)")
    let k = m.last + 2;
    while (k < m.last + 6 && tokens[k] && tokens[k]?.text !== ")" && tokens[k]?.text !== "(") k++;
    if (tokens[k]?.text !== ")") return undefined;
    const party = findOrg(usPartyBy("letter", us[1] as string) as string);
    return party ? { org: party.id, role: "member" } : undefined;
  }
  // a party by name, or an organization's acronym the article defines ("the Christian Democratic Union (CDU)")
  const named = doc.mentionByFirstToken.get(m.last + 1);
  const close = named ? named.last : m.last + 2;
  const org = named
    ? doc.entities.clusters[named.cluster]
    : isAcronym(inside.text)
      ? doc.entities.clusters.find(
          (c) => c.type === "Organization" && (c.forms.has(inside.text) || spellsInitials(inside.text, c.name)),
        )
      : undefined;
  if (org?.type !== "Organization" || org.country || tokens[close]?.text !== ")") return undefined;
  // (a named organization in brackets is a party's; an acronym the article defines may be any organization's)
  if (named && org.kind !== "party" && !isAcronym(inside.text)) return undefined;
  return { org: org.id, role: "member" };
}

/** A party's initials and a place joined by a hyphen, one token ("DFL-Minneapolis"). */
const STATE_PARTY_NOTATION = /^(\p{Lu}{2,4})-\p{Lu}\p{Ll}+$/u;

/** Longest party-and-state notation between commas, in tokens ("D-N" "." "Y" "."). */
const MAX_PARTY_STATE = 6;

/**
 * AP's party and state set off by commas right after the name: "Senate Majority Leader Dale Haverford, R-Tenn.,
 * said" — the Democratic or Republican Party, the person its member (an independent's ", I-Vt.," names none).
 */
export function partyAfterComma(
  doc: AnalyzedText,
  m: Mention,
  findOrg: (name: string) => Cluster | undefined,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const notation = partyStateAfter(tokens, m.last);
  // (the notation closes with a comma, or ends the sentence: "…, said Sen. Marjorie Kowalczyk, D-Ohio.")
  const closed =
    notation !== undefined &&
    (tokens[notation.close]?.text === "," || tokens[notation.close]?.sentence !== tokens[m.last]?.sentence);
  const name = closed ? usPartyBy("letter", notation.letter) : undefined;
  // (a state party's initials: ", DFL-Minneapolis," beside the Democratic-Farmer-Labor Party)
  const initials = STATE_PARTY_NOTATION.exec(tokens[m.last + 1]?.text ?? "")?.[1];
  const local =
    !name && initials && tokens[m.last]?.text === "," && /^[,.]$/.test(tokens[m.last + 2]?.text ?? "")
      ? partyByInitials(doc, initials)
      : undefined;
  const party = name ? findOrg(name) : local;
  return party ? { org: party.id, role: "member" } : undefined;
}

/**
 * ", R-Tenn.," opening at the comma `comma`: AP's party letter and state, and the token that closes them (a comma,
 * a semicolon, a bracket or the first token past them); undefined when the words after the comma are no such
 * notation. The letter may be an independent's ("I"), which names no party.
 */
export function partyStateAfter(
  tokens: readonly Token[],
  comma: number,
): { letter: string; close: number } | undefined {
  if (tokens[comma]?.text !== ",") return undefined;
  let k = comma + 1;
  while (k < comma + 1 + MAX_PARTY_STATE && tokens[k] && !/^[,;)]$/.test(tokens[k]?.text ?? "")) k++;
  if (k === comma + 1) return undefined;
  const written = tokens
    .slice(comma + 1, k)
    .map((t) => t.text)
    .join("");
  // ("D-Prince George's": a county's possessive name)
  const us = /^([DRI])-\p{Lu}[\p{L}.'’]*$/u.exec(written);
  return us ? { letter: us[1] as string, close: k } : undefined;
}

/**
 * The party of the article whose name's initials, before "Party", a notation's letters spell ("DFL" for the
 * Democratic-Farmer-Labor Party), when one does.
 */
export function partyByInitials(doc: AnalyzedText, letters: string): Cluster | undefined {
  if (letters.length < 2) return undefined;
  const parties = doc.entities.clusters.filter((c) => {
    if (c.type !== "Organization" || c.kind !== "party" || c.mentions.length === 0) return false;
    const words = c.name.replace(/\s+Party$/, "").split(/[\s-]+/);
    return words.map((w) => w.charAt(0)).join("") === letters || c.forms.has(letters);
  });
  return parties.length === 1 ? parties[0] : undefined;
}

/**
 * The plural a party's members go by in American news ("Forty-five Republicans and 13 Democrats voted for the
 * deal"): an alias of the party when the article writes it.
 */
export function partyPlural(name: string): string | undefined {
  return usPartyMembers(name);
}
