import { type AnalyzedText, tokenAtOrAfter } from "../document.js";
import type { Mention } from "../entities/types.js";
import { isPossessive, type Token } from "../text/tokens.js";

/** Nouns of a person who speaks for a client in law. */
const COUNSEL = new Set([
  "lawyer",
  "attorney",
  "barrister",
  "counsel",
  "solicitor",
  "advocate",
  "lawyers",
  "attorneys",
]);
/** Possessives that open "his client" in a lawyer's words. */
const CLIENT_OWNERS = new Set(["his", "her", "their", "my", "our"]);

/** The person whose possessive ends at token k-1 ("Leung’s" → Leung's cluster), if any. */
function personBefore(doc: AnalyzedText, possessive: number): number | undefined {
  if (!isPossessive(doc.tokens[possessive])) return undefined;
  const m = doc.mentionByLastToken.get(possessive - 1);
  const c = m ? doc.entities.clusters[m.cluster] : undefined;
  return c?.type === "Person" ? c.id : undefined;
}

/**
 * The person a speaker represents in law, as the article introduces them: "Leung’s barrister, Philip
 * Chan Siu-fung," or "Philip Chan Siu-fung, Leung’s barrister," (a person's possessive, a counsel noun,
 * and the speaker's name on the other side of the comma). Undefined when the article says none.
 */
export function clientOf(doc: AnalyzedText, speaker: number): number | undefined {
  const tokens = doc.tokens;
  const cluster = doc.entities.clusters[speaker];
  if (cluster?.type !== "Person") return undefined;
  for (const m of cluster.mentions as Mention[]) {
    // "Leung’s barrister, Philip Chan": the name's first token after "<Person>’s <counsel> ,"
    const first = tokenAtOrAfter(tokens, m.start);
    if (tokens[first - 1]?.text === "," && COUNSEL.has(tokens[first - 2]?.lower ?? "")) {
      const client = personBefore(doc, first - 3);
      if (client !== undefined && client !== speaker) return client;
    }
    // "Philip Chan, Leung’s barrister,": "," "<Person>" "’s" "<counsel>" after the name
    if (tokens[m.last]?.text === ",") {
      const owner = doc.mentionByFirstToken.get(m.last + 1);
      if (owner && isPossessive(tokens[owner.last]) && COUNSEL.has(tokens[owner.last + 1]?.lower ?? "")) {
        const client = doc.entities.clusters[owner.cluster];
        if (client?.type === "Person" && client.id !== speaker) return client.id;
      }
    }
  }
  return undefined;
}

/** Whether token i opens "his client" ("her clients", "my client"). */
export function opensClient(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return CLIENT_OWNERS.has(tokens[i]?.lower ?? "") && (next === "client" || next === "clients");
}
