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
