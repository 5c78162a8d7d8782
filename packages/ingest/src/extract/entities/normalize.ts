import { nameKey } from "@claimgraph/schema";
import { fullFirstName } from "../lexicon/nicknames.js";

/**
 * A person key without middle initials, with the full form of a short first name: "Donald J.
 * Trump" and "Donald Trump" agree, so do "Larry Lessig" and "Lawrence Lessig".
 */
export function personKey(name: string): string {
  const parts = name.split(/\s+/).filter((p, i, all) => i === 0 || i === all.length - 1 || !/^\p{Lu}\.?$/u.test(p));
  const key = nameKey(parts.join(" "));
  const space = key.indexOf(" ");
  return space > 0 ? `${fullFirstName(key.slice(0, space))}${key.slice(space)}` : key;
}

/** Capital initials of the content words ("Royal United Services Institute" → "RUSI"). */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join("");
}

/**
 * Whether an acronym spells a name's initials, the capitalised parts of a hyphenated word counted or not
 * ("World Food Programme" → "WFP", "Pakistan Tehreek-e-Insaf" → "PTI").
 */
export function spellsInitials(acronym: string, name: string): boolean {
  if (acronym.length < 2) return false;
  const own = initials(name);
  // (a two-word name translated from a language that puts the head first keeps its own order: "Citizens' Movement
  // (MC)" for Movimiento Ciudadano, "Socialist Party (PS)", newsdev70)
  const translated = own.length === 2 && name.split(/\s+/).length === 2 && `${own[1]}${own[0]}` === acronym;
  return own === acronym || translated || initials(name.replace(/-/g, " ")) === acronym;
}

/** The Arabic article joined to a name ("al-Assad", "el-Tayeb", "Al-Awlaki"), the name after it captured. */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-(\p{Lu}.*)$/iu;

/** A name word without its Arabic article ("al-Assad" → "Assad"); undefined when it has none. */
export function withoutArabicArticle(word: string): string | undefined {
  return ARABIC_ARTICLE.exec(word)?.[1];
}

/** An acronym or initialism as written: "NATO", "MI6", "AT&T", "U.S.", "S.V.P." (not "SVPAGENCY"). */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(text);
}
