/**
 * Dated articles for the sharing tests, made up for them (invented people, outlets and events):
 * eight short articles from September 2016, one a few days apart, each with a named speaker
 * quoted directly and another reported about them. As JSON Lines, the shape `pnpm ingest` reads.
 */
const SPEAKERS = [
  ["Helga Brandtner", "the mayor of Lornsdale"],
  ["Oswin Pellham", "a spokesman for the Coastal Ferry Company"],
  ["Nadia Verhoeven", "the head of the Lornsdale Tenants Association"],
  ["Jonas Eriksholm", "a councillor in Lornsdale"],
] as const;

const OUTLETS = ["Lornsdale Gazette", "Coastal Morning Post"];

function article(i: number) {
  const [name, role] = SPEAKERS[i % SPEAKERS.length] as (typeof SPEAKERS)[number];
  const [other] = SPEAKERS[(i + 1) % SPEAKERS.length] as (typeof SPEAKERS)[number];
  const surname = name.split(" ")[1];
  const day = String(2 + 3 * i).padStart(2, "0");
  return {
    id: `sharing-dated-${i}`,
    title: `Lornsdale council debates the harbor plan, part ${i + 1}`,
    date: `2016-09-${day}`,
    source: OUTLETS[i % OUTLETS.length],
    url: `https://news.example/lornsdale/${i}`,
    text: [
      `${name}, ${role}, spoke at a packed meeting on the harbor plan on Monday.`,
      `“We cannot keep the harbor open on promises alone,” ${surname} said.`,
      `${other} said that ${surname} had ignored the ferry workers.`,
    ].join("\n\n"),
  };
}

/** The eight articles as one JSON Lines file's content. */
export function datedArticlesJsonLines(): string {
  return Array.from({ length: 8 }, (_, i) => `${JSON.stringify(article(i))}\n`).join("");
}
