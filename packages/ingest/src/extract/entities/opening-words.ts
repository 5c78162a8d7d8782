import { WORLD_CITIES } from "../lexicon/world-cities.js";
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

/** Local governments' names before "of" and their place ("the City of Cass Falls", "the Town of …"). */
// ("The Prefecture of Morbihan on Tuesday banned …": a French département's state administration, 2026-12-07, newsdev47)
const LOCAL_GOVERNMENTS: ReadonlySet<string> = new Set([
  "City",
  "Town",
  "Village",
  "Borough",
  "Municipality",
  "Prefecture",
]);

/**
 * Words that open an organization's name the tagger read without them: "manages Herdade da Azinheira Velha, a cork
 * estate" (an estate's word and its particle; the tagger reads "Azinheira Velha" alone, as a person's) and "the
 * director of public works for the City of Cass Falls" (a local government's word and "of" before its place).
 * Extends the mention leftward over them and types it an organization's (kind "farm estate" or "government").
 */
export function namesAfterOpeningWords(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.title !== undefined) continue;
    const particle = PARTICLES.test(tokens[m.first - 1]?.text ?? "") ? 1 : 0;
    const word = tokens[m.first - 1 - particle];
    if (!word || word.sentence !== (tokens[m.first] as Token).sentence) continue;
    if (ESTATE_WORDS.has(word.text))
      openOrganizationName(text, tokens, mentions, m, m.first - 1 - particle, "farm estate");
    // ("the Dibrugarh Cha Shramik Sangha, a union of …": a city the tagger read apart before an organization's name)
    else if (
      particle === 0 &&
      m.type === "Organization" &&
      m.kind !== "country" &&
      word.cap &&
      WORLD_CITIES.has(word.text) &&
      tokens[m.first - 2]?.lower === "the" &&
      !mentions.some((o) => o !== m && o.first <= m.first - 1 && o.last > m.first - 1 && o.type !== "Unknown")
    )
      openOrganizationName(text, tokens, mentions, m, m.first - 1, m.kind ?? "organization");
    else if (
      tokens[m.first - 1]?.text === "of" &&
      LOCAL_GOVERNMENTS.has(tokens[m.first - 2]?.text ?? "") &&
      m.type !== "Organization"
    )
      openOrganizationName(text, tokens, mentions, m, m.first - 2, "government");
  }
}
