import type { AnalyzedText } from "../document.js";
import { agedAt } from "../entities/aged-names.js";
import { describedOrganization } from "../entities/described-org.js";
import { resolveSourcePronoun } from "../entities/pronouns.js";
import type { Mention } from "../entities/types.js";
import { ORG_NOUNS } from "../lexicon/organizations.js";
import { isRoleHead } from "../lexicon/titles.js";
import { usPartyBy } from "../lexicon/us-parties.js";
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
  // ("Tate's uncle, Warren Tate, owns Big Sandy Mining Co.")
  ["owns", "owner"],
]);

/** How many tokens a bracket after a name may hold ("(R-Alaska)", "(D-N.Y.)"). */
const MAX_BRACKET_TOKENS = 8;
/** How many tokens after a name's comma its "who" may stand ("Denise Harwell, 67, a retired schoolteacher who"). */
const MAX_WHO_DISTANCE = 12;
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
    // ("…, a Bucknell University geologist who …": an organization between; not another person, whom "who" may be)
    const between = doc.mentionByFirstToken.get(who);
    const person = between !== undefined && doc.entities.clusters[between.cluster]?.type !== "Organization";
    if (!t || t.sentence !== sentence || t.kind === "quote" || person) return undefined;
    who++;
  }
  if (tokens[who]?.lower !== "who") return undefined;
  let v = who + 1;
  while (/^(?:has|had|have|now|also|still|once)$/.test(tokens[v]?.lower ?? "")) v++;
  const seat = seatVerb(tokens, v);
  if (seat) return objectOrganization(doc, seat.object, sentence, seat.role, MAX_SEAT_OBJECT_WORDS);
  const nomination = partyNomination(doc, v);
  if (nomination !== undefined) return { org: nomination, role: "candidate" };
  const works = workAt(doc, v, sentence);
  if (works) return works;
  const role = WHO_VERBS.get(tokens[v]?.lower ?? "");
  if (!role) return undefined;
  // ("Darnell Two Feathers, who leads District 22 of the United Mine Workers of America,": a numbered unit of the
  // organization, in the role, newsdev81)
  const unit = tokens[v + 1];
  if (unit?.cap && tokens[v + 2]?.kind === "number" && tokens[v + 3]?.lower === "of") {
    const name = doc.text.slice(unit.start, (tokens[v + 2] as Token).end);
    return objectOrganization(doc, v + 4, sentence, `${role} of ${name}`);
  }
  return objectOrganization(doc, v + 1, sentence, role);
}

/** Verbs of a candidacy before "the … nomination" ("who is seeking the Democratic nomination", "who won the …"). */
const SEEKING = new Set(["seeking", "seeks", "sought", "won", "wins"]);
/** Auxiliaries before a candidacy's participle ("is seeking"). */
const SEEKING_AUXILIARIES = /^(?:is|was)$/;

/**
 * "Erin Castellano, a Bucknell University geologist who is seeking the Democratic nomination in the district": a
 * candidate of the party whose adjective stands before "nomination" (perhaps "presidential"), when the article
 * names the party.
 */
function partyNomination(doc: AnalyzedText, v: number): number | undefined {
  const { tokens } = doc;
  const verb = SEEKING_AUXILIARIES.test(tokens[v]?.lower ?? "") ? v + 1 : v;
  if (!SEEKING.has(tokens[verb]?.lower ?? "") || tokens[verb + 1]?.lower !== "the") return undefined;
  const party = usPartyBy("adjective", tokens[verb + 2]?.text ?? "");
  const noun = tokens[verb + 3]?.lower === "presidential" ? verb + 4 : verb + 3;
  if (!party || tokens[noun]?.lower !== "nomination") return undefined;
  return doc.entities.clusters.find((c) => c.name === party && c.mentions.length > 0)?.id;
}

/** Verbs of holding a seat, followed by "on" ("who sits on the House Appropriations Committee"). */
const SEAT_VERBS = new Set(["sits", "sat", "serves", "served", "sit", "serve"]);
/** How many words a seat's object may run to the body ("the board of the wool cooperative Heidewolle eG"). */
const MAX_SEAT_OBJECT_WORDS = 8;
/** How many tokens a sentence's subject may run before "and sits on" ("Bruns, 54, keeps 600 sheep near Soltau and"). */
const MAX_SUBJECT_PREDICATE = 24;

/**
 * "Mr. Pellham sits on the House Armed Services Committee", "Jan-Hinrich Bruns, 54, keeps 600 sheep near Soltau and
 * sits on the board of the wool cooperative Heidewolle eG", "Comfort Ansah-Boateng, 49, chairs the … Union", "Jane
 * Okafor is a professor at Lakehead University", "… and is a member of the North East Fish Producers' Organisation": a
 * name that opens its sentence and, right after it (and its age) or after "and" ending its first predicate (no other
 * name, clause or quotation between), a verb of holding a seat, a verb of leading, or "is" and a role "of" or "at" a
 * body.
 */
export function rolesOfSubject(doc: AnalyzedText, m: Mention): { org: number; role: string }[] {
  const { tokens } = doc;
  const first = tokens[m.first] as Token;
  const sentence = doc.sentences[first.sentence];
  const found: { org: number; role: string }[] = [];
  if (!sentence) return found;
  // ("Tate's uncle, Warren Tate, owns …": the name set off after a short subject that says whose relative it is)
  const setOff = tokens[m.last]?.text === "," && possessedSubjectBefore(tokens, sentence.first, m.first);
  // ("Captain Tessa Morrissette, 49, has worked for …": a title the lexicon lacks before the name; "COLUMBIA, Mo. —
  // Thomas Leighton resigned …": after a dateline's dash)
  const titled = m.first === sentence.first + 1 && (tokens[sentence.first] as Token).cap;
  const dateline = /^(?:—|–)$/.test(tokens[m.first - 1]?.text ?? "");
  if (m.start > (tokens[sentence.first] as Token).start + 4 && !setOff && !titled && !dateline) return found;
  // ("Comfort Ansah-Boateng, 49, chairs …": over the age set off after the name)
  const from = agedAt(tokens, m.last) ? m.last + 3 : setOff ? m.last + 1 : m.last;
  for (let j = from; j < from + MAX_SUBJECT_PREDICATE; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== first.sentence || t.kind === "quote") break;
    const v = j === from ? j : t.lower === "and" ? j + 1 : -1;
    const role = v >= 0 ? predicateRole(doc, v, first.sentence) : undefined;
    if (role) found.push(role);
    // ("founded the Kathmandu agency Khumbu Ridge Treks in 2009 and sits on the EOAN's executive committee": an
    // organization in the predicate, not another person, whom the next predicate may be about)
    const named = doc.mentionByFirstToken.get(j);
    const person = named !== undefined && doc.entities.clusters[named.cluster]?.type !== "Organization";
    if (person || /^(?:who|which|that|but|or|said|says|told)$/.test(t.lower)) break;
  }
  return found;
}

/**
 * "Rodolfo Manalastas, 61, has driven a jeepney … He is a member of PISTON.": a sentence that opens with "He" or
 * "She" and a predicate of `rolesOfSubject` gives the role to the person the pronoun refers to (the subject of the
 * nearest sentence that names one of that gender). Each as person, organization and role.
 */
export function rolesOfPronounSubjects(doc: AnalyzedText): { person: number; org: number; role: string }[] {
  const out: { person: number; org: number; role: string }[] = [];
  for (const sentence of doc.sentences) {
    const pronoun = doc.tokens[sentence.first];
    const gender = pronoun?.text === "He" ? "m" : pronoun?.text === "She" ? "f" : undefined;
    if (!pronoun || gender === undefined) continue;
    const role = predicateRole(doc, sentence.first + 1, sentence.index);
    const person = role ? resolveSourcePronoun(doc, pronoun.start, gender) : undefined;
    if (role && person) out.push({ person: person.id, ...role });
  }
  return out;
}

/** Most tokens of a subject a name is set off after ("Tate's uncle", "His older brother"). */
const MAX_POSSESSED_SUBJECT = 4;

/**
 * Whether tokens [from, name) are a short subject that holds a possessive and a comma before the name: "Tate's
 * uncle," or "His brother," (lower-case words after the possessive).
 */
function possessedSubjectBefore(tokens: readonly Token[], from: number, name: number): boolean {
  if (tokens[name - 1]?.text !== "," || name - 1 - from > MAX_POSSESSED_SUBJECT || name - 1 <= from) return false;
  const words = tokens.slice(from, name - 1);
  const possessive = words.findIndex((t) => /^['’]s?$/.test(t.text) || /^(?:his|her|their)$/.test(t.lower));
  return possessive >= 0 && words.slice(possessive + 1).every((t) => t.kind === "word" && !t.cap);
}

/** Verbs of leaving an office ("resigned as president of …"). */
const RESIGNED = /^(?:resigned|retired|quit)$/;
/** A day or a time word between the verb and "as" ("resigned Monday as …"). */
const WEEKDAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|abruptly)$/;

/** Adverbs that may open a predicate ("also chairs", "now heads"). */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(["also", "now", "still", "currently"]);

/** Words of "is" before a role ("is", "was", "has been", "is now"). */
const COPULAS = /^(?:is|was|has|been|now|also|still)$/;

/** A predicate at token `v` that gives its subject a role in a named body (see `rolesOfSubject`). */
function predicateRole(doc: AnalyzedText, at: number, sentence: number): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // ("She also chairs the Pōtiki Bay Landcare Group")
  const v = PREDICATE_ADVERBS.has(tokens[at]?.lower ?? "") ? at + 1 : at;
  const seat = seatVerb(tokens, v);
  if (seat) return objectOrganization(doc, seat.object, sentence, seat.role, MAX_SEAT_OBJECT_WORDS);
  // ("has directed the theatre since 2011": a perfect's auxiliary before the verb)
  const perfect = /^(?:has|had|have)$/.test(tokens[v]?.lower ?? "") && WHO_VERBS.has(tokens[v + 1]?.lower ?? "");
  const verb = perfect ? v + 1 : v;
  const leads = WHO_VERBS.get(tokens[verb]?.lower ?? "");
  if (leads) return objectOrganization(doc, verb + 1, sentence, leads, MAX_SEAT_OBJECT_WORDS);
  const works = workAt(doc, v, sentence);
  if (works) return works;
  // ("Thomas Leighton resigned Monday as president of the University of Missouri System": a former role)
  if (RESIGNED.test(tokens[v]?.lower ?? "")) {
    const as = WEEKDAY_OR_TIME.test(tokens[v + 1]?.lower ?? "") ? v + 2 : v + 1;
    if (tokens[as]?.lower !== "as") return undefined;
    const role = roleBeforePreposition(tokens, as + 1, MAX_SERVED_ROLE_WORDS);
    return role ? objectOrganization(doc, role.to, sentence, `former ${role.text}`, MAX_SEAT_OBJECT_WORDS) : undefined;
  }
  if (!/^(?:is|was|has)$/.test(tokens[v]?.lower ?? "")) return undefined;
  let k = v;
  while (k < v + 3 && COPULAS.test(tokens[k]?.lower ?? "")) k++;
  // ("is secretary of the Bodi Cocoa Farmers’ Cooperative Society": a bare role too)
  const from = /^(?:a|an|the)$/.test(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (from === k && k === v) return undefined;
  // ("Rehema Mwakasege, 38, is TPAWU’s organiser for the estates …": the body's possessive before the role)
  const owned = possessorRole(doc, k);
  if (owned) return owned;
  const role = roleBeforePreposition(tokens, from, MAX_SERVED_ROLE_WORDS + 2);
  if (!role || tokens[role.to]?.lower === "to") return undefined;
  return objectOrganization(doc, role.to, sentence, role.text, MAX_SEAT_OBJECT_WORDS);
}

/** Most words of a role after a body's possessive ("TPAWU’s regional organiser"). */
const MAX_OWNED_ROLE_WORDS = 3;

/**
 * "is TPAWU’s organiser for …", "is the union’s chief negotiator": an organization's mention at token `k` (perhaps
 * after "the") and its possessive, then lower-case words that end in a role's head — that role in that body.
 */
function possessorRole(doc: AnalyzedText, k: number): { org: number; role: string } | undefined {
  const { tokens } = doc;
  const m = doc.mentionByFirstToken.get(k);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  if (!m || c?.type !== "Organization" || c.country || !/^['’]s$/.test(tokens[m.last]?.text ?? "")) return undefined;
  let end = m.last + 1;
  while (end < m.last + 1 + MAX_OWNED_ROLE_WORDS && tokens[end]?.kind === "word" && !tokens[end]?.cap) end++;
  for (let e = end; e > m.last + 1; e--) {
    if (!isRoleHead((tokens[e - 1] as Token).lower)) continue;
    const role = tokens
      .slice(m.last + 1, e)
      .map((t) => t.text)
      .join(" ");
    return { org: c.id, role };
  }
  return undefined;
}

/** Verbs of working at a body, and the role each gives ("teaches … at", "works for", "studies … at"). */
const WORKS_AT: ReadonlyMap<string, string> = new Map([
  ["teaches", "teacher"],
  ["lectures", "lecturer"],
  ["works", "employee"],
  ["worked", "employee"],
  ["studies", "researcher"],
]);

/**
 * "… and teaches puppet design at the Janáček Academy of Performing Arts", "who studies the drinks industry at
 * Niigata University": a verb of working at token `v`, at most three lower-case words, "at" or "for", and the body
 * (who "studies at" a university with no subject between is its student).
 */
function workAt(
  doc: AnalyzedText,
  from: number,
  sentence: number | undefined,
): { org: number; role: string } | undefined {
  const { tokens } = doc;
  // ("Captain Tessa Morrissette, 49, has worked for BC Ferries for 22 years": the perfect's auxiliary first; "worked"
  // alone is a former job's)
  const v = /^(?:has|have)$/.test(tokens[from]?.lower ?? "") ? from + 1 : from;
  if (v === from && tokens[v]?.lower === "worked") return undefined;
  const works = WORKS_AT.get(tokens[v]?.lower ?? "");
  const at = preposition(tokens, v + 1);
  if (!works || !/^(?:at|for)$/.test(tokens[at]?.lower ?? "")) return undefined;
  const role = works === "researcher" && at === v + 1 ? "student" : works;
  return objectOrganization(doc, at, sentence, role, MAX_SEAT_OBJECT_WORDS);
}
/** Most lower-case words between a verb of working and its preposition ("teaches puppet design at"). */
const MAX_WORK_OBJECT_WORDS = 3;

/** The token after at most three lower-case words from `from` (where "at" or "for" should stand). */
function preposition(tokens: readonly Token[], from: number): number {
  let k = from;
  while (
    k < from + MAX_WORK_OBJECT_WORDS &&
    tokens[k]?.kind === "word" &&
    !tokens[k]?.cap &&
    !/^(?:at|for)$/.test(tokens[k]?.lower ?? "")
  )
    k++;
  return k;
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
  // ("is the Hatton district secretary of …": a place's capitalised name may open the role)
  if (tokens[k]?.cap && tokens[k]?.kind === "word" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]?.cap) k++;
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
    // ("who heads the FAA's Air Traffic Organization": the body the possessor owns)
    const owned =
      named && /^['’]s?$/.test(tokens[named.last]?.text ?? "")
        ? doc.mentionByFirstToken.get(named.last + 1)
        : undefined;
    const ownedOrg = owned ? organizationAt(doc, owned.last - 1) : undefined;
    if (ownedOrg !== undefined) return { org: ownedOrg, role };
    if (org !== undefined) return { org, role };
    // ("who directs polling at the university": the article's one organization so described; "has directed the
    // theatre since 2011": the verb's object itself)
    const the =
      /^(?:at|of)$/.test(t.lower) && tokens[k + 1]?.lower === "the" ? k + 1 : k === from && t.lower === "the" ? k : -1;
    if (the >= 0) {
      const noun = tokens[the + 1];
      if (noun && !noun.cap && noun.kind === "word" && !tokens[the + 2]?.cap) {
        const described = describedOrganization(doc.entities.clusters, noun.lower, noun.start);
        if (described && !described.country) return { org: described.id, role };
      }
    }
    // ("founded the Kathmandu agency Khumbu Ridge Treks": a place's name before the organization's noun)
    const before = t.cap && !doc.mentionByFirstToken.has(k) && !ORG_NOUNS.has(tokens[k + 1]?.lower ?? "");
    if (before) return undefined;
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
  // ("Landsvirkjun's head of communications, Hrafnhildur Ólafsdóttir,": a role's field after "of" or "for")
  while (
    k > 0 &&
    last - k < MAX_POSSESSED_ROLE_WORDS + 3 &&
    tokens[k]?.kind === "word" &&
    !tokens[k]?.cap &&
    !/^['’]s?$/.test(tokens[k]?.text ?? "")
  )
    k--;
  const roleWords = tokens.slice(k + 1, last + 1) as Token[];
  const field = roleWords.findIndex((t) => t.lower === "of" || t.lower === "for");
  const head = field > 0 ? roleWords[field - 1] : roleWords.at(-1);
  if (field < 0 && roleWords.length > MAX_POSSESSED_ROLE_WORDS) return undefined;
  if (roleWords.length === 0 || !isRoleHead(head?.lower ?? "")) return undefined;
  // the possessive: its own token ("’s", "’") right after the organization's name
  const possessive = tokens[k];
  if (!possessive || !/^['’]s?$/.test(possessive.text)) return undefined;
  const org = organizationAt(doc, k - 1);
  return org === undefined ? undefined : { org, role: roleWords.map((t) => t.text).join(" ") };
}
