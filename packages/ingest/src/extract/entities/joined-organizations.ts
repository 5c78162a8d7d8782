import { countryOf } from "../lexicon/countries.js";
import { firstNameGender } from "../lexicon/first-names.js";
import { isLegalForm, ORG_HEADS } from "../lexicon/organizations.js";
import { PLACES } from "../lexicon/places.js";
import { SUBNATIONAL_REGIONS } from "../lexicon/subnational-regions.js";
import type { Token } from "../text/tokens.js";
import type { TaggedSpan } from "./tagger/labels.js";

/**
 * Plural nouns that open an advocacy group's name before "for" ("Parents for Harlan Creek Schools",
 * "Citizens for Responsibility and Ethics in Washington", "Americans for Prosperity").
 */
const GROUP_OPENERS = new Set(
  "parents citizens americans mothers fathers families friends students teachers doctors nurses physicians veterans women scientists residents neighbors neighbours voters taxpayers workers lawyers journalists patients farmers".split(
    " ",
  ),
);

/** "Parents for …" at token i: a group's plural opener and "for", then a capitalised word. */
export function opensGroupName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t?.cap === true && GROUP_OPENERS.has(t.lower) && tokens[i + 1]?.lower === "for" && (tokens[i + 2]?.cap ?? false)
  );
}

/** Where a capitalised stretch of the run [s, e) ends when it starts at `from`: the piece there, or the capitals. */
function rightEdge(tokens: readonly Token[], pieces: readonly TaggedSpan[], from: number, e: number): number {
  const piece = pieces.find((p) => p.first <= from && from < p.last);
  if (piece) return piece.last;
  let k = from;
  while (k < e && (tokens[k] as Token).cap) k++;
  return k;
}

/** Where it starts when it ends at `to` (exclusive): back over capitals, not into a person's piece. */
function leftEdge(tokens: readonly Token[], pieces: readonly TaggedSpan[], to: number, s: number): number {
  const piece = pieces.find((p) => p.first < to && to <= p.last);
  if (piece) return piece.first;
  let k = to;
  while (k > s && (tokens[k - 1] as Token).cap && !pieces.some((p) => p.first < k && k <= p.last)) k--;
  return k;
}

/**
 * "the ACLU of Ohio", "the NAACP of Minnesota": an organization's piece of one acronym right before "of" at
 * token k, and a place's piece after it that closes the run `e` and is a US state (or a big city) or a country's region — a
 * chapter named after where it works. The joined span, or undefined.
 */
function chapterOfRegion(
  tokens: readonly Token[],
  pieces: readonly TaggedSpan[],
  k: number,
  e: number,
): { first: number; last: number } | undefined {
  const org = pieces.find((p) => p.last === k);
  const place = pieces.find((p) => p.first === k + 1);
  if (org?.type !== "ORG" || org.last - org.first !== 1 || !/^\p{Lu}{3,}$/u.test((tokens[org.first] as Token).text))
    return undefined;
  if (place?.type !== "LOC" || place.last !== e) return undefined;
  const name = tokens
    .slice(place.first, place.last)
    .map((t) => t.lower)
    .join(" ");
  return PLACES.has(name) || SUBNATIONAL_REGIONS.has(name) ? { first: org.first, last: place.last } : undefined;
}

/** First words of public services' names joined by "and" ("Fire and Rescue NSW", "Parks and Wildlife Service"). */
const SERVICE_WORDS =
  /^(?:fire|police|ambulance|search|parks|fisheries|health|safety|emergency|customs|border|marine|coast|arts|culture)$/;

/** "Civil Defence" / "Civil Protection" at token k, closing the run [.., e) or the name. */
function civilDefenceAt(tokens: readonly Token[], k: number, e: number): boolean {
  return (
    tokens[k]?.text === "Civil" && /^(?:Defence|Defense|Protection)$/.test(tokens[k + 1]?.text ?? "") && k + 2 <= e
  );
}

/** Particles of Portuguese, Spanish, Italian and French names ("Associação de Lesados do BAC"). */
// (and the Filipino "ng": "Kilusang Magbubukid ng Pilipinas", newsdev59)
const ROMANCE_PARTICLES = new Set(["do", "da", "dos", "das", "del", "de", "di", "du", "della", "des", "ng"]);

/** Whether token k lies in one of the pieces. */
function atPiece(pieces: readonly TaggedSpan[], k: number): boolean {
  return pieces.some((p) => p.first <= k && k < p.last);
}

/** The pieces with [first, last) made one organization (the pieces it overlaps dropped). */
function joined(pieces: readonly TaggedSpan[], first: number, last: number): TaggedSpan[] {
  const out = pieces.filter((p) => p.last <= first || p.first >= last);
  out.push({ first, last, type: "ORG" });
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Organizations the tagger cut in two inside one capitalised run [s, e), joined again (the tagger's
 * pieces are kept otherwise):
 * - an organization head, "of" or "for" (and "the"), then a name: "Dutch Authority for the Financial
 *   Markets", "Democratic Alliance for the Betterment and Progress of Hong Kong" — never after a person's
 *   piece ("Thomas Covert of the University of Chicago" stays two);
 * - an advocacy group's plural opener and "for": "Parents for Harlan Creek Schools";
 * - names joined by "&": "Quintero & Vélez Abogados", "Procter & Gamble" — when the tagger saw an
 *   organization there, or the names are three words or more ("Trump & Pence" stays two people).
 */
/** Romance articles that open a name ("El Mercurio", "La Voz de Galicia", "Le Courrier de l'Ouest"). */
const ROMANCE_ARTICLES = new Set(["El", "La", "Los", "Las", "Le", "Il"]);

export function joinOrganizationPieces(
  tokens: readonly Token[],
  pieces: TaggedSpan[],
  s: number,
  e: number,
): TaggedSpan[] {
  let out = pieces;
  for (let k = s + 1; k + 1 < e; k++) {
    const word = (tokens[k] as Token).lower;
    const before = tokens[k - 1] as Token;
    if (word === "&") {
      if (!before.cap || !(tokens[k + 1] as Token).cap) continue;
      const first = leftEdge(tokens, out, k, s);
      const last = rightEdge(tokens, out, k + 1, e);
      const tagged = out.some((p) => p.type === "ORG" && p.first < last && first < p.last);
      if (tagged || last - first - 1 >= 3) out = joined(out, first, last);
      continue;
    }
    // ("the Lusaka firm Nkandu and Partners": a firm's partners or associates after "and", however the tagger read the
    // name before them, newsdev74)
    if (word === "and" && before.cap && /^(?:Partners|Associates|Sons)$/.test((tokens[k + 1] as Token).text)) {
      const first = leftEdge(tokens, out, k, s);
      out = joined(out, first, k + 2);
      out = out.map((p) => (p.first === first && p.last === k + 2 ? { ...p, type: "ORG" } : p));
      k++;
      continue;
    }
    // ("Fire and Rescue NSW": a service's first word and "and" before an organization's piece the tagger began
    // after them, newsdev57)
    if (word === "and" && SERVICE_WORDS.test(before.lower) && before.cap && !atPiece(out, k - 1)) {
      const piece = out.find((p) => p.type === "ORG" && p.first === k + 1 && p.last - p.first >= 2);
      if (piece) {
        out = joined(out, k - 1, piece.last);
        k = piece.last - 1;
      }
      continue;
    }
    // ("The Mongolian Wool and Cashmere Association said …": a nationality and a trade's word, which the tagger read as a
    // person's, "and", then the organization's piece it began after them, 2026-12-08, newsdev87)
    if (word === "and" && before.cap) {
      const person = out.find((p) => p.type === "PER" && p.last === k && p.last - p.first === 2);
      const piece = out.find((p) => p.type === "ORG" && p.first === k + 1 && p.last - p.first >= 2);
      if (person && piece && countryOf((tokens[person.first] as Token).text)?.form === "adjective") {
        out = joined(out, person.first, piece.last);
        out = out.map((p) => (p.first === person.first && p.last === piece.last ? { ...p, type: "ORG" } : p));
        k = piece.last - 1;
        continue;
      }
    }
    // ("The Fire Service and Civil Defence, whose divers joined the search": an emergency service's piece, "and" and
    // the civil defence it is joined with, one agency, newsdev61)
    if (word === "and" && out.some((p) => p.type === "ORG" && p.last === k) && civilDefenceAt(tokens, k + 1, e)) {
      const piece = out.find((p) => p.type === "ORG" && p.last === k) as TaggedSpan;
      out = joined(out, piece.first, k + 3);
      k += 2;
      continue;
    }
    // ("the Associação de Lesados do BAC": a Romance particle between an organization's piece and a capitalised
    // name goes on with it, newsdev57)
    // (or any piece before it when an organization's piece follows: "Associação de Lesados" read as a place, then "BAC")
    const romance =
      ROMANCE_PARTICLES.has(word) &&
      (tokens[k + 1] as Token).cap &&
      (out.some((p) => p.type === "ORG" && p.last === k) ||
        (out.some((p) => p.last === k) && out.some((p) => p.type === "ORG" && p.first === k + 1)) ||
        // (the Filipino "ng" joins whatever the tagger read on both sides: "Kilusang Magbubukid ng Pilipinas")
        (word === "ng" && out.some((p) => p.last === k) && out.some((p) => p.first === k + 1)) ||
        // (a name a Romance article opens, whatever the tagger read: "El Mercurio de Antofagasta", "La Voz de
        // Galicia", a paper's regional edition, newsdev71)
        (ROMANCE_ARTICLES.has((tokens[s] as Token).text) && out.some((p) => p.first <= s + 1 && p.last === k)));
    if (romance) {
      const first = leftEdge(tokens, out, k, s);
      const last = rightEdge(tokens, out, k + 1, e);
      out = joined(out, first, last);
      k = last - 1;
      continue;
    }
    // ("International Coordinating Group on Vaccine Provision": a group's "on" too, newsdev59; committees have theirs)
    const onBody = word === "on" && /^(?:group|panel|forum)$/.test(before.lower);
    if (word !== "of" && word !== "for" && !onBody) continue;
    // "the ACLU of Ohio": an organization's acronym and the state or region of its chapter
    const chapter = word === "of" ? chapterOfRegion(tokens, out, k, e) : undefined;
    if (chapter) {
      out = joined(out, chapter.first, chapter.last);
      k = chapter.last - 1;
      continue;
    }
    // (not after a legal form: "Granite Point Gaming Inc. of Henderson, Nev." — the "of" says where the company is
    // based, newsdev70)
    const headed = before.cap && ORG_HEADS.has(before.lower) && !isLegalForm(before.lower);
    const group = opensGroupName(tokens, k - 1);
    if (!headed && !group) continue;
    if (out.some((p) => p.type === "PER" && p.first < k && k - 1 < p.last)) continue;
    const next = (tokens[k + 1] as Token).lower === "the" && !(tokens[k + 1] as Token).cap ? k + 2 : k + 1;
    if (next >= e || !(tokens[next] as Token).cap) continue;
    // "… of Jane Smith": a person after a head's "of" or "for" is no part of the name (a group's
    // "for" is: "Parents for Harlan Creek Schools")
    if (
      headed &&
      !group &&
      out.some((p) => p.type === "PER" && p.first === next) &&
      firstNameGender((tokens[next] as Token).text)
    )
      continue;
    const first = leftEdge(tokens, out, k, s);
    const last = rightEdge(tokens, out, next, e);
    if (out.some((p) => p.first <= first && p.last >= last)) continue;
    out = joined(out, first, last);
    k = last - 1;
  }
  return out;
}
