import type { DocumentGraph } from "@claimgraph/schema";
import type { LoadableArticle } from "../article.js";

/** Test support: a one-sentence article naming `people` (in order); the first says something about the others. */
export function personArticle(sourceKey: string, people: string[], extra = ""): LoadableArticle {
  const text = `${people.join(" and ")} spoke on ${sourceKey}. ${extra}`.trim();
  const entities = people.map((name) => {
    const start = text.indexOf(name);
    return { name, type: "Person" as const, aliases: [], mentions: [{ start, end: start + name.length }] };
  });
  const first = people[0] as string;
  const graph: DocumentGraph = {
    document: sourceKey,
    entities,
    affiliations: [],
    claims: [
      {
        speaker: first,
        speaker_start: 0,
        speaker_end: first.length,
        kind: "indirect",
        text,
        start: 0,
        end: text.length,
        about: people.slice(1),
      },
    ],
  };
  return { sourceKey, text, graph };
}
