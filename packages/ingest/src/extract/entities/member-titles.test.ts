import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function graph(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return {
    entities: g.entities.map((e) => `${e.type}:${e.name}`).sort(),
    affiliations: g.affiliations.map((a) => `${a.person} — ${a.organization} (${a.role ?? ""})`),
  };
}

describe("members of parliaments: party, title, name", () => {
  it.each([
    [
      "The seat became vacant when the Fianna Fáil TD Pádraig Ó Conghaile resigned.",
      ["Organization:Fianna Fáil", "Person:Pádraig Ó Conghaile"],
      ["Pádraig Ó Conghaile — Fianna Fáil (TD)"],
    ],
    [
      "The plan was cruel, said Labour MP Diane Abbott.",
      ["Organization:Labour", "Person:Diane Abbott"],
      ["Diane Abbott — Labour (MP)"],
    ],
    [
      "Diane Abbott, a Labour MP, said the plan was cruel.",
      ["Organization:Labour", "Person:Diane Abbott"],
      ["Diane Abbott — Labour (MP)"],
    ],
    [
      // the constituency after "for" is nobody
      "Diane Abbott, the Labour MP for Hackney, said the plan was cruel.",
      ["Organization:Labour", "Person:Diane Abbott"],
      ["Diane Abbott — Labour (MP)"],
    ],
    [
      // the party's short name joins its full name, whichever comes first
      "Labour MP Diane Abbott said the plan was cruel. The Labour Party voted against it.",
      ["Organization:Labour Party", "Person:Diane Abbott"],
      ["Diane Abbott — Labour Party (MP)"],
    ],
    // a member's title opening a name is one before a first name, never before an organization's head
    ["MP Diane Abbott said the plan was cruel.", ["Person:Diane Abbott"], []],
    ["TD Bank said profits rose.", ["Organization:TD Bank"], []],
  ])("%s", (text, entities, affiliations) => {
    const g = graph(text);
    expect(g.entities).toEqual([...entities].sort());
    expect(g.affiliations).toEqual(affiliations);
  });
});
