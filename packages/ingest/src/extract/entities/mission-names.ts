import { CALENDAR_WORDS } from "../lexicon/calendar.js";
import { ORG_HEADS } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import { extendMention } from "./mention-span.js";
import type { Mention } from "./types.js";

/** Heads of a body accredited by one state or union to another ("the Embassy of Mexico", "the Delegation of …"). */
const MISSION_HEADS = new Set(["embassy", "consulate", "delegation", "mission", "representation", "legation"]);

/** Heads of a body named for its task after "for (the)" that ORG_HEADS lacks ("Coordination Headquarters for …"). */
const TASK_HEADS = new Set(["headquarters", "directorate", "secretariat", "taskforce"]);

/** Longest name looked back over for a mention that covers a body's head. */
const MAX_NAME_WORDS = 8;

/** Whether `acronym` is spelled by initials taken in order from `words` (some skipped), its last from the last word. */
function initialsInOrder(acronym: string, words: readonly string[]): boolean {
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] as string);
  if (acronym.length < 3 || initials.at(-1) !== acronym.at(-1)) return false;
  let j = 0;
  for (const c of initials) if (c === acronym[j]) j++;
  return j === acronym.length;
}

/**
 * Names that run on over a place or a second body, which the tagger and the country lexicon cut:
 * - "the Embassy of Mexico", "the Delegation of the European Union to Georgia": a mission's head, "of", the
 *   sending state or union, and the receiving one after "to" (a city after "in" is where it sits, not its name);
 * - "the European Union Monitoring Mission in Armenia (EUMA)": an organization, "in", a country, and an acronym in
 *   brackets whose letters take in the country's initial;
 * - "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War": capitalised words ending in a
 *   body's head, "for (the)", and the organization the tagger found after it;
 * - "the Council on Foreign Relations": a body's head, "on" and the capitalised words of its subject.
 * (Bodies for a cause are `cause-names.ts`'s, a committee's leading portfolios `portfolio-lists.ts`'s.)
 * The joined mention is an organization; the mentions inside it are dropped.
 */
export function joinMissionNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const inside = new Set<Mention>();
  // the mention that starts at each token (kept as mentions are added or moved: one pass, not a search per token)
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (!byFirst.has(m.first)) byFirst.set(m.first, m);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!head.cap || head.kind !== "word") continue;
    const sentence = head.sentence;
    // a mission of one state to another
    if (MISSION_HEADS.has(head.lower) && tokens[i + 1]?.lower === "of") {
      const at = tokens[i + 2]?.lower === "the" ? i + 3 : i + 2;
      const sender = byFirst.get(at);
      if (sender?.type !== "Organization" || tokens[sender.first]?.sentence !== sentence) continue;
      let end = sender.last;
      const receiver = tokens[end]?.lower === "to" ? byFirst.get(end + 1) : undefined;
      if (receiver && receiver.type !== "Person" && tokens[receiver.first]?.sentence === sentence) end = receiver.last;
      // ("… to Georgia", which no lexicon takes for the country: one capitalised word after "to", no name's start)
      else if (
        tokens[end]?.lower === "to" &&
        tokens[end + 1]?.cap &&
        tokens[end + 1]?.kind === "word" &&
        tokens[end + 1]?.sentence === sentence &&
        !tokens[end + 2]?.cap
      )
        end += 2;
      const existing = byFirst.get(i);
      if (existing && (existing.last > sender.first || existing.type === "Person")) continue;
      const own = existing ?? {
        start: head.start,
        end: head.end,
        text: head.text,
        name: head.text,
        first: i,
        last: i + 1,
        type: "Organization" as const,
        tagged: "ORG" as const,
        cluster: -1,
      };
      if (!existing) {
        mentions.push(own);
        byFirst.set(i, own);
      }
      own.type = "Organization";
      own.kind = "organization";
      delete own.title;
      extendMention(text, tokens, mentions, own, end, inside);
      continue;
    }
    // a task body's head before "for (the)" and an organization
    if (TASK_HEADS.has(head.lower) || ORG_HEADS.has(head.lower)) {
      const at = tokens[i + 1]?.lower === "for" ? (tokens[i + 2]?.lower === "the" ? i + 3 : i + 2) : -1;
      const task = at > 0 ? byFirst.get(at) : undefined;
      if (task?.type !== "Organization" || task.kind === "country") continue;
      let first = i;
      while (
        first > 0 &&
        tokens[first - 1]?.cap &&
        tokens[first - 1]?.kind === "word" &&
        tokens[first - 1]?.sentence === sentence &&
        i - first < 3
      )
        first--;
      if (first === i && !TASK_HEADS.has(head.lower)) continue;
      // (the mention over the head's words, if any: it starts a few tokens before or among them)
      let own: Mention | undefined;
      for (let k = first - MAX_NAME_WORDS; k <= i && !own; k++) {
        const m = byFirst.get(k);
        if (m && m !== task && m.last > first && m.first <= i) own = m;
      }
      if (own && (own.type === "Person" || own.kind === "country")) continue;
      byFirst.delete(task.first);
      byFirst.set(first, task);
      task.start = (tokens[first] as Token).start;
      task.first = first;
      if (own) inside.add(own);
      task.text = text.slice(task.start, task.end);
      task.name = task.text.replace(/\s+/g, " ");
      task.kind = "organization";
    }
  }
  // an organization, "in", a country, and its acronym
  for (const m of mentions) {
    if (m.type !== "Organization" || m.kind === "country" || inside.has(m) || m.last - m.first < 2) continue;
    if (tokens[m.last]?.lower !== "in") continue;
    const place = byFirst.get(m.last + 1);
    if (!place || place.last - place.first !== 1 || tokens[place.last]?.text !== "(") continue;
    const acronym = tokens[place.last + 1] as Token;
    // ("the Federation of Small Businesses in Wales (FSB Wales)": the acronym of the body and the place's own name)
    const placed = tokens[place.last + 2]?.text === place.text && tokens[place.last + 3]?.text === ")";
    if (tokens[place.last + 2]?.text !== ")" && !placed) continue;
    if (!/^\p{Lu}{3,}$/u.test(acronym.text)) continue;
    if (!placed && !initialsInOrder(acronym.text, `${m.name} ${place.text}`.split(/\s+/))) continue;
    if (placed && !initialsInOrder(acronym.text, m.name.split(/\s+/))) continue;
    extendMention(text, tokens, mentions, m, place.last, inside);
    // (the bracketed "FSB Wales", and "FSB" alone after it, name the same body)
    if (placed)
      for (const other of mentions)
        if (
          other !== m &&
          other.start > m.end &&
          (other.first === place.last + 1 || (other.last - other.first === 1 && other.text === acronym.text))
        ) {
          other.name = m.name;
          other.type = "Organization";
          other.kind = m.kind;
        }
  }
  // a body's head, "on" and its subject: "the Council on Foreign Relations", "the Committee on Ways and Means"
  for (const m of mentions) {
    if (m.type !== "Organization" || inside.has(m) || !ON_HEADS.test(tokens[m.last - 1]?.text ?? "")) continue;
    if (tokens[m.last]?.lower !== "on" || !tokens[m.last + 1]?.cap) continue;
    const sentence = tokens[m.first]?.sentence;
    let end = m.last + 1;
    // (and a list of subjects: "the Senate Committee on Agriculture, Nutrition, and Forestry"; not a day, "the
    // Security Council on Friday", nor a person's title and name after the name, "… Relations National Executive
    // Director Nihad Awad")
    const listComma = (k: number) =>
      tokens[k]?.text === "," && (tokens[k + 1]?.cap || (tokens[k + 1]?.lower === "and" && tokens[k + 2]?.cap));
    // (what follows "on" after a body's name may be a date, not its subject: "on Friday")
    const stops = (k: number) => CALENDAR_WORDS.has(tokens[k]?.lower ?? "") || leadsToPerson(k);
    const leadsToPerson = (k: number) => {
      for (let j = k; j < k + 4 && tokens[j]?.cap; j++) if (byFirst.get(j)?.type === "Person") return true;
      return false;
    };
    while (
      tokens[end]?.sentence === sentence &&
      !stops(end) &&
      ((tokens[end]?.kind === "word" &&
        (tokens[end]?.cap || (/^(?:and|of|the)$/.test(tokens[end]?.lower ?? "") && tokens[end + 1]?.cap))) ||
        // ("the House Committee on Veterans' Affairs": a plural's apostrophe inside the subject)
        (/^['’]$/.test(tokens[end]?.text ?? "") &&
          tokens[end]?.start === tokens[end - 1]?.end &&
          /s$/.test(tokens[end - 1]?.text ?? "") &&
          tokens[end + 1]?.cap === true) ||
        (listComma(end) && !stops(end + 1)))
    )
      end++;
    while (end > m.last + 1 && !tokens[end - 1]?.cap) end--;
    if (end > m.last + 1) extendMention(text, tokens, mentions, m, end, inside);
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (inside.has(mentions[k] as Mention)) mentions.splice(k, 1);
  mentions.sort((a, b) => a.first - b.first);
}

/** Heads of bodies named for their subject after "on" ("Council on Foreign Relations"). */
const ON_HEADS =
  /^(?:Council|Committee|Subcommittee|Commission|Conference|Center|Centre|Institute|Panel|Board|Task Force)$/;
