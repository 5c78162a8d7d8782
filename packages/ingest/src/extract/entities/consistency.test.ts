import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { tokenize } from "../text/tokens.js";
import { unifyTaggedTypes } from "./consistency.js";
import type { Mention } from "./types.js";

function entities(text: string): Map<string, string> {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return new Map(g.entities.map((e) => [e.name, e.type]));
}

describe("unifyTaggedTypes", () => {
  it("a person's full name outweighs two bare surnames the tagger took for an organization", () => {
    const text =
      "Sarvis would replace outgoing governor Bob McDonnell in January. " +
      "With Wikinews, Sarvis discusses his views on McDonnell's tenure. " +
      "What are your thoughts on the job Bob McDonnell has done as Governor of Virginia? " +
      "McDonnell did well early in his term pushing back against Senate Democrats.";
    const found = entities(text);
    expect(found.get("Bob McDonnell")).toBe("Person");
    expect(found.has("McDonnell")).toBe(false);
  });
});

describe("unifyTaggedTypes: a one-word name modifying a noun votes less (entities-76)", () => {
  /** Tagged mentions of every occurrence of `name` in `text`, typed as `types` says, in order. */
  const tagged = (text: string, name: string, types: ("PER" | "ORG")[]) => {
    const tokens = tokenize(text);
    const mentions: Mention[] = [];
    tokens.forEach((t, i) => {
      if (t.text !== name) return;
      const tag = types[mentions.length] ?? "ORG";
      mentions.push({
        start: t.start,
        end: t.end,
        text: name,
        name,
        first: i,
        last: i + 1,
        type: tag === "PER" ? "Person" : "Organization",
        tagged: tag,
        cluster: -1,
      });
    });
    return { tokens, mentions };
  };
  it.each([
    [
      "two modifiers ('the Trump campaign', 'a Trump supporter') do not outvote a name standing alone",
      "The Trump campaign said so. Earlier, Trump called for a prosecutor. A Trump supporter agreed.",
      "Trump",
      ["ORG", "PER", "ORG"] as ("PER" | "ORG")[],
      "Person",
    ],
    [
      "without the modifiers' discount the organizations would win: two alone against one",
      "Trump said so. Earlier, Trump called for a prosecutor. Trump agreed.",
      "Trump",
      ["ORG", "PER", "ORG"] as ("PER" | "ORG")[],
      "Organization",
    ],
    [
      "a word no name list gives a person ('Brexit') keeps its full vote as a modifier",
      "The Brexit vote was close. Brexit won. The Brexit campaign cheered.",
      "Brexit",
      ["ORG", "PER", "ORG"] as ("PER" | "ORG")[],
      "Organization",
    ],
  ])("%s", (_name, text, name, types, expected) => {
    const { tokens, mentions } = tagged(text, name, types);
    unifyTaggedTypes(mentions, tokens);
    expect(new Set(mentions.map((m) => m.type))).toEqual(new Set([expected]));
  });
});

describe("surnamesReadAsPlaces", () => {
  const mentionsOf = (text: string, name: string): string[] => {
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    const e = g.entities.find((x) => x.name === name);
    return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
  };
  const DELCOURT =
    "LIÈGE, Belgium — Belgian cyclist Mathis Delcourt has been provisionally suspended over irregular values in his biological passport, the International Testing Agency (ITA) announced on Wednesday.\n\n" +
    "The ITA said three blood samples taken from Delcourt between February and April were “highly likely” to reflect the use of a prohibited substance.\n\n" +
    "Delcourt, 26, joined Ardenne–Voltis Pro Cycling from a French team in 2024.\n\n" +
    "De Wulf said its own doctors had never found anything abnormal in Delcourt’s tests.";
  it.each([
    ["a surname the tagger read as a place, after “from”", DELCOURT, "Mathis Delcourt", 4],
    [
      "a place where the text says so (“in Lincoln”, “Lincoln, Nebraska”) stays one",
      "Senator Ben Lincoln spoke on Monday. The plant in Lincoln will close.",
      "Ben Lincoln",
      1,
    ],
    [
      "… and before a state",
      "Senator Ben Lincoln spoke on Monday. The plant will move from Lincoln, Nebraska, to Iowa.",
      "Ben Lincoln",
      1,
    ],
  ])("%s", (_case, text, name, count) => {
    expect(mentionsOf(text, name)).toHaveLength(count);
  });
});

describe("shortNamesReadAsPlaces and the closing-name join", () => {
  const ALMAGRO =
    "Almagro Norte reach cup final\n\n" +
    "ROSARIO, Argentina — Club Atlético Almagro Norte reached the final of the cup on Saturday.\n\n" +
    "Almagro goalkeeper Ezequiel Barrionuevo saved two penalties, and Almagro defender Tomás Ibarra, 19, scored the winner.\n\n" +
    "“They believed it,” Almagro coach José Luis Ferreyra said after the match.";
  const extracted = (text: string) => extractDocument({ id: "t", text, origin: "t", format: "text" });
  it("the headline's short name, the place-read word and the full name are one organization", () => {
    const g = extracted(ALMAGRO);
    const club = g.entities.find((e) => e.name === "Club Atlético Almagro Norte");
    expect(club?.type).toBe("Organization");
    expect((club?.mentions ?? []).map((m) => ALMAGRO.slice(m.start, m.end))).toEqual([
      "Almagro Norte",
      "Club Atlético Almagro Norte",
      "Almagro",
      "Almagro",
      "Almagro",
    ]);
    expect(g.entities.some((e) => e.type === "Person" && e.name.startsWith("Almagro"))).toBe(false);
  });
  it("the role in front of a name is that club's", () => {
    const roles = extracted(ALMAGRO).affiliations.map((a) => `${a.person} → ${a.organization} (${a.role})`);
    expect(roles).toEqual([
      "Ezequiel Barrionuevo → Club Atlético Almagro Norte (goalkeeper)",
      "Tomás Ibarra → Club Atlético Almagro Norte (defender)",
      "José Luis Ferreyra → Club Atlético Almagro Norte (coach)",
    ]);
  });
  it.each([
    [
      "a word after “in”",
      "Club Atlético Castilla Norte lost again. The match in Castilla drew 4,000 fans.",
      "Castilla",
    ],
  ])("%s stays a place", (_case, text, word) => {
    const g = extracted(text);
    const named = g.entities.flatMap((e) => (e.mentions ?? []).map((m) => text.slice(m.start, m.end)));
    expect(named.filter((n) => n === word)).toEqual([]);
    expect(g.entities.map((e) => e.name)).toContain(text.split(" lost")[0]);
  });
});

describe("a company called without its company word", () => {
  it("the headline's and the place-read short forms are the company's mentions", () => {
    const text =
      "Golden Harbour director jailed\n\n" +
      "A former director of Hong Kong property developer Golden Harbour Holdings was jailed on Friday.\n\n" +
      "Golden Harbour, which built flats in Kowloon, has been in liquidation since 2024.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    const company = g.entities.find((e) => e.name === "Golden Harbour Holdings");
    expect((company?.mentions ?? []).map((m) => text.slice(m.start, m.end))).toEqual([
      "Golden Harbour",
      "Golden Harbour Holdings",
      "Golden Harbour",
    ]);
  });
});

describe("typeDescribedNames: a descriptor makes an organization sure", () => {
  it("“the newspaper Het Nieuwsblad” is reported though the tagger was unsure of it", () => {
    const text =
      "Ardenne–Voltis drop Delcourt from Tour squad\n\nBelgian cyclist Mathis Delcourt has been suspended. Wout Van Steenkiste, an Ardenne–Voltis climber who shared a room with Delcourt at last year’s Tour, told the newspaper Het Nieuwsblad that the riders had learned the news from a group chat.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect(g.entities.filter((e) => e.name === "Het Nieuwsblad").map((e) => e.type)).toEqual(["Organization"]);
  });
});

describe("an untyped word lends an organization no certainty", () => {
  it("“People” once untyped and once an unsure organization is no entity", () => {
    const text =
      "What individuals would you like to see in a Hill administration? I would like to bring People from the heartland of America. You must speak to the People.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect(g.entities.map((e) => e.name)).not.toContain("People");
  });
  it("… while a sure name keeps its untyped short form", () => {
    const text =
      "Golden Harbour director jailed\n\nA former director of property developer Golden Harbour Holdings was jailed on Friday.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect(g.entities.find((e) => e.name === "Golden Harbour Holdings")?.mentions?.length).toBe(2);
  });
});

describe("an organization called by its head word", () => {
  const UNION =
    "Almagro beat Unión de Paraná on penalties on Saturday. Unión coach Héctor Quinteros said the referee was wrong, " +
    "and Unión would ask for a review of the red card shown to Unión midfielder Lucas Ferro.";
  it("“Unión” without “the” is Unión de Paraná, and its coach and midfielder are its", () => {
    const g = extractDocument({ id: "t", text: UNION, origin: "t", format: "text" });
    expect(g.affiliations.map((a) => `${a.person} → ${a.organization}`)).toEqual([
      "Héctor Quinteros → Unión de Paraná",
      "Lucas Ferro → Unión de Paraná",
    ]);
  });
  it("“the University” stays a description of its own", () => {
    const text =
      "Ama Owusu studied at the University of Ghana. The University said on Monday it would reopen the library.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    const university = g.entities.find((e) => e.name === "University of Ghana");
    expect((university?.mentions ?? []).map((m) => text.slice(m.start, m.end))).toEqual(["University of Ghana"]);
  });
});

describe("extendToLongerOrganizations", () => {
  it("a name cut before its “of …” where the run goes on into a date takes the whole name the document has", () => {
    const text =
      "Wikinews interviews President of the International Brotherhood of Magicians Wednesday, October 9, 2013\n\n" +
      "Wikinews spoke with William Evans, president of the International Brotherhood of Magicians, about magic.";
    const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
    expect(g.entities.filter((e) => e.type === "Organization" && e.name !== "Wikinews").map((e) => e.name)).toEqual([
      "International Brotherhood of Magicians",
    ]);
  });
});

// entities-116 (read on gold/newsdev6)
describe("namesListedWithPlaces", () => {
  it("reads a name listed after a place that 'in' opens as a place", () => {
    expect(
      entities("Volunteers were distributing clean water in Agam and Tanah Datar on Thursday.").has("Tanah Datar"),
    ).toBe(false);
  });

  it("keeps a person after a place and a comma", () => {
    expect(
      entities("Kendall Coffey spoke. A well-known legal figure in South Florida, Coffey was the U.S. attorney.").get(
        "Kendall Coffey",
      ),
    ).toBe("Person");
  });
});
