import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map(
    (c) => `${c.speaker} :: ${c.via ?? "-"} :: ${c.text}`,
  );
}

// rules-111 (`reported-by.ts`, read on gold/newsdev5)
describe("a medium's report of what someone said", () => {
  it("is the speaker's claim, carried by the medium (a lower-case agency's name too)", () => {
    expect(
      claims(
        "Labour Minister Jörg Wiesenthal-Kröger presented the bill. Wiesenthal-Kröger said on Tuesday that the coalition agreement had always included a look at the retirement age, the German news agency dpa reported.",
      ),
    ).toEqual([
      "Jörg Wiesenthal-Kröger :: Deutsche Presse-Agentur :: the coalition agreement had always included a look at the retirement age",
    ]);
  });

  // rules-119 (`leadsToSpeaker`, read on gold/newsdev8)
  it.each([
    [
      "an organization after its article",
      "The Gyeongnam Provincial Police Agency said about 400 officers had been deployed near the gates, Yonhap reported.",
      "Gyeongnam Provincial Police Agency :: Yonhap :: about 400 officers had been deployed near the gates",
    ],
    [
      "a person after a role",
      "Police chief John Smith said about 400 officers had been deployed near the gates, Yonhap reported.",
      "John Smith :: Yonhap :: about 400 officers had been deployed near the gates",
    ],
  ])("is the speaker's claim when a few words of the clause open the sentence before them: %s", (_, text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it("leaves the medium what it reports as a fact ('revealed', not a speech verb)", () => {
    const found = claims("The Post said Trump also revealed the city where the ally found out about the threat.");
    expect(found.some((c) => c.startsWith("The Washington Post ::") || c.startsWith("Post ::"))).toBe(true);
  });
});

describe("unnamed and collective speakers of wire reports", () => {
  it.each([
    [
      "an official at a country's ministry, not authorised to speak",
      "An official at Brazil's Ministry of the Environment, who was not authorised to speak publicly, said the ministry would use the study in talks with soy traders.",
      "official at Brazil's Ministry of the Environment :: - :: the ministry would use the study in talks with soy traders",
    ],
    [
      "a union by its plural's apostrophe, its acronym and its descriptor",
      "Across the border, Spain’s Workers’ Commissions (CCOO) union said its members at the port would refuse to handle containers.",
      "Workers’ Commissions :: - :: its members at the port would refuse to handle containers",
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
});

// rules-114 (speaker.ts `subjectOrganizationBefore`)
describe("a tail's 'it' after a sentence an organization opened", () => {
  it("is that organization", () => {
    expect(
      claims(
        "The National Transportation Safety Committee released its report. In its preliminary report, the committee said the aircraft had touched down beyond the threshold. Data from the flight recorders showed no mechanical fault, it said.",
      ),
    ).toEqual([
      "National Transportation Safety Committee :: - :: the aircraft had touched down beyond the threshold",
      "National Transportation Safety Committee :: - :: Data from the flight recorders showed no mechanical fault",
    ]);
  });
});

// rules-123 (read on gold/newsdev12)
describe("a named speaker's words that an 'according to' source passes on", () => {
  it.each([
    [
      "an outlet no lexicon knows: the speaker's claim, carried by it",
      "Radek Kořínek, the leader of Civic Voice, said his party's five deputies would vote against the cap, according to SITA.",
      ["Radek Kořínek :: SITA :: his party's five deputies would vote against the cap"],
    ],
    [
      "a document: the speaker's claim, carried by no one",
      "Radek Kořínek said his party's five deputies would vote against the cap, according to a statement.",
      ["Radek Kořínek :: - :: his party's five deputies would vote against the cap"],
    ],
  ])("%s", (_, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    [
      "what someone wrote that is no speech",
      "Lorraine Pettibone, 52, wrote 118 checks from the district's accounts to her sister's company, according to court documents.",
      "court documents",
    ],
    [
      "a share of the people asked",
      "Some 55 percent of voters nationwide said they do not trust the governor, according to the Marist poll.",
      // (the poll's maker is its source: "the OIG report" is the OIG's, rules-127)
      "Marist",
    ],
    [
      "a question word before the speaker",
      "What Romney has said privately about Trump is a different story, according to Scott Brown.",
      "Scott Brown",
    ],
  ])("leaves the source its own claim: %s", (_, text, source) => {
    const found = claims(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(`${source} ::`)).toBe(true);
  });
});

describe("'According to ORGANIZATION, its appositive, CONTENT'", () => {
  it("leaves the organization's appositive out of the content", () => {
    expect(
      claims(
        "According to the Korean Patients' Rights Network, a civic group, more than 300 patients had reported cancelled appointments by Wednesday.",
      ),
    ).toEqual([
      "Korean Patients' Rights Network :: - :: more than 300 patients had reported cancelled appointments by Wednesday",
    ]);
  });
});

// rules-125 (read on gold/newsdev14)
describe("'…, according to a statement' with no author named", () => {
  it("is the statement of the organization that opens the clause", () => {
    const g = extractDocument({
      id: "t",
      text: "Headline\n\nZURICH (Reuters) - Swiss financial regulator FINMA has appointed an administrator to run Bank Alpstein after losses wiped out most of its capital, according to a statement released on Monday.",
      origin: "t",
      format: "text",
    });
    expect(g.claims.map((c) => c.speaker)).toEqual(["FINMA"]);
  });

  it("is no one's named inside the clause after a preposition", () => {
    expect(claims("Prices at Bank Alpstein rose by a third last year, according to a statement.")).toEqual([
      "statement :: - :: Prices at Bank Alpstein rose by a third last year",
    ]);
  });
});
