import { describe, expect, it } from "vitest";
import { EntityIndex, type EntityLabel } from "./entity-index.js";

type Step = [label: EntityLabel, name: string, aliases: string[], article: string, id: string, how: RegExp];

/** Each case is a sequence of articles' entities resolved in order against one index. */
const cases: [string, Step[]][] = [
  [
    "same canonical name in two articles merges",
    [
      ["Person", "Matthew Dunn", ["Dunn"], "a1", "person:matthew dunn", /^new$/],
      ["Person", "Matthew Dunn", [], "a2", "person:matthew dunn", /^name$/],
    ],
  ],
  [
    "a surname alone never merges, not even with the same surname",
    [
      ["Person", "Donald Trump", ["Trump"], "a1", "person:donald trump", /^new$/],
      ["Person", "Trump", [], "a2", "person:trump@a2", /^scoped$/],
      ["Person", "Trump", [], "a3", "person:trump@a3", /^scoped$/],
    ],
  ],
  [
    "an acronym defined in one article resolves an acronym-only organization elsewhere",
    [
      ["Organization", "Associated Press", ["AP"], "a1", "org:associated press", /^new$/],
      ["Organization", "AP", [], "a2", "org:associated press", /^alias: AP$/],
    ],
  ],
  [
    "two aliases alike prove nothing, and a name that is an alias of two entities is ambiguous",
    [
      ["Organization", "Washington Post", ["the Post"], "a1", "org:washington post", /^new$/],
      ["Organization", "New York Post", ["the Post"], "a2", "org:new york post", /^new$/],
      ["Organization", "Post", [], "a3", "org:post", /^ambiguous: org:new york post, org:washington post$/],
    ],
  ],
  [
    "a fuller name carrying the known name as an alias merges into it",
    [
      ["Person", "Donald Trump", [], "a1", "person:donald trump", /^new$/],
      ["Person", "Donald J. Trump", ["Donald Trump", "Trump"], "a2", "person:donald trump", /^alias: Donald Trump$/],
    ],
  ],
  [
    "titles do not split a person",
    [
      ["Person", "Mike Pence", [], "a1", "person:mike pence", /^new$/],
      ["Person", "Vice President Mike Pence", [], "a2", "person:mike pence", /^name$/],
    ],
  ],
  [
    "a person and an organization with the same name stay apart",
    [
      ["Person", "Jordan Peterson", [], "a1", "person:jordan peterson", /^new$/],
      ["Organization", "Jordan Peterson", [], "a2", "org:jordan peterson", /^new$/],
    ],
  ],
];

describe("EntityIndex", () => {
  it.each(cases)("%s", (_name, steps) => {
    const index = new EntityIndex();
    for (const [label, name, aliases, article, id, how] of steps) {
      const resolution = index.resolve(label, name, aliases, article);
      expect(resolution.id).toBe(id);
      expect(resolution.how).toMatch(how);
    }
  });

  it("starts from the entities already in the graph", () => {
    const index = new EntityIndex([
      { id: "org:islamic state", label: "Organization", name: "Islamic State", aliases: ["ISIS"] },
    ]);
    expect(index.resolve("Organization", "ISIS", [], "a9")).toEqual({ id: "org:islamic state", how: "alias: ISIS" });
  });
});
