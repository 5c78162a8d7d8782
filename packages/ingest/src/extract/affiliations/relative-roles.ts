import type { AnalyzedText } from "../document.js";
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
  if (tokens[m.last]?.text !== ",") return undefined;
  const sentence = tokens[m.last]?.sentence;
  let who = m.last + 1;
  while (who < m.last + MAX_WHO_DISTANCE && tokens[who]?.lower !== "who") {
    const t = tokens[who];
    if (!t || t.sentence !== sentence || t.kind === "quote" || doc.mentionByFirstToken.has(who)) return undefined;
    who++;
  }
  if (tokens[who]?.lower !== "who") return undefined;
  let v = who + 1;
  while (/^(?:has|had|have|now|also|still|once)$/.test(tokens[v]?.lower ?? "")) v++;
  const role = WHO_VERBS.get(tokens[v]?.lower ?? "");
  if (!role) return undefined;
  for (let k = v + 1; k <= v + MAX_OBJECT_WORDS; k++) {
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
