import { fullFirstName } from "../lexicon/nicknames.js";

// Names recur across mentions and articles: each distinct name is normalized once (bounded).
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 100_000;

/** Normalizes a name for comparison: case, curly apostrophes, leading "the", possessive, punctuation. */
export function normalizeName(name: string): string {
  const cached = NORMALIZED.get(name);
  if (cached !== undefined) return cached;
  if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
  const key = normalize(name);
  NORMALIZED.set(name, key);
  return key;
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/[.,]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A person key without middle initials, with the full form of a short first name: "Donald J.
 * Trump" and "Donald Trump" agree, so do "Larry Lessig" and "Lawrence Lessig".
 */
export function personKey(name: string): string {
  const parts = name.split(/\s+/).filter((p, i, all) => i === 0 || i === all.length - 1 || !/^\p{Lu}\.?$/u.test(p));
  const key = normalizeName(parts.join(" "));
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
