import type { InputItem } from "../input/types.js";

/**
 * Test support: short news articles made up for the tests (invented people, organizations,
 * outlets and events), dated, as JSON Lines records. Deterministic: article i is always the same.
 * People recur across articles, under their full name and their surname, with roles, reporting
 * chains and unnamed sources, so loading them exercises cross-article resolution.
 */

interface Person {
  name: string;
  role: string;
  org: string;
}

const PEOPLE: readonly Person[] = [
  { name: "Marta Kowalczyk", role: "the mayor of Eastbridge", org: "Eastbridge City Council" },
  { name: "Tobias Wrenfield", role: "a spokesman for the Harbor Authority", org: "Harbor Authority" },
  { name: "Elena Marchetti", role: "the director of the Valley Water Board", org: "Valley Water Board" },
  { name: "Samuel Okonkwo", role: "a senior analyst at the Lindqvist Institute", org: "Lindqvist Institute" },
  { name: "Ingrid Halvorsen", role: "the chair of the Northern Rail Union", org: "Northern Rail Union" },
  { name: "Rafael Quintero", role: "a member of the Eastbridge City Council", org: "Eastbridge City Council" },
];

const TOPICS = [
  "the new ferry timetable",
  "the water tariff",
  "the bridge repairs",
  "the rail strike",
  "the housing plan",
  "the school budget",
  "the port expansion",
];

const OUTLETS = ["The Eastbridge Ledger", "Harbor Evening News", "Valley Courier"];

const surname = (p: Person) => p.name.split(" ").at(-1) as string;

/** The text of article i: a direct quote, reported speech about another person, a chain, a source. */
export function inventedText(i: number): string {
  const a = PEOPLE[i % PEOPLE.length] as Person;
  const b = PEOPLE[(i + 1 + (i % 3)) % PEOPLE.length] as Person;
  const topic = TOPICS[i % TOPICS.length] as string;
  return [
    `${a.name}, ${a.role}, attended hearing number ${i + 1} on ${topic} on Tuesday.`,
    `“This plan will cost every family more than they expect,” ${surname(a)} said.`,
    `${b.name} said that ${surname(a)} had misread the figures on ${topic}.`,
    `${surname(b)} told the Associated Press that a vote on ${topic} would come before winter.`,
    `“The talks have stalled,” said a senior official who was not authorized to speak publicly.`,
  ].join("\n\n");
}

/** The date of article i: one a day from 1 September 2016. */
export function inventedDate(i: number): string {
  return new Date(Date.UTC(2016, 8, 1 + i)).toISOString().slice(0, 10);
}

/** Article i as a JSON Lines record: `{id, title, text, date, source, url}`. */
export function inventedRecord(i: number) {
  const topic = TOPICS[i % TOPICS.length] as string;
  return {
    id: `invented-${String(i).padStart(4, "0")}`,
    title: `Dispute over ${topic} (${i + 1})`,
    text: inventedText(i),
    date: inventedDate(i),
    source: OUTLETS[i % OUTLETS.length] as string,
    url: `https://news.example/${i}`,
  };
}

/** `count` invented articles as one JSON Lines file's content. */
export function inventedJsonLines(count: number, first = 0): string {
  return Array.from({ length: count }, (_, k) => `${JSON.stringify(inventedRecord(first + k))}\n`).join("");
}

/** `count` invented articles as input items (what reading such a JSON Lines file gives). */
export function inventedItems(count: number, first = 0): InputItem[] {
  return Array.from({ length: count }, (_, k) => {
    const { id, title, text, date, source, url } = inventedRecord(first + k);
    return { ok: true, doc: { id, title, text, date, source, url, origin: id, format: "jsonl" } };
  });
}
