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
    "a surname alone does not merge on one article's evidence; with two it joins the only full name",
    [
      ["Person", "Donald Trump", ["Trump"], "a1", "person:donald trump", /^new$/],
      [
        "Person",
        "Trump",
        [],
        "a2",
        "person:trump@a2",
        /^ambiguous surname: Trump \(only candidate, too little support/,
      ],
      ["Person", "Donald Trump", [], "a3", "person:donald trump", /^name$/],
      [
        "Person",
        "Trump",
        [],
        "a4",
        "person:donald trump",
        /^surname: Trump → Donald Trump \(only full name with that surname in the corpus, 2 articles\)$/,
      ],
      ["Person", "President Trump", [], "a5", "person:donald trump", /^surname: Trump → Donald Trump/],
    ],
  ],
  [
    "a second full name with the surname: the one named in the same article wins, else the dominant one",
    [
      ...Array.from(
        { length: 5 },
        (_, i) => ["Person", "Barack Obama", [], `b${i}`, "person:barack obama", /^(new|name)$/] as Step,
      ),
      ["Person", "Michelle Obama", [], "m1", "person:michelle obama", /^new$/],
      ["Person", "Obama", [], "x1", "person:barack obama", /^surname: Obama → Barack Obama \(5 of 6 articles/],
      ["Person", "Michelle Obama", [], "m2", "person:michelle obama", /^name$/],
      ["Person", "Mrs. Obama", [], "x2", "person:michelle obama", /rules out 1 of the other gender/],
      ["Person", "Michelle Obama", [], "m3", "person:michelle obama", /^name$/],
      [
        "Person",
        "Obama",
        [],
        "x3",
        "person:obama@x3",
        /^ambiguous surname: Obama \(2 full names with that surname, none dominant\)$/,
      ],
    ],
  ],
  [
    "a middle name or initial does not split a person",
    [
      ["Person", "John Kasich", [], "a1", "person:john kasich", /^new$/],
      [
        "Person",
        "John R. Kasich",
        [],
        "a2",
        "person:john kasich",
        /^first and last name: John R. Kasich → John Kasich$/,
      ],
      ["Person", "John Q. Kasich", [], "a3", "person:john kasich", /^first and last name/],
      ["Person", "John Richard Kasich", [], "a4", "person:john kasich", /^first and last name/],
    ],
  ],
  [
    "middle names that disagree keep people apart",
    [
      ["Person", "George W. Bush", [], "a1", "person:george w bush", /^new$/],
      ["Person", "George H. W. Bush", [], "a2", "person:george h w bush", /^new$/],
    ],
  ],
  [
    "a first and last name joins the one full name with both among its surname's people, never one of two",
    [
      ["Person", "John A. Smith", [], "a1", "person:john a smith", /^new$/],
      ["Person", "John B. Smith", [], "a2", "person:john b smith", /^new$/],
      ["Person", "John Smith", [], "a3", "person:john smith", /^new$/],
      ["Person", "Mary Smith", [], "a4", "person:mary smith", /^new$/],
      ["Person", "Mary T. Smith", [], "a5", "person:mary smith", /^first and last name: Mary T. Smith → Mary Smith$/],
      ["Person", "Maria T. Smith", [], "a6", "person:maria t smith", /^new$/],
    ],
  ],
  [
    "short names of organizations",
    [
      ["Organization", "State Department", [], "a1", "org:state department", /^new$/],
      ["Organization", "the U.S. State Department", [], "a2", "org:state department", /^variant: /],
      ["Organization", "Department of State", [], "a3", "org:state department", /^variant: /],
      ["Organization", "U.S. Army", [], "a4", "org:us army", /^new$/],
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

  it("a short form joins the full name of its own article, even one the corpus does not know yet", () => {
    const index = new EntityIndex();
    const context = [
      { name: "Obama", type: "Person" as const, aliases: [] },
      { name: "Barack Obama", type: "Person" as const, aliases: [] },
      { name: "Hillary Clinton", type: "Person" as const, aliases: [] },
    ];
    const obama = index.resolve("Person", "Obama", [], "a1", context);
    expect(obama).toMatchObject({ id: "person:barack obama", name: "Barack Obama" });
    expect(obama.how).toBe("surname: Obama → Barack Obama (the only full name with that surname in the same article)");
    expect(index.resolve("Person", "Barack Obama", [], "a1", context).id).toBe("person:barack obama");
    expect(index.resolve("Person", "Hillary", [], "a1", context).id).toBe("person:hillary clinton");
  });

  it("a surname its article calls 'Mr.' is a man's, not the one woman of that name in the article", () => {
    const index = new EntityIndex();
    for (const article of ["b1", "b2", "b3"]) index.resolve("Person", "Barack Obama", [], article);
    const context = [
      { name: "Michelle Obama", type: "Person" as const, aliases: [] },
      { name: "Obama", type: "Person" as const, aliases: ["Mr. Obama"] },
    ];
    expect(index.resolve("Person", "Michelle Obama", [], "a1", context).id).toBe("person:michelle obama");
    const obama = index.resolve("Person", "Obama", ["Mr. Obama"], "a1", context);
    expect(obama.id).toBe("person:barack obama");
    expect(obama.how).toMatch(/rules out 1 of the other gender/);
  });

  it("keeps a short form with two candidates in its article apart, with both as possible matches", () => {
    const index = new EntityIndex();
    const context = [
      { name: "Bill Clinton", type: "Person" as const, aliases: [] },
      { name: "Hillary Clinton", type: "Person" as const, aliases: [] },
    ];
    const r = index.resolve("Person", "Clinton", [], "a1", context);
    expect(r.id).toBe("person:clinton@a1");
    expect(r.possible?.map((p) => p.id).sort()).toEqual(["person:bill clinton", "person:hillary clinton"]);
    expect(r.possible?.[0]?.evidence).toMatch(/named in the same article/);
  });

  it("starts from the entities already in the graph", () => {
    const index = new EntityIndex([
      { id: "org:islamic state", label: "Organization", name: "Islamic State", aliases: ["ISIS"] },
    ]);
    expect(index.resolve("Organization", "ISIS", [], "a9")).toEqual({ id: "org:islamic state", how: "alias: ISIS" });
  });
});
