import type { AnalyzedText } from "../document.js";
import { agedAt } from "../entities/aged-names.js";
import { describedOrganization } from "../entities/described-org.js";
import type { Mention } from "../entities/types.js";
import { isRoleHead } from "../lexicon/titles.js";
import type { Token } from "../text/tokens.js";

/** Most words of a role between "whose" and the name's comma ("whose chief executive", "whose head of research"). */
const MAX_ROLE_WORDS = 4;

/** The organization a mention names at token `at`, if it is one (not a country). */
function organizationAt(doc: AnalyzedText, lastToken: number): number | undefined {
  const m = doc.mentionByLastToken.get(lastToken);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  return c?.type === "Organization" && !c.country ? c.id : undefined;
}

/**
 * "Acme Dairy, whose chief executive, Nadia Benslimane, said …", "Laiterie du Moyen Atlas, a dairy in nearby Azrou,
 * whose chief executive, Nadia Benslimane,": a name set off after "whose" and a role is that role's holder at the
 * organization "whose" stands for — the name right before its comma, or before the appositive that comma closes.
 */
export function whoseRole(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.first - 1]?.text !== ",") return undefined;
  let k = m.first - 2;
  while (k > 0 && m.first - 2 - k < MAX_ROLE_WORDS && tokens[k]?.kind === "word" && tokens[k]?.lower !== "whose") k--;
  if (tokens[k]?.lower !== "whose" || k === m.first - 2 || tokens[k - 1]?.text !== ",") return undefined;
  const roleWords = tokens.slice(k + 1, m.first - 1) as Token[];
  const head = roleWords.at(-1)?.lower ?? "";
  if (!isRoleHead(head) || roleWords.some((t) => t.cap)) return undefined;
  const role = roleWords.map((t) => t.text).join(" ");
  const direct = organizationAt(doc, k - 2);
  if (direct !== undefined) return { org: direct, role };
  // (over an appositive that describes it: "…, a dairy in nearby Azrou, whose …")
  for (let q = k - 2; q > 0 && k - q < 12; q--) {
    const t = tokens[q] as Token;
    if (t.sentence !== tokens[k]?.sentence || t.kind === "quote") return undefined;
    if (t.text !== ",") continue;
    const article = tokens[q + 1]?.lower;
    if (article !== "a" && article !== "an" && article !== "the") return undefined;
    const org = organizationAt(doc, q - 1);
    return org === undefined ? undefined : { org, role };
  }
  return undefined;
}

/** Nouns for one's own organization after "whose" ("whose firm, Lakeshore Analytics,"). */
const EMPLOYER_NOUNS = new Set([
  "firm",
  "company",
  "employer",
  "agency",
  "organization",
  "organisation",
  "studio",
  "practice",
]);
/** How many tokens after a name's comma "whose" may stand ("Nadia Karimova-Bell, a Democratic pollster whose"). */
const MAX_WHOSE_DISTANCE = 8;

/**
 * "Nadia Karimova-Bell, a Democratic pollster whose firm, Lakeshore Analytics, has worked for …": the organization
 * set off after "whose" and a noun for one's employer is the person's; the role is the appositive's last word when
 * it is a role's head.
 */
export function whoseEmployer(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.last]?.text !== ",") return undefined;
  const sentence = tokens[m.last]?.sentence;
  let whose = m.last + 1;
  while (whose < m.last + MAX_WHOSE_DISTANCE && tokens[whose]?.lower !== "whose") {
    const t = tokens[whose];
    if (!t || t.sentence !== sentence || t.kind === "quote" || t.text === "," || doc.mentionByFirstToken.has(whose))
      return undefined;
    whose++;
  }
  if (tokens[whose]?.lower !== "whose" || !EMPLOYER_NOUNS.has(tokens[whose + 1]?.lower ?? "")) return undefined;
  if (tokens[whose + 2]?.text !== ",") return undefined;
  const named = doc.mentionByFirstToken.get(whose + 3);
  const org = named ? organizationAt(doc, named.last - 1) : undefined;
  if (org === undefined || tokens[named?.last ?? -1]?.text !== ",") return undefined;
  const head = tokens[whose - 1]?.lower ?? "";
  return { org, role: isRoleHead(head) ? head : (tokens[whose + 1] as Token).lower };
}

/** Participles of leading an organization, and the role each gives ("chaired by X": chair). */
const LED_BY: ReadonlyMap<string, string> = new Map([
  ["chaired", "chair"],
  ["led", "leader"],
  ["headed", "head"],
  ["run", "head"],
  ["owned", "owner"],
  ["coached", "coach"],
  ["managed", "manager"],
  ["directed", "director"],
  ["founded", "founder"],
]);

/**
 * "The club is chaired by Hajj Abdelaziz Ouazzani", "Kinetra is run by Marta Ruiz": the sentence's subject — the
 * organization named there, or "the <noun>" the article's one such organization — is led by the name after "by".
 */
export function ledBySubject(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.first - 1]?.lower !== "by") return undefined;
  const participle = tokens[m.first - 2];
  const role = LED_BY.get(participle?.lower ?? "");
  if (!role || !/^(?:is|was|are|were|been)$/.test(tokens[m.first - 3]?.lower ?? "")) return undefined;
  let aux = m.first - 3;
  if (tokens[aux]?.lower === "been" && /^(?:has|have|had)$/.test(tokens[aux - 1]?.lower ?? "")) aux--;
  const sentence = doc.sentences[tokens[m.first]?.sentence ?? -1];
  if (!sentence) return undefined;
  // the subject opens the sentence and ends right before the auxiliary
  const named = organizationAt(doc, aux - 1);
  if (named !== undefined) {
    const mention = doc.mentionByLastToken.get(aux - 1) as Mention;
    const from = tokens[mention.first - 1]?.lower === "the" ? mention.first - 1 : mention.first;
    return from === sentence.first ? { org: named, role } : undefined;
  }
  const the = tokens[sentence.first];
  const noun = tokens[sentence.first + 1];
  if (the?.lower !== "the" || !noun || noun.cap || sentence.first + 2 !== aux) return undefined;
  const org = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
  return org ? { org: org.id, role } : undefined;
}

/** Verbs of leading, working in or founding an organization, and the role each gives ("who runs X": head). */
const WHO_VERBS: ReadonlyMap<string, string> = new Map([
  ["runs", "head"],
  ["run", "head"],
  ["ran", "head"],
  ["heads", "head"],
  ["headed", "head"],
  ["leads", "leader"],
  ["led", "leader"],
  ["directs", "director"],
  ["directed", "director"],
  ["chairs", "chair"],
  ["chaired", "chair"],
  ["founded", "founder"],
  ["co-founded", "co-founder"],
  ["manages", "manager"],
  ["managed", "manager"],
  ["coaches", "coach"],
  ["coached", "coach"],
]);

/** How many tokens a bracket after a name may hold ("(R-Alaska)", "(D-N.Y.)"). */
const MAX_BRACKET_TOKENS = 8;
/** How many tokens after a name's comma its "who" may stand ("Denise Harwell, 67, a retired schoolteacher who"). */
const MAX_WHO_DISTANCE = 8;
/** How many words a verb's object may run to the organization it names ("the residents' group X", "polling at"). */
const MAX_OBJECT_WORDS = 6;

/**
 * "Howard Pruett-Lange, who has run Millhaven Water Works since 2019,", "Denise Harwell, 67, a retired schoolteacher
 * who co-founded the residents' group Millhaven Lead-Free Neighbors,", "Donna Kessler-Ayala, who directs polling at
 * the university": a relative clause after the name that leads, directs or founded an organization — named in the
 * verb's object, or "the <noun>" the article's one such organization after "at" or "of".
 */
export function whoLeads(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // ("Sen. Rhett Calloway (R-Alaska), who sits on …": over the party's brackets)
  let comma = m.last;
  if (tokens[comma]?.text === "(") {
    while (comma < m.last + MAX_BRACKET_TOKENS && tokens[comma]?.text !== ")") comma++;
    comma++;
  }
  if (tokens[comma]?.text !== ",") return undefined;
  const sentence = tokens[comma]?.sentence;
  let who = comma + 1;
  while (who < comma + MAX_WHO_DISTANCE && tokens[who]?.lower !== "who") {
    const t = tokens[who];
    if (!t || t.sentence !== sentence || t.kind === "quote" || doc.mentionByFirstToken.has(who)) return undefined;
    who++;
  }
  if (tokens[who]?.lower !== "who") return undefined;
  let v = who + 1;
  while (/^(?:has|had|have|now|also|still|once)$/.test(tokens[v]?.lower ?? "")) v++;
  const seat = seatVerb(tokens, v);
  if (seat) return objectOrganization(doc, seat.object, sentence, seat.role, MAX_SEAT_OBJECT_WORDS);
  const role = WHO_VERBS.get(tokens[v]?.lower ?? "");
  if (!role) return undefined;
  return objectOrganization(doc, v + 1, sentence, role);
}

/** Verbs of holding a seat, followed by "on" ("who sits on the House Appropriations Committee"). */
const SEAT_VERBS = new Set(["sits", "sat", "serves", "served", "sit", "serve"]);
/** How many words a seat's object may run to the body ("the board of the wool cooperative Heidewolle eG"). */
const MAX_SEAT_OBJECT_WORDS = 8;
/** How many tokens a sentence's subject may run before "and sits on" ("Bruns, 54, keeps 600 sheep near Soltau and"). */
const MAX_SUBJECT_PREDICATE = 16;

/**
 * "Mr. Pellham sits on the House Armed Services Committee", "Jan-Hinrich Bruns, 54, keeps 600 sheep near Soltau and
 * sits on the board of the wool cooperative Heidewolle eG", "Comfort Ansah-Boateng, 49, chairs the … Union", "Jane
 * Okafor is a professor at Lakehead University", "… and is a member of the North East Fish Producers' Organisation": a
 * name that opens its sentence and, right after it (and its age) or after "and" ending its first predicate (no other
 * name, clause or quotation between), a verb of holding a seat, a verb of leading, or "is" and a role "of" or "at" a
 * body.
 */
export function roleOfSubject(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const first = tokens[m.first] as Token;
  const sentence = doc.sentences[first.sentence];
  if (!sentence || m.start > (tokens[sentence.first] as Token).start + 4) return undefined;
  // ("Comfort Ansah-Boateng, 49, chairs …": over the age set off after the name)
  const from = agedAt(tokens, m.last) ? m.last + 3 : m.last;
  for (let j = from; j < from + MAX_SUBJECT_PREDICATE; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== first.sentence || t.kind === "quote") return undefined;
    const v = j === from ? j : t.lower === "and" ? j + 1 : -1;
    const found = v >= 0 ? predicateRole(doc, v, first.sentence) : undefined;
    if (found) return found;
    if (doc.mentionByFirstToken.has(j) || /^(?:who|which|that|but|or|said|says|told)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** Words of "is" before a role ("is", "was", "has been", "is now"). */
const COPULAS = /^(?:is|was|has|been|now|also|still)$/;

/** A predicate at token `v` that gives its subject a role in a named body (see `roleOfSubject`). */
function predicateRole(doc: AnalyzedText, v: number, sentence: number): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const seat = seatVerb(tokens, v);
  if (seat) return objectOrganization(doc, seat.object, sentence, seat.role, MAX_SEAT_OBJECT_WORDS);
  const leads = WHO_VERBS.get(tokens[v]?.lower ?? "");
  if (leads) return objectOrganization(doc, v + 1, sentence, leads, MAX_SEAT_OBJECT_WORDS);
  if (!/^(?:is|was|has)$/.test(tokens[v]?.lower ?? "")) return undefined;
  let k = v;
  while (k < v + 3 && COPULAS.test(tokens[k]?.lower ?? "")) k++;
  if (!/^(?:a|an|the)$/.test(tokens[k]?.lower ?? "")) return undefined;
  const role = roleBeforePreposition(tokens, k + 1, MAX_SERVED_ROLE_WORDS + 2);
  if (!role || tokens[role.to]?.lower === "to") return undefined;
  return objectOrganization(doc, role.to, sentence, role.text, MAX_SEAT_OBJECT_WORDS);
}

/**
 * Lower-case role words from token `from` (at most `max`) up to a preposition of a role's body ("chief counsel to",
 * "principal of"), the last of them a role's head: the role and the preposition's token.
 */
function roleBeforePreposition(
  tokens: readonly Token[],
  from: number,
  max: number,
): { text: string; to: number } | undefined {
  let k = from;
  while (k < from + max && tokens[k]?.kind === "word" && !tokens[k]?.cap && !SERVED_AS_TO.has(tokens[k]?.lower ?? ""))
    k++;
  if (k === from || !SERVED_AS_TO.has(tokens[k]?.lower ?? "") || !isRoleHead(tokens[k - 1]?.lower ?? ""))
    return undefined;
  return {
    text: tokens
      .slice(from, k)
      .map((t) => t.text)
      .join(" "),
    to: k,
  };
}

/** Prepositions after "served as <role>" before the body ("served as chief counsel to the committee"). */
const SERVED_AS_TO = new Set(["to", "at", "for", "of", "with"]);
/** Most words of a role after "served as". */
const MAX_SERVED_ROLE_WORDS = 4;

/**
 * "sits on the House Armed Services Committee", "has sat on Gatineau City Council", "served as chief counsel to
 * the House Ethics Committee": a verb of holding a seat at token `v`, and where its object starts; the role is a
 * member's, or the lower-case role after "as" (ending in a role's head).
 */
function seatVerb(tokens: readonly Token[], v: number): { object: number; role: string } | undefined {
  const verb = tokens[v];
  if (!verb || !SEAT_VERBS.has(verb.lower)) return undefined;
  if (tokens[v + 1]?.lower === "on") return { object: v + 2, role: "member" };
  if (tokens[v + 1]?.lower !== "as") return undefined;
  const from = /^(?:a|an|the)$/.test(tokens[v + 2]?.lower ?? "") ? v + 3 : v + 2;
  const role = roleBeforePreposition(tokens, from, MAX_SERVED_ROLE_WORDS);
  return role ? { object: role.to, role: role.text } : undefined;
}

/**
 * The organization a verb's object names from token `from` on, within a few words: named there, or "the <noun>"
 * the article's one such organization after "at" or "of" (not a country).
 */
function objectOrganization(
  doc: AnalyzedText,
  from: number,
  sentence: number | undefined,
  role: string,
  maxWords = MAX_OBJECT_WORDS,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  for (let k = from; k < from + maxWords; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.text === "," || t.kind === "quote") return undefined;
    const named = doc.mentionByFirstToken.get(k);
    const org = named ? organizationAt(doc, named.last - 1) : undefined;
    if (org !== undefined) return { org, role };
    // ("who directs polling at the university": the article's one organization so described)
    if (/^(?:at|of)$/.test(t.lower) && tokens[k + 1]?.lower === "the") {
      const noun = tokens[k + 2];
      if (noun && !noun.cap && noun.kind === "word" && !tokens[k + 3]?.cap) {
        const described = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
        if (described && !described.country) return { org: described.id, role };
      }
    }
    if (t.cap && !doc.mentionByFirstToken.has(k)) return undefined;
  }
  return undefined;
}

/** Most words of a role between an organization's possessive and a name's comma ("managing director"). */
const MAX_POSSESSED_ROLE_WORDS = 3;

/**
 * "Kadambari Comics’ managing director, Farhan Qureshi, said …": a name set off after an organization's possessive
 * and a role (lower-case words that end in a role's head) is that role's holder there.
 */
export function possessedRoleBefore(doc: AnalyzedText, m: Mention): { org: number; role: string } | undefined {
  const { tokens } = doc;
  if (tokens[m.first - 1]?.text !== ",") return undefined;
  let k = m.first - 2;
  const last = k;
  while (k > 0 && last - k < MAX_POSSESSED_ROLE_WORDS && tokens[k]?.kind === "word" && !tokens[k]?.cap) k--;
  const roleWords = tokens.slice(k + 1, last + 1) as Token[];
  if (roleWords.length === 0 || !isRoleHead(roleWords.at(-1)?.lower ?? "")) return undefined;
  // the possessive: its own token ("’s", "’") right after the organization's name
  const possessive = tokens[k];
  if (!possessive || !/^['’]s?$/.test(possessive.text)) return undefined;
  const org = organizationAt(doc, k - 1);
  return org === undefined ? undefined : { org, role: roleWords.map((t) => t.text).join(" ") };
}
