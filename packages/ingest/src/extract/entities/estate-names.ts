import type { Token } from "../text/tokens.js";
import { openOrganizationName } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Words that open farm estates' and wineries' names in the languages of wine and cork country. */
const ESTATE_WORDS: ReadonlySet<string> = new Set([
  "Herdade",
  "Quinta",
  "Fazenda",
  "Hacienda",
  "Estancia",
  "Finca",
  "Bodega",
  "Tenuta",
  "Domaine",
  "Château",
  "Weingut",
]);
/** The particles between such a word and the estate's own name ("Herdade da …", "Quinta do …", "Tenuta di …"). */
const PARTICLES = /^(?:da|do|das|dos|de|del|della|di|du|des|la|le|el)$/;

/**
 * "manages Herdade da Azinheira Velha, a cork estate": an estate's word (and its particle) right before a name make
 * one organization's name with it (the tagger reads "Azinheira Velha" alone, as a person's). Extends the mention
 * leftward over them and types it an organization's (kind "farm estate").
 */
export function estateNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.title !== undefined) continue;
    const particle = PARTICLES.test(tokens[m.first - 1]?.text ?? "") ? 1 : 0;
    const word = tokens[m.first - 1 - particle];
    if (!word || !ESTATE_WORDS.has(word.text) || word.sentence !== (tokens[m.first] as Token).sentence) continue;
    openOrganizationName(text, tokens, mentions, m, m.first - 1 - particle, "farm estate");
  }
}
