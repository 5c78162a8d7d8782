import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.map((e) => `${e.type} ${e.name}`)
    .sort();
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("names newsdev57 read wrong (entities-169)", () => {
  it.each([
    [
      "a state conference 'of the' its organization",
      `${HEAD}The Nevada State Conference of the NAACP, which filed a brief, said the law was unfair.`,
      ["Organization Nevada State Conference of the NAACP"],
    ],
    [
      "'Fire and Rescue NSW'",
      `${HEAD}Firefighters employed by Fire and Rescue NSW said the report fell short.`,
      ["Organization Fire and Rescue NSW"],
    ],
    [
      "a Romance particle inside an organization's name",
      `${HEAD}The Associação de Lesados do BAC said the sentence did nothing for its members.`,
      ["Organization Associação de Lesados do BAC"],
    ],
    [
      "a company and its workers' union",
      `${HEAD}Workers walked off the job, according to the Hanbit Semiconductor Workers' Union. Hanbit Semiconductor said in a statement that the bonus formula was fair.`,
      ["Organization Hanbit Semiconductor", "Organization Hanbit Semiconductor Workers' Union"],
    ],
    [
      "a Korean surname 'Oh' opening a sentence",
      `${HEAD}The ministry sent inspectors. Oh Se-jin, a director-general at the ministry, told reporters that they would report within a week.`,
      ["Person Oh Se-jin"],
    ],
    [
      "a party member 'from' a town",
      `${HEAD}House Minority Leader Sharon Abernathy, a Democrat from Lawrence, said her caucus would not supply the votes.`,
      ["Person Sharon Abernathy"],
    ],
    [
      "an airport and a state constitution",
      `${HEAD}Flights at Juanda International Airport were cancelled, and the court weighed whether the law violates the Nevada Constitution.`,
      [],
    ],
    [
      "an acronym 'of' a state beside the full name",
      `${HEAD}The American Civil Liberties Union of Nevada sued. Amy Tanaka-Reyes, a staff attorney with the ACLU of Nevada, told the justices the law was wrong.`,
      ["Organization American Civil Liberties Union of Nevada", "Person Amy Tanaka-Reyes"],
    ],
    [
      "a securities firm read as a place",
      `${HEAD}Analysts at Daehan Securities estimated that each week of the strike would cost 90 billion won.`,
      ["Organization Daehan Securities"],
    ],
    [
      "'Côte d’Ivoire' with a typographic apostrophe",
      "Cocoa price\n\nThursday, April 2, 2026\n\nCôte d’Ivoire said on Monday that it would raise the farmgate price by a fifth.",
      ["Organization Ivory Coast"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
