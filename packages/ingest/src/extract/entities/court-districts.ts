import type { Token } from "../text/tokens.js";
import { addMentions, organizationMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** A federal district's compass word: "the Southern District of New York". */
const COMPASS = new Set(["northern", "southern", "eastern", "western", "middle", "central"]);

/**
 * The end (exclusive) of a federal district's name that starts at token k ("for the District of New
 * Mexico", "for the Southern District of New York", "District of Columbia" when `from` is past "for the"),
 * or -1. The state's words are the capitalized words after "of" in the same sentence.
 */
export function districtEnd(tokens: readonly Token[], k: number): number {
  let at = k;
  if (tokens[at]?.lower === "for" && tokens[at + 1]?.lower === "the") at += 2;
  if (COMPASS.has(tokens[at]?.lower ?? "") && tokens[at]?.cap) at++;
  if (tokens[at]?.text !== "District" || tokens[at + 1]?.lower !== "of") return -1;
  let end = at + 2;
  const sentence = tokens[at]?.sentence;
  while (tokens[end]?.cap && tokens[end]?.kind === "word" && tokens[end]?.sentence === sentence) end++;
  return end > at + 2 ? end : -1;
}

/**
 * The end (exclusive) of a circuit's name after a court of appeals at token k: "for the D.C. Circuit", "for the
 * Federal Circuit", "for the 9th Circuit", "for the Ninth Circuit"; or -1.
 */
function circuitEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== "for" || tokens[k + 1]?.lower !== "the") return -1;
  let at = k + 2;
  // ("9th": the number and its suffix; "D.C."; "Federal"; "Ninth")
  if (tokens[at]?.kind === "number" && /^(?:st|nd|rd|th)$/.test(tokens[at + 1]?.text ?? "")) at += 2;
  else if (tokens[at]?.cap && tokens[at]?.kind === "word") at++;
  return tokens[at]?.text === "Circuit" ? at + 1 : -1;
}

/** The end (exclusive) of "of the 1st Region" or "for the 5th District" after a court at token k, or -1. */
function ordinalRegionEnd(tokens: readonly Token[], k: number): number {
  if (!/^(?:of|for)$/.test(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "the") return -1;
  const at = k + 2;
  if (tokens[at]?.kind !== "number" || !/^(?:st|nd|rd|th)$/.test(tokens[at + 1]?.text ?? "")) return -1;
  return /^(?:Region|District|Circuit|Division)$/.test(tokens[at + 2]?.text ?? "") ? at + 3 : -1;
}

/** "U.S. District Court", "U.S. Bankruptcy Court", "the U.S. Attorney's Office": bodies named per district. */
const DISTRICT_BODY = /(?:Court|Office|Attorney)$/;

/**
 * "the U.S. District Court for the District of New Mexico", "the U.S. Attorney's Office for the Southern District
 * of New York": a federal court's or prosecutor's office's name runs on over its district and the state, which
 * the tagger reads as a place and cuts ("U.S. District Court for the District", then "New Mexico"). The
 * organization mention takes the district's words; the mentions inside them are dropped.
 */
export function joinCourtDistricts(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "Organization" || inside.has(m)) continue;
    let end = -1;
    if (/Court of Appeals$/.test(m.name)) end = circuitEnd(tokens, m.last);
    // ("the Federal Regional Court of the 1st Region (TRF1)": a court numbered by its region)
    else if (/Court$/.test(m.name) && ordinalRegionEnd(tokens, m.last) > 0) end = ordinalRegionEnd(tokens, m.last);
    else if (DISTRICT_BODY.test(m.name)) end = districtEnd(tokens, m.last);
    else {
      // (the name already took "for the District": from the district's word)
      const words = m.name.split(" ");
      const district = words.lastIndexOf("District");
      if (district === words.length - 1 && /\bfor the\b/.test(m.name)) {
        let k = m.last - 1;
        while (k > m.first && tokens[k]?.text !== "District") k--;
        if (COMPASS.has(tokens[k - 1]?.lower ?? "")) k--;
        end = districtEnd(tokens, k);
      }
    }
    if (end <= m.last) continue;
    const endOffset = (tokens[end - 1] as Token).end;
    for (const other of mentions) if (other !== m && other.start >= m.end && other.end <= endOffset) inside.add(other);
    m.text = text.slice(m.start, endOffset);
    m.name = `${m.name}${text.slice(m.end, endOffset)}`.replace(/\s+/g, " ");
    m.end = endOffset;
    m.last = end;
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
}

/**
 * "the 10th U.S. Circuit Court of Appeals", "the 9th Circuit Court of Appeals": a circuit's ordinal ("10" "th",
 * as the tokenizer splits it) is part of its court's name, which the tagger starts after it.
 */
export function joinCircuitOrdinals(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || !/^(?:U\.S\. )?Circuit Court\b/.test(m.name)) continue;
    const suffix = tokens[m.first - 1];
    const number = tokens[m.first - 2];
    if (!suffix || !number || !/^(?:st|nd|rd|th)$/.test(suffix.text) || number.kind !== "number") continue;
    if (number.end !== suffix.start) continue;
    m.start = number.start;
    m.first -= 2;
    m.text = text.slice(m.start, m.end);
    m.name = `${number.text}${suffix.text} ${m.name}`;
  }
}

/**
 * "U.S. District Judge Cornelius T. Ambrose-Whitlow of the Southern District of Mississippi": a federal district named
 * by its compass word and a US state after "the" is the district's court, an organization (the gold READMEs'
 * "Southern District of Mississippi", newsdev81), where the tagger typed nothing or only the state. Adds the
 * mention (dropping the state's inside it), keeping the mentions sorted.
 */
export function bareFederalDistricts(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  isState: (name: string) => boolean,
): void {
  for (let k = 1; k < tokens.length; k++) {
    const compass = tokens[k] as Token;
    if (!compass.cap || !COMPASS.has(compass.lower) || tokens[k - 1]?.lower !== "the") continue;
    const end = districtEnd(tokens, k);
    if (end < 0) continue;
    const state = text.slice((tokens[k + 3] as Token).start, (tokens[end - 1] as Token).end);
    if (!isState(state)) continue;
    const over = mentions.filter((m) => m.first < end && m.last > k);
    if (over.some((m) => m.type !== "Unknown")) continue;
    for (const m of over) mentions.splice(mentions.indexOf(m), 1);
    addMentions(mentions, [organizationMention(text, tokens, k, end, "court")]);
  }
}
